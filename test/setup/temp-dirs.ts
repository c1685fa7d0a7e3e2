import { afterAll } from "vitest";
import { removeTempDirs } from "../helpers/temp-dir.js";

// A setup file runs before every test file, so each file removes the folders its tests made with `tempDir`.
afterAll(removeTempDirs);
