// Crash recovery: the journal a run writes as it goes, and the pre-pass that finishes or undoes what a killed run left.
export * from "./journal.js";
export * from "./resume.js";
