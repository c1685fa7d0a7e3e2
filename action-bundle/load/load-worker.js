import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue2(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue2(ctx, map, it);
      else
        mergeValue2(ctx, map, source);
    }
    function mergeValue2(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep4 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st of sep4) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep4 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep4, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep4)
        for (const st of sep4)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar.end) {
            sep4 = scalar.end;
            sep4.push(this.sourceToken);
            delete scalar.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep4 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// src/load/load-worker.ts
import { parentPort } from "node:worker_threads";

// src/load/files.ts
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
function displayFile(absPath, cwd) {
  const rel = relative(cwd, absPath);
  const shown = rel === "" ? "." : isAbsolute(rel) ? absPath : rel;
  return sep === "/" ? shown : shown.split(sep).join("/");
}

// src/load/load-file.ts
import { lstatSync } from "node:fs";
import { realpath as realpath3 } from "node:fs/promises";
import { relative as relative3, resolve as resolve3, sep as sep3 } from "node:path";

// src/load/pointer.ts
function escapeSegment(segment) {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}
function childPointer(parent, segment) {
  return `${parent}/${escapeSegment(segment)}`;
}
function parsePointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function displayPath(pointer) {
  let out = "";
  for (const seg of parsePointer(pointer)) {
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out || "(document)";
}
function valueAt(root, pointer) {
  let cur = root;
  for (const seg of parsePointer(pointer)) {
    if (cur === null || typeof cur !== "object") return void 0;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return void 0;
    cur = cur[seg];
  }
  return cur;
}
function isWithin(pointer, base) {
  return pointer === base || pointer.startsWith(`${base}/`);
}

// src/load/suggest.ts
function editDistance(a, b) {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
function closestMatch(input, candidates) {
  const needle = input.toLowerCase();
  if (needle.length === 0) return void 0;
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(needle, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best !== void 0 && bestDistance <= Math.min(2, Math.max(1, Math.floor(needle.length / 2)))) return best;
  const partial = candidates.find((c) => {
    const lc = c.toLowerCase();
    return needle.length >= 3 && (lc.startsWith(needle) || needle.startsWith(lc) || lc.includes(needle));
  });
  return partial;
}
function didYouMean(input, candidates) {
  const m = closestMatch(input, candidates);
  return m === void 0 ? void 0 : `did you mean "${m}"?`;
}

// src/load/interpolate.ts
var NAMESPACES = ["env", "vars"];
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var VAR_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function interpolateString(input, ctx) {
  if (!input.includes("${")) return { ok: true, value: input, sensitive: false, changed: false };
  const whole = /^\$\{vars\.([^}]*)\}$/.exec(input);
  if (whole) {
    const name = whole[1] ?? "";
    const r = lookupVar(name, ctx);
    return r.ok ? { ok: true, value: r.value, sensitive: false, changed: true } : r;
  }
  let out = "";
  let sensitive = false;
  let i = 0;
  while (i < input.length) {
    const next = input.indexOf("${", i);
    if (next < 0) {
      out += input.slice(i);
      break;
    }
    if (next > 0 && input[next - 1] === "$") {
      out += input.slice(i, next - 1) + "${";
      i = next + 2;
      continue;
    }
    out += input.slice(i, next);
    const close = input.indexOf("}", next + 2);
    if (close < 0) {
      return { ok: false, code: "interp/malformed", message: `unterminated "\${" (write "$\${" for a literal "\${")`, offset: next };
    }
    const body = input.slice(next + 2, close);
    const dot = body.indexOf(".");
    const ns = dot < 0 ? body : body.slice(0, dot);
    const rest = dot < 0 ? "" : body.slice(dot + 1);
    if (!NAMESPACES.includes(ns)) {
      const hint = didYouMean(ns, NAMESPACES);
      return {
        ok: false,
        code: dot < 0 ? "interp/malformed" : "interp/unknown-namespace",
        message: dot < 0 ? `malformed reference "\${${safeSnippet(body)}}": expected \${env.NAME} or \${vars.NAME}` : `unknown namespace "${safeSnippet(ns)}" in "\${...}": expected env or vars`,
        ...hint ? { hint } : {},
        offset: next
      };
    }
    if (ns === "env") {
      const sep4 = rest.indexOf(":-");
      const name = sep4 < 0 ? rest : rest.slice(0, sep4);
      if (!NAME.test(name)) return { ok: false, code: "interp/malformed", message: `malformed environment variable name in "\${env.${safeSnippet(name)}}"`, offset: next };
      const value = ctx.env[name];
      sensitive = true;
      if (value !== void 0 && value !== "") out += value;
      else if (sep4 >= 0) out += rest.slice(sep4 + 2);
      else return { ok: false, code: "interp/missing-env", message: `environment variable ${name} is not set`, hint: `set it, or give a fallback: \${env.${name}:-default}`, offset: next };
    } else {
      const r = lookupVar(rest, ctx);
      if (!r.ok) return { ...r, offset: next };
      if (r.value !== null && typeof r.value === "object") {
        return { ok: false, code: "interp/type", message: `vars.${rest} is ${Array.isArray(r.value) ? "a list" : "an object"}; only a value that is exactly "\${vars.${rest}}" may use it`, offset: next };
      }
      out += String(r.value);
    }
    i = close + 1;
  }
  return { ok: true, value: out, sensitive, changed: true };
}
function lookupVar(name, ctx) {
  if (!VAR_NAME.test(name)) return { ok: false, code: "interp/malformed", message: `malformed variable name in "\${vars.${safeSnippet(name)}}"` };
  if (Object.prototype.hasOwnProperty.call(ctx.vars, name)) return { ok: true, value: ctx.vars[name] };
  const hint = didYouMean(name, Object.keys(ctx.vars));
  return { ok: false, code: "interp/missing-var", message: `variable "${name}" is not defined in ${ctx.varsSource}`, ...hint ? { hint } : {} };
}
function safeSnippet(s) {
  const one = s.replace(/\s+/g, " ");
  return one.length > 40 ? `${one.slice(0, 40)}\u2026` : one;
}
function interpolateDocument(doc, stringScalars, ctx, onFailure) {
  const sensitivePaths = [];
  const walk = (value, pointer) => {
    if (typeof value === "string") {
      if (!stringScalars.has(pointer)) return value;
      const r = interpolateString(value, ctx);
      if (!r.ok) {
        onFailure(r, pointer);
        return value;
      }
      if (r.sensitive) sensitivePaths.push(pointer);
      return r.value;
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, childPointer(pointer, i)));
    if (value !== null && typeof value === "object") {
      for (const k of Object.keys(value)) value[k] = walk(value[k], childPointer(pointer, k));
    }
    return value;
  };
  walk(doc, "");
  return sensitivePaths;
}

// src/load/path-rules.ts
import { isAbsolute as isAbsolute2, relative as relative2, sep as sep2 } from "node:path";
function isInside(root, p) {
  const rel = relative2(root, p);
  return rel === "" || !rel.startsWith("..") && !isAbsolute2(rel);
}
function refusePath(rootReal, absPath, tracked, checkTracked) {
  const rel = relative2(rootReal, absPath).split(sep2).join("/");
  const segments = rel.split("/");
  if (segments.some((s) => s.toLowerCase() === ".git")) {
    return { code: "ref/git-internals", reason: "is inside .git/ (repository internals, which can hold credentials)" };
  }
  const hidden = segments.find((s) => s.startsWith("."));
  if (hidden !== void 0) {
    return { code: "ref/hidden-path", reason: `is a hidden path (${hidden}); hidden files often hold credentials`, hint: "move the prompt to a folder whose name does not start with a dot" };
  }
  if (checkTracked && tracked !== void 0 && !tracked.has(rel)) {
    return { code: "ref/untracked-file", reason: "is not tracked by git", hint: "commit it (or `git add` it) first: only files in the repository can go into a definition (prompts, bases, tools, policies)" };
  }
  return void 0;
}

// src/load/shared-files.ts
import { realpath as realpath2 } from "node:fs/promises";
import { dirname as dirname3 } from "node:path";

// src/load/prompt-file.ts
import { realpath, stat } from "node:fs/promises";
import { dirname as dirname2, isAbsolute as isAbsolute3, resolve as resolve2 } from "node:path";

// src/load/source-text.ts
import { readFileSync, statSync } from "node:fs";
var MAX_FILE_BYTES = 1024 * 1024;
async function readSourceText(absPath, displayFile2) {
  const fail = (code, message, line = 1, column = 1) => ({
    ok: false,
    diagnostic: { severity: "error", code, message, file: displayFile2, line, column }
  });
  let size;
  try {
    size = statSync(absPath).size;
  } catch (err) {
    return fail("file/unreadable", `cannot read file: ${err.code ?? "error"}`);
  }
  if (size > MAX_FILE_BYTES) {
    return fail("file/too-large", `file is ${formatBytes(size)}; the limit is ${formatBytes(MAX_FILE_BYTES)}`);
  }
  let bytes;
  try {
    bytes = readFileSync(absPath);
  } catch (err) {
    return fail("file/unreadable", `cannot read file: ${err.code ?? "error"}`);
  }
  const nul = bytes.indexOf(0);
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  const firstProblem = [nul, bad].filter((i) => i >= 0).sort((a, b) => a - b)[0];
  if (firstProblem !== void 0) {
    const { line, column } = lineColumnOfByte(bytes, firstProblem);
    return firstProblem === nul ? fail("file/binary", "file contains a NUL byte; expected UTF-8 text", line, column) : fail("file/encoding", "file is not valid UTF-8 text", line, column);
  }
  let text = bytes.toString("utf8");
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  return { ok: true, text };
}
var strictDecoder = new TextDecoder("utf-8", { fatal: true });
function isUtf8(bytes) {
  try {
    strictDecoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
function formatBytes(n) {
  const rounded = n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
  return `${n.toLocaleString("en-US")} bytes (${rounded})`;
}
function firstInvalidUtf8(b) {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    if (c < 128) {
      i++;
      continue;
    }
    let need;
    let min;
    if (c >= 194 && c <= 223) [need, min] = [1, 128];
    else if (c >= 224 && c <= 239) [need, min] = [2, 2048];
    else if (c >= 240 && c <= 244) [need, min] = [3, 65536];
    else return i;
    let cp = c & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === void 0 || (cc & 192) !== 128) return i;
      cp = cp << 6 | cc & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return -1;
}
function lineColumnOfByte(b, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (b[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < offset; i++) if (((b[i] ?? 0) & 192) !== 128) column++;
  return { line, column };
}

// src/load/prompt-file.ts
async function resolveRepoFile(ref, yamlAbs, rootReal, display, tracked, what = "prompt file") {
  if (isAbsolute3(ref) || /^[A-Za-z]:[\\/]/.test(ref)) {
    return { ok: false, code: "ref/absolute-path", message: `${what} "${ref}" is an absolute path`, hint: "write a path relative to this YAML file" };
  }
  const lexical = resolve2(dirname2(yamlAbs), ref);
  const yamlDirReal = await realpath(dirname2(yamlAbs)).catch(() => dirname2(yamlAbs));
  const candidate = resolve2(yamlDirReal, ref);
  if (!isInside(rootReal, candidate) && !isInside(rootReal, lexical)) {
    return { ok: false, code: "ref/outside-repo", message: `${what} "${ref}" is outside the repository root` };
  }
  const asWritten = isInside(rootReal, candidate) ? refusePath(rootReal, candidate, tracked, false) : void 0;
  if (asWritten) return { ok: false, code: asWritten.code, message: `${what} "${ref}" ${asWritten.reason}`, ...asWritten.hint ? { hint: asWritten.hint } : {} };
  let real;
  try {
    real = await realpath(candidate);
  } catch {
    return { ok: false, code: "ref/missing-file", message: `${what} "${ref}" does not exist`, hint: `looked for ${display(lexical)}` };
  }
  if (!isInside(rootReal, real)) {
    return { ok: false, code: "ref/outside-repo", message: `${what} "${ref}" resolves (through a symlink) outside the repository root` };
  }
  const refused = refusePath(rootReal, real, tracked, true) ?? (real === candidate ? void 0 : refusePath(rootReal, candidate, tracked, true));
  if (refused) {
    const via = real === candidate ? "" : " (through a symlink)";
    return { ok: false, code: refused.code, message: `${what} "${ref}"${via} ${refused.reason}`, ...refused.hint ? { hint: refused.hint } : {} };
  }
  const s = await stat(real);
  if (!s.isFile()) return { ok: false, code: "ref/not-a-file", message: `${what} "${ref}" is not a regular file` };
  return { ok: true, absPath: lexical, realPath: real };
}
async function readResolvedText(file, display) {
  const read = await readSourceText(file.realPath, display(file.absPath));
  if (!read.ok) return { ok: false, code: read.diagnostic.code, message: read.diagnostic.message, diagnostic: read.diagnostic };
  return { ok: true, text: read.text.replace(/\r\n?/g, "\n"), absPath: file.absPath, realPath: file.realPath };
}

// src/load/yaml-tree.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIAS_EXPANSIONS = 100;
var MAX_DEPTH = 64;
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function parseYamlTree(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const diagnostics = [];
  const at = (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  let docs;
  try {
    const parsed = (0, import_yaml.parseAllDocuments)(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (err) {
    return {
      diagnostics: [
        { severity: "error", code: "yaml/syntax", message: `cannot parse YAML (${err instanceof RangeError ? "nesting too deep" : "parser failure"})`, file, line: 1, column: 1 }
      ]
    };
  }
  const first = docs[0];
  if (first === void 0 || first.contents === null && first.errors.length === 0) {
    return { diagnostics: [{ severity: "error", code: "yaml/empty", message: "file is empty; expected an Agent definition (apiVersion, kind, metadata, spec)", file, line: 1, column: 1 }] };
  }
  const second = docs[1];
  if (second !== void 0) {
    const pos = at(second.range[0]);
    diagnostics.push({
      severity: "error",
      code: "yaml/multiple-documents",
      message: `file contains ${docs.length} YAML documents; put one agent per file`,
      file,
      ...pos
    });
  }
  for (const e of first.errors) {
    const pos = at(e.pos[0]);
    if (e.code === "DUPLICATE_KEY") {
      const key = (/^[^:\n]*/.exec(text.slice(e.pos[0]))?.[0] ?? "").trim();
      diagnostics.push({ severity: "error", code: "yaml/duplicate-key", message: `duplicate key ${JSON.stringify(key)}: map keys must be unique`, file, ...pos });
    } else {
      if (/call stack/i.test(e.message) && diagnostics.some((d) => d.code === "yaml/too-deep")) continue;
      const message = /call stack/i.test(e.message) ? "nesting too deep to parse" : firstLine(e.message);
      diagnostics.push({ severity: "error", code: /call stack/i.test(e.message) ? "yaml/too-deep" : "yaml/syntax", message, file, ...pos });
    }
  }
  for (const w of first.warnings) {
    if (w.code === "TAG_RESOLVE_FAILED") continue;
    diagnostics.push({ severity: "warning", code: "yaml/warning", message: firstLine(w.message), file, ...at(w.pos[0]) });
  }
  if (first.errors.length > 0) return { diagnostics };
  const tree = { value: null, positions: /* @__PURE__ */ new Map(), keyPositions: /* @__PURE__ */ new Map(), stringScalars: /* @__PURE__ */ new Set() };
  let aliasCount = 0;
  let aliasReported = false;
  const convert = (node, pointer, depth) => {
    if (depth > MAX_DEPTH) {
      diagnostics.push({ severity: "error", code: "yaml/too-deep", message: `nesting deeper than ${MAX_DEPTH} levels at ${displayPath(pointer)}`, file, ...posOf(node) });
      return void 0;
    }
    if ((0, import_yaml.isAlias)(node)) {
      aliasCount++;
      if (aliasCount > MAX_ALIAS_EXPANSIONS) {
        if (!aliasReported) {
          aliasReported = true;
          diagnostics.push({ severity: "error", code: "yaml/alias-limit", message: `more than ${MAX_ALIAS_EXPANSIONS} alias expansions (possible alias bomb); write the values out`, file, ...posOf(node) });
        }
        return void 0;
      }
      const target = node.resolve(first);
      if (!target) {
        diagnostics.push({ severity: "error", code: "yaml/syntax", message: `unknown alias *${node.source}`, file, ...posOf(node) });
        return void 0;
      }
      tree.positions.set(pointer, posOf(node));
      return convertNode(target, pointer, depth, false);
    }
    return convertNode(node, pointer, depth, true);
  };
  const posOf = (node) => {
    const range = node?.range;
    return range ? at(range[0]) : { line: 1, column: 1 };
  };
  const convertNode = (node, pointer, depth, recordPosition) => {
    if (recordPosition) tree.positions.set(pointer, posOf(node));
    const tag = node?.tag;
    if (tag !== void 0 && !JSON_TAGS.has(tag)) {
      diagnostics.push({
        severity: "error",
        code: "yaml/unknown-tag",
        message: `${displayPath(pointer)}: YAML tag ${shortTag(tag)} is not supported (a definition holds plain strings, numbers, booleans, lists and maps)`,
        file,
        path: pointer,
        ...tagPosition(node),
        hint: "remove the tag; quote the value if it must stay a string"
      });
    }
    if ((0, import_yaml.isMap)(node)) {
      const out = {};
      for (const pair of node.items) {
        const keyNode = pair.key;
        if (!(0, import_yaml.isScalar)(keyNode) || keyNode.value !== null && typeof keyNode.value === "object") {
          diagnostics.push({ severity: "error", code: "yaml/complex-key", message: `keys must be plain strings in ${displayPath(pointer)}`, file, ...posOf(keyNode ?? node) });
          continue;
        }
        const key = keyNode.value === null ? "" : String(keyNode.value);
        const child = childPointer(pointer, key);
        if (FORBIDDEN_KEYS.has(key)) {
          diagnostics.push({ severity: "error", code: "yaml/forbidden-key", message: `key "${key}" is not allowed (in ${displayPath(pointer)})`, file, path: child, ...posOf(keyNode) });
          continue;
        }
        tree.keyPositions.set(child, posOf(keyNode));
        const v = pair.value === null ? convertNull(child, keyNode) : convert(pair.value, child, depth + 1);
        if (v === void 0) continue;
        out[key] = v;
      }
      return out;
    }
    if ((0, import_yaml.isSeq)(node)) {
      const out = [];
      node.items.forEach((item, i) => {
        const v = convert(item, childPointer(pointer, i), depth + 1);
        out.push(v === void 0 ? null : v);
      });
      return out;
    }
    if ((0, import_yaml.isScalar)(node)) {
      const v = node.value;
      if (typeof v === "string") {
        tree.stringScalars.add(pointer);
        return v;
      }
      if (typeof v === "number") {
        if (!Number.isFinite(v)) {
          diagnostics.push({ severity: "error", code: "yaml/invalid-number", message: `${displayPath(pointer)}: infinite or NaN numbers are not allowed`, file, path: pointer, ...posOf(node) });
          return void 0;
        }
        return v;
      }
      if (typeof v === "bigint") return Number(v);
      if (typeof v === "boolean" || v === null) return v;
      return String(node.source ?? v);
    }
    if (node === null || node === void 0) return null;
    diagnostics.push({ severity: "error", code: "yaml/syntax", message: `unsupported YAML node at ${displayPath(pointer)}`, file, ...posOf(node) });
    return void 0;
  };
  const tagPosition = (node) => {
    const start = node?.range?.[0];
    if (start === void 0) return posOf(node);
    const bang = text.lastIndexOf("!", start - 1);
    return bang >= 0 && /^!\S*\s+$/.test(text.slice(bang, start)) ? at(bang) : posOf(node);
  };
  const convertNull = (pointer, keyNode) => {
    tree.positions.set(pointer, posOf(keyNode));
    return null;
  };
  const value = first.contents === null ? null : convert(first.contents, "", 0);
  tree.value = value === void 0 ? null : value;
  if (!tree.positions.has("")) tree.positions.set("", { line: 1, column: 1 });
  return { tree, diagnostics };
}
var YAML_TAG = "tag:yaml.org,2002:";
var JSON_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => YAML_TAG + t));
function shortTag(tag) {
  return tag.startsWith(YAML_TAG) ? `!!${tag.slice(YAML_TAG.length)}` : tag.startsWith("!") ? tag : `!<${tag}>`;
}
function firstLine(message) {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").trim();
}

// src/load/shared-files.ts
var API_VERSION = "atoms-gitops/v1";
var SHARED_KINDS = /* @__PURE__ */ new Set(["AgentBase", "Tool", "Policy"]);
function locatedDoc(tree, file) {
  const tag = (m) => {
    const out = /* @__PURE__ */ new Map();
    for (const [p, pos] of m) out.set(p, { file, line: pos.line, column: pos.column });
    return out;
  };
  return { value: tree.value, positions: tag(tree.positions), keyPositions: tag(tree.keyPositions), stringScalars: new Set(tree.stringScalars) };
}
var SharedFiles = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  docs = /* @__PURE__ */ new Map();
  /** The same documents by the path a reference wrote (resolved, not realpath'd): see kindOf. */
  byPath = /* @__PURE__ */ new Map();
  texts = /* @__PURE__ */ new Map();
  /**
   * Path checks by (folder of the referring file, reference, what): 500 agents in one folder writing the same
   * `../tools/end-call.yaml` resolve it once, not 500 times (each is several realpath and stat calls).
   */
  resolved = /* @__PURE__ */ new Map();
  /** Files read and parsed (YAML) or read (text) so far: benchmarks and tests check "once per run". */
  reads = 0;
  /** Results of composing a base, by real path: see compose.ts. */
  composed = /* @__PURE__ */ new Map();
  /** A shared-kind file the definitions walk parsed already: later references reuse it. */
  async adopt(absPath, file, tree, diagnostics) {
    const real = await realpath2(absPath).catch(() => absPath);
    if (!this.docs.has(real)) this.docs.set(real, Promise.resolve(sharedDoc(absPath, real, file, tree, diagnostics)));
  }
  /** The kind of a file a reference parsed already (the walk then skips reading it again). */
  async kindOf(absPath) {
    return (await this.byPath.get(absPath))?.kind;
  }
  /** Opens `ref`, written in the file at `fromAbs`, as a YAML document. `what` names it in messages. */
  async open(ref, fromAbs, what) {
    const resolved = await this.resolve(ref, fromAbs, what);
    if (!resolved.ok) return resolved;
    let pending = this.docs.get(resolved.realPath);
    if (!pending) {
      pending = this.parse(resolved.absPath, resolved.realPath);
      this.docs.set(resolved.realPath, pending);
    }
    if (!this.byPath.has(resolved.absPath)) this.byPath.set(resolved.absPath, pending);
    const shared = await pending;
    const read = shared.diagnostics.find((d) => d.code.startsWith("file/"));
    if (read) return { ok: false, code: read.code, message: `${what} "${ref}": ${read.message}`, diagnostic: read };
    return { ok: true, shared };
  }
  /** Reads `ref` (written in the file at `fromAbs`) as text, for prompts. */
  async text(ref, fromAbs) {
    const resolved = await this.resolve(ref, fromAbs, "prompt file");
    if (!resolved.ok) return resolved;
    let pending = this.texts.get(resolved.realPath);
    if (!pending) {
      this.reads++;
      pending = readResolvedText(resolved, this.ctx.display);
      this.texts.set(resolved.realPath, pending);
    }
    const r = await pending;
    return r.ok ? { ...r, absPath: resolved.absPath } : r;
  }
  /** `resolveRepoFile`, once per folder and reference: its answer depends on nothing else. */
  resolve(ref, fromAbs, what) {
    const key = `${what}\0${dirname3(fromAbs)}\0${ref}`;
    let pending = this.resolved.get(key);
    if (!pending) {
      const { rootReal, display, tracked } = this.ctx;
      pending = resolveRepoFile(ref, fromAbs, rootReal, display, tracked, what);
      this.resolved.set(key, pending);
    }
    return pending;
  }
  async parse(absPath, realPath) {
    this.reads++;
    const file = this.ctx.display(absPath);
    const read = await readResolvedText({ absPath, realPath }, this.ctx.display);
    if (!read.ok) return { absPath, realPath, file, kind: void 0, doc: void 0, diagnostics: [read.diagnostic ?? { severity: "error", code: read.code, message: read.message, file, line: 1, column: 1 }] };
    const parsed = parseYamlTree(read.text, file);
    if (!parsed.tree) return { absPath, realPath, file, kind: void 0, doc: void 0, diagnostics: parsed.diagnostics };
    return sharedDoc(absPath, realPath, file, parsed.tree, parsed.diagnostics);
  }
};
function sharedDoc(absPath, realPath, file, tree, diagnostics) {
  const value = tree.value;
  const kind = isObject(value) && typeof value.kind === "string" ? value.kind : void 0;
  const broken = diagnostics.some((d) => d.severity === "error");
  return { absPath, realPath, file, kind, doc: broken ? void 0 : locatedDoc(tree, file), diagnostics };
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

// src/load/compose.ts
var WHOLE_VALUES = /* @__PURE__ */ new Set(["/spec/prompt"]);
async function composeAgent(own, ownAbs, ownFile, ctx) {
  const doc = own.value;
  const composition = { sources: [ownFile], promptFrom: ownAbs, toolsFrom: ownAbs, toolRefs: /* @__PURE__ */ new Map() };
  if (Object.prototype.hasOwnProperty.call(doc, "extends")) {
    const refs = extendsList(own, "", ctx.diagnostics);
    delete doc.extends;
    if (refs.length > 0) {
      const acc = emptyDoc();
      let { promptFrom, toolsFrom } = await mergeBases(acc, refs, ownAbs, [], ctx.shared, ctx.diagnostics, composition.sources);
      const ownSpec = isObject(doc.spec) ? doc.spec : void 0;
      if (ownSpec && Object.prototype.hasOwnProperty.call(ownSpec, "prompt")) promptFrom = ownAbs;
      if (ownSpec && Object.prototype.hasOwnProperty.call(ownSpec, "tools")) toolsFrom = ownAbs;
      if (doc.spec === void 0 || ownSpec) {
        mergeDoc(acc, { ...own, value: { spec: ownSpec ?? {} } });
        doc.spec = acc.value.spec ?? {};
        for (const [p, pos] of acc.positions) own.positions.set(p, pos);
        for (const [p, pos] of acc.keyPositions) own.keyPositions.set(p, pos);
        for (const p of acc.stringScalars) own.stringScalars.add(p);
      }
      if (promptFrom) composition.promptFrom = promptFrom;
      if (toolsFrom) composition.toolsFrom = toolsFrom;
    }
  }
  await resolveToolRefs(own, composition, ctx);
  composition.sources = [...new Set(composition.sources)];
  return composition;
}
function extendsList(doc, prefix, diagnostics) {
  const root = doc.value;
  const pointer = `${prefix}/extends`;
  const value = root.extends;
  const at = (p) => doc.positions.get(p) ?? doc.keyPositions.get(pointer) ?? doc.positions.get("") ?? { file: "", line: 1, column: 1 };
  const bad = (p, message) => {
    diagnostics.push({ severity: "error", code: "schema/type", message, path: p, ...at(p) });
    return [];
  };
  if (typeof value === "string" && value !== "") return [{ value, at: at(pointer) }];
  if (Array.isArray(value) && value.length > 0) {
    const out = [];
    for (const [i, v] of value.entries()) {
      const p = childPointer(pointer, i);
      if (typeof v !== "string" || v === "") return bad(p, `extends[${i}] must be a path to a file of kind AgentBase`);
      out.push({ value: v, at: at(p) });
    }
    return out;
  }
  return bad(pointer, "extends must be a path, or a list of paths, to files of kind AgentBase");
}
async function openBase(ref, fromAbs, at, stack, shared) {
  const located = (code, message, hint) => ({
    doc: void 0,
    sources: [],
    diagnostics: [{ severity: "error", code, message, file: at.file, line: at.line, column: at.column, ...hint ? { hint } : {} }]
  });
  const opened = await shared.open(ref, fromAbs, "base");
  if (!opened.ok) return located(opened.code, opened.message, opened.hint);
  const base = opened.shared;
  if (stack.includes(base.realPath)) {
    const chain = [...stack.slice(stack.indexOf(base.realPath)), base.realPath].map((p) => shared.ctx.display(p));
    return located("ref/extends-cycle", `base "${ref}" is part of an extends cycle: ${chain.join(" \u2192 ")}`, "a base may not extend itself, directly or through other bases");
  }
  if (base.doc === void 0) return { doc: void 0, sources: [], diagnostics: base.diagnostics };
  if (base.kind !== "AgentBase") {
    return located("ref/wrong-kind", `base "${ref}" is ${base.kind ? `a file of kind ${base.kind}` : "not a file with a kind"}; extends needs kind AgentBase`, "a base starts with apiVersion: atoms-gitops/v1 and kind: AgentBase");
  }
  const cached = shared.composed.get(base.realPath);
  if (cached) return cached;
  const result = await composeBase(base, [...stack, base.realPath], shared);
  if (!result.diagnostics.some((d) => d.code === "ref/extends-cycle")) shared.composed.set(base.realPath, result);
  return result;
}
async function mergeBases(acc, refs, fromAbs, stack, shared, diagnostics, sources) {
  let promptFrom;
  let toolsFrom;
  for (const ref of refs) {
    const base = await openBase(ref.value, fromAbs, ref.at, stack, shared);
    diagnostics.push(...base.diagnostics);
    if (!base.doc) continue;
    mergeDoc(acc, base.doc);
    promptFrom = base.promptFrom ?? promptFrom;
    toolsFrom = base.toolsFrom ?? toolsFrom;
    sources.push(...base.sources);
  }
  return { promptFrom, toolsFrom };
}
async function composeBase(base, stack, shared) {
  const doc = base.doc;
  const diagnostics = [...base.diagnostics, ...shapeDiagnostics(base, ["apiVersion", "kind", "metadata", "extends", "spec"], false)];
  const root = doc.value;
  const acc = emptyDoc();
  const sources = [base.file];
  const refs = Object.prototype.hasOwnProperty.call(root, "extends") ? extendsList(doc, "", diagnostics) : [];
  let { promptFrom, toolsFrom } = await mergeBases(acc, refs, base.absPath, stack, shared, diagnostics, sources);
  const spec = root.spec;
  if (isObject(spec)) {
    mergeDoc(acc, { ...doc, value: { spec } });
    if (Object.prototype.hasOwnProperty.call(spec, "prompt")) promptFrom = base.absPath;
    if (Object.prototype.hasOwnProperty.call(spec, "tools")) toolsFrom = base.absPath;
  }
  return { doc: acc, sources, ...promptFrom ? { promptFrom } : {}, ...toolsFrom ? { toolsFrom } : {}, diagnostics };
}
async function resolveToolRefs(own, composition, ctx) {
  const spec = own.value.spec;
  if (!isObject(spec) || !Array.isArray(spec.tools)) return;
  const tools = spec.tools;
  for (const [i, entry] of tools.entries()) {
    if (!isObject(entry) || typeof entry.ref !== "string") continue;
    const pointer = `/spec/tools/${i}`;
    const refPointer = `${pointer}/ref`;
    const at = own.positions.get(refPointer) ?? own.positions.get(pointer) ?? { file: composition.sources[0], line: 1, column: 1 };
    const fail = (code, message, hint) => {
      ctx.diagnostics.push({ severity: "error", code, message, file: at.file, path: refPointer, line: at.line, column: at.column, ...hint ? { hint } : {} });
    };
    const opened = await ctx.shared.open(entry.ref, composition.toolsFrom, "tool file");
    if (!opened.ok) {
      fail(opened.code, opened.message, opened.hint);
      continue;
    }
    const tool = opened.shared;
    if (tool.doc === void 0) {
      ctx.diagnostics.push(...tool.diagnostics);
      continue;
    }
    if (tool.kind !== "Tool") {
      fail("ref/wrong-kind", `tool file "${entry.ref}" is ${tool.kind ? `a file of kind ${tool.kind}` : "not a file with a kind"}; a ref needs kind Tool`, "a tool file starts with apiVersion: atoms-gitops/v1 and kind: Tool, and holds one tool in spec");
      continue;
    }
    const shape = shapeDiagnostics(tool, ["apiVersion", "kind", "metadata", "spec"], true);
    ctx.diagnostics.push(...tool.diagnostics, ...shape);
    const toolRoot = tool.doc.value;
    if (!isObject(toolRoot.spec)) continue;
    const itemPosition = own.positions.get(pointer);
    tools[i] = copySubtree(own, tool.doc, "/spec", pointer, toolRoot.spec);
    if (itemPosition) own.positions.set(pointer, itemPosition);
    composition.toolRefs.set(i, tool.file);
    composition.sources.push(tool.file);
  }
}
function shapeDiagnostics(shared, allowed, specRequired) {
  const doc = shared.doc;
  const root = doc.value;
  const out = [];
  const at = (p) => doc.keyPositions.get(p) ?? doc.positions.get(p) ?? { file: shared.file, line: 1, column: 1 };
  const push = (code, p, message, hint) => {
    out.push({ severity: "error", code, message, path: p, ...at(p), ...hint ? { hint } : {} });
  };
  if (root.apiVersion !== API_VERSION) push(root.apiVersion === void 0 ? "schema/required" : "schema/const", root.apiVersion === void 0 ? "" : "/apiVersion", `apiVersion must be ${API_VERSION}`);
  for (const key of Object.keys(root)) if (!allowed.includes(key)) push("schema/unknown-key", `/${key}`, `unknown field "${key}" at the top level of a ${shared.kind}`, `allowed: ${allowed.join(", ")}`);
  const metadata = root.metadata;
  if (!isObject(metadata) || typeof metadata.name !== "string" || metadata.name.trim() === "") push("schema/required", "/metadata", `a ${shared.kind} needs metadata.name`);
  else for (const key of Object.keys(metadata)) if (key !== "name" && key !== "description") push("schema/unknown-key", `/metadata/${key}`, `unknown field "${key}" in metadata of a ${shared.kind} (only name and description; metadata is never inherited)`);
  if (root.spec === void 0 ? specRequired : !isObject(root.spec)) push(root.spec === void 0 ? "schema/required" : "schema/type", "/spec", `a ${shared.kind} needs spec: a mapping`);
  return out;
}
function emptyDoc() {
  return { value: { spec: {} }, positions: /* @__PURE__ */ new Map(), keyPositions: /* @__PURE__ */ new Map(), stringScalars: /* @__PURE__ */ new Set() };
}
function mergeDoc(acc, src) {
  const accRoot = acc.value;
  const srcSpec = src.value.spec;
  if (!isObject(srcSpec)) return;
  accRoot.spec = mergeValue(acc, src, "/spec", srcSpec, accRoot.spec);
}
function mergeValue(acc, src, pointer, from, into) {
  if (!isObject(from) || !isObject(into) || WHOLE_VALUES.has(pointer)) return copySubtree(acc, src, pointer, pointer, from);
  const pos = src.positions.get(pointer);
  if (pos) acc.positions.set(pointer, pos);
  for (const key of Object.keys(from)) {
    const child = childPointer(pointer, key);
    const keyPos = src.keyPositions.get(child);
    if (keyPos) acc.keyPositions.set(child, keyPos);
    into[key] = mergeValue(acc, src, child, from[key], into[key]);
  }
  return into;
}
function copySubtree(acc, src, srcPointer, dstPointer, value) {
  const pos = src.positions.get(srcPointer);
  if (pos) acc.positions.set(dstPointer, pos);
  else acc.positions.delete(dstPointer);
  if (src.stringScalars.has(srcPointer)) acc.stringScalars.add(dstPointer);
  else acc.stringScalars.delete(dstPointer);
  if (Array.isArray(value)) return value.map((v, i) => copySubtree(acc, src, childPointer(srcPointer, i), childPointer(dstPointer, i), v));
  if (isObject(value)) {
    const out = {};
    for (const key of Object.keys(value)) {
      const keyPos = src.keyPositions.get(childPointer(srcPointer, key));
      if (keyPos) acc.keyPositions.set(childPointer(dstPointer, key), keyPos);
      out[key] = copySubtree(acc, src, childPointer(srcPointer, key), childPointer(dstPointer, key), value[key]);
    }
    return out;
  }
  return value;
}

// src/load/timezone.ts
function zoneOffsets(label, year = (/* @__PURE__ */ new Date()).getUTCFullYear()) {
  const offsets = /* @__PURE__ */ new Set();
  for (let month = 0; month < 12; month++) {
    const offset = offsetAt(label, new Date(Date.UTC(year, month, 15)));
    if (offset === void 0) return void 0;
    offsets.add(offset);
  }
  return [...offsets].sort((a, b) => a - b);
}
function offsetAt(label, when = /* @__PURE__ */ new Date()) {
  try {
    const name = new Intl.DateTimeFormat("en-US", { timeZone: label, timeZoneName: "longOffset" }).formatToParts(when).find((p) => p.type === "timeZoneName")?.value;
    const m = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(name ?? "");
    if (!m) return void 0;
    return m[1] ? (Number(m[2]) * 60 + Number(m[3] ?? 0)) * (m[1] === "-" ? -1 : 1) : 0;
  } catch {
    return void 0;
  }
}

// src/load/rules.ts
var CURRENT_VOICE_MODELS = ["waves_lightning_v3_1", "gpt-realtime", "gpt-realtime-mini"];
var LEGACY_VOICE_MODELS = /* @__PURE__ */ new Set([
  "waves",
  "waves_lightning_large",
  "waves_lightning_large_voice_clone",
  "waves_lightning_v2",
  "waves_lightning_v3",
  "waves_lightning_v2_http"
]);
function crossFieldDiagnostics(spec, file, locate, toolRefs = /* @__PURE__ */ new Map()) {
  const out = [];
  const err = (code, pointer, message, hint, severity = "error") => {
    out.push({ severity, code, message, file, path: pointer, ...locate(pointer), ...hint ? { hint } : {} });
  };
  const language = asObject(spec.language);
  if (language) {
    const supported = Array.isArray(language.supported) ? language.supported.filter((x) => typeof x === "string") : void 0;
    const def = typeof language.default === "string" ? language.default : void 0;
    const effectiveSupported = supported ?? ["en"];
    if (def !== void 0 && !effectiveSupported.includes(def)) {
      err("rule/language-default", "/spec/language/default", `spec.language.default "${def}" is not in spec.language.supported (${effectiveSupported.join(", ")})`, supported ? `add "${def}" to supported` : "set spec.language.supported");
    }
    if (supported && supported.includes("ta") && supported.length > 1) {
      err("rule/language-ta-alone", "/spec/language/supported", "spec.language.supported: ta cannot be combined with other languages");
    }
    const usesNorthIndic = def === "north_indic" || (supported ?? []).includes("north_indic");
    if (usesNorthIndic && spec.transcriberType !== "pulse") {
      const where = def === "north_indic" ? "/spec/language/default" : "/spec/language/supported";
      err("rule/north-indic-transcriber", where, 'north_indic requires spec.transcriberType: "pulse"', "add transcriberType: pulse");
    }
  }
  const tools = Array.isArray(spec.tools) ? spec.tools : [];
  duplicates(tools, "name", (index, name, firstIndex) => {
    const ref = toolRefs.get(index);
    const at = ref ? `/spec/tools/${index}/ref` : `/spec/tools/${index}/name`;
    const via = ref ? ` (from ${ref})` : "";
    err("rule/duplicate-tool-name", at, `tool name "${name}"${via} is already used by spec.tools[${firstIndex}]${toolRefs.get(firstIndex) ? ` (from ${toolRefs.get(firstIndex)})` : ""}`, "tool names must be unique within an agent");
  });
  const analytics = asObject(spec.postCallAnalyticsConfig);
  const metrics = analytics && Array.isArray(analytics.dispositionMetrics) ? analytics.dispositionMetrics : [];
  duplicates(metrics, "identifier", (index, id, firstIndex) => {
    err(
      "rule/duplicate-metric",
      `/spec/postCallAnalyticsConfig/dispositionMetrics/${index}/identifier`,
      `metric identifier "${id}" is already used by spec.postCallAnalyticsConfig.dispositionMetrics[${firstIndex}]`
    );
  });
  const timezone = asObject(spec.timezone);
  if (timezone && typeof timezone.label === "string" && typeof timezone.offset === "number") {
    const offsets = zoneOffsets(timezone.label);
    if (offsets && !offsets.includes(timezone.offset)) {
      const expected = offsets.map(String).join(" or ");
      err("rule/timezone-offset", "/spec/timezone/offset", `spec.timezone.offset ${timezone.offset} contradicts ${timezone.label}, whose offset is ${expected} minutes from UTC`, `set offset: ${offsets[0]}`);
    }
  }
  const model = asObject(asObject(spec.synthesizer)?.voiceConfig)?.model;
  if (typeof model === "string" && LEGACY_VOICE_MODELS.has(model)) {
    const p = "/spec/synthesizer/voiceConfig/model";
    err(
      "spec/legacy-voice-model",
      p,
      `${displayPath(p)} "${model}" is a legacy voice model; the API rejects it on write (must be one of ${CURRENT_VOICE_MODELS.join(", ")})`,
      'use "waves_lightning_v3_1"'
    );
  }
  return out;
}
function duplicates(items, field, report) {
  const firstSeen = /* @__PURE__ */ new Map();
  items.forEach((item, i) => {
    const v = asObject(item)?.[field];
    if (typeof v !== "string") return;
    const first = firstSeen.get(v);
    if (first === void 0) firstSeen.set(v, i);
    else report(i, v, first);
  });
}
function asObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
}

// src/load/schema-errors.ts
var KEY_HINTS = {
  "/spec/singlePromptConfig": "write spec.prompt and spec.tools instead of singlePromptConfig",
  "/spec/globalPrompt": "globalPrompt is for workflow_graph agents (out of scope); use spec.prompt",
  "/spec/workflowType": "workflowType is not managed: only single_prompt agents are supported",
  "/spec/widgetConfig": "widgetConfig is not managed by atoms-gitops",
  "/spec/name": "the agent's name is metadata: use metadata.name",
  "/spec/description": "the description is metadata: use metadata.description",
  "/spec/telephonyProductId": "link numbers with metadata.phoneNumbers",
  "/spec/postCallAnalyticsConfig/successMetrics": "successMetrics is deprecated and ignored by the API; use dispositionMetrics",
  "/spec/postCallAnalyticsConfig/summaryPrompt": "summaryPrompt is deprecated and ignored by the API; remove it",
  "/metadata/phoneNumber": 'did you mean "phoneNumbers"?'
};
var MERGE_KEY_HINT = "merge keys are not supported: write the fields out, or share values through ${vars.*} in atoms-gitops.yaml";
var YAML11_BOOLEANS = /* @__PURE__ */ new Set(["yes", "no", "on", "off", "y", "n"]);
function yaml11Hint(expected, value) {
  if (expected === "boolean" && typeof value === "string" && YAML11_BOOLEANS.has(value.toLowerCase())) return `use true or false: YAML 1.2 reads "${value}" as a string`;
  if (expected === "string" && typeof value === "number") return "quote it: YAML reads an unquoted number, a leading + included, as a number";
  return void 0;
}
var SPACING_PATTERNS = /* @__PURE__ */ new Set(["^\\S+$", "^\\S(.*\\S)?$"]);
var CHAR_NAMES = { " ": "a space", "	": "a tab", "\n": "a line break", "\r": "a carriage return", "\xA0": "a non-breaking space (U+00A0)" };
function spacingProblem(value, pattern) {
  const name = (c) => CHAR_NAMES[c] ?? `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  const lineBreak = /[\n\r\u2028\u2029\u0085]/.exec(value);
  if (lineBreak) return `contains ${name(lineBreak[0])}`;
  if (pattern === "^\\S+$") {
    const ws = /\s/.exec(value);
    return ws ? `contains ${name(ws[0])}` : void 0;
  }
  const lead = /^\s/.exec(value);
  if (lead) return `starts with ${name(lead[0])}`;
  const trail = /\s$/.exec(value);
  return trail ? `ends with ${name(trail[0])}` : void 0;
}
var PATTERN_TEXT = {
  "^\\+[1-9]\\d{1,14}$": "an E.164 phone number such as +14155550123",
  "^[0-9a-f]{24}$": "a 24-character lowercase hex agent id",
  "^[a-z0-9_]+$": "lower_snake_case (a-z, 0-9, _)",
  "^\\S+$": "a name without spaces",
  "^\\S(.*\\S)?$": "a name on one line without leading or trailing whitespace",
  "^https?://\\S+$": "an http(s) URL",
  "^wss?://\\S+$": "a ws(s) URL"
};
function schemaDiagnostics(errors, ctx) {
  const kept = collapseAlternatives(errors.filter((e) => e.keyword !== "if"));
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of kept) {
    const d = toDiagnostic(e, ctx);
    const key = `${d.code}|${d.path}|${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
function collapseAlternatives(errors) {
  let result = errors;
  for (const alt of errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf")) {
    const prefix = `${alt.schemaPath}/`;
    const branchErrors = result.filter((e) => e !== alt && e.schemaPath.startsWith(prefix) && isWithin(e.instancePath, alt.instancePath));
    const byBranch = /* @__PURE__ */ new Map();
    for (const e of branchErrors) {
      const idx = e.schemaPath.slice(prefix.length).split("/")[0] ?? "";
      byBranch.set(idx, [...byBranch.get(idx) ?? [], e]);
    }
    const branches = Array.isArray(alt.schema) ? alt.schema : [];
    const typeFits = [...branches.keys()].filter((i) => !(byBranch.get(String(i)) ?? []).some((e) => e.keyword === "type" && e.instancePath === alt.instancePath));
    const drop = new Set(branchErrors);
    if (typeFits.length === 1) {
      drop.add(alt);
      for (const e of byBranch.get(String(typeFits[0])) ?? []) drop.delete(e);
    }
    result = result.filter((e) => !drop.has(e));
  }
  return result;
}
function toDiagnostic(e, ctx) {
  const path = e.instancePath;
  const dp = displayPath(path);
  const value = valueAt(ctx.document, path);
  const sensitive = ctx.sensitivePaths.some((s) => isWithin(s, path) || isWithin(path, s));
  const got = sensitive ? "" : ` (got ${describeValue(value)})`;
  const parent = e.parentSchema ?? {};
  const base = { severity: "error", file: ctx.file };
  const valuePos = ctx.positions.get(path) ?? ctx.keyPositions.get(path) ?? { line: 1, column: 1 };
  const located = (p, pos = valuePos) => ({ ...base, file: pos.file ?? ctx.file, code: "", message: "", path: p, line: pos.line, column: pos.column });
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const child = childPointer(path, key);
      const allowed = Object.keys(parent.properties ?? {});
      const hint = KEY_HINTS[child] ?? (key === "<<" ? MERGE_KEY_HINT : void 0) ?? didYouMean(key, allowed) ?? (allowed.length <= 8 ? `allowed: ${allowed.join(", ")}` : void 0);
      const where = path === "" ? "at the top level" : `in ${dp}`;
      return { ...located(child, ctx.keyPositions.get(child) ?? valuePos), code: "schema/unknown-key", message: `unknown field "${key}" ${where}`, ...hint ? { hint } : {} };
    }
    case "required": {
      const missing = String(e.params.missingProperty);
      const where = path === "" ? "" : ` in ${dp}`;
      const pos = ctx.keyPositions.get(path) ?? valuePos;
      let hint;
      if (path === "/spec/language" && missing === "switching") hint = "language needs switching; { isEnabled: false } is enough";
      else if (e.schemaPath.includes("dispositionMetric/then")) hint = "ENUM metrics need choices";
      else if (e.schemaPath.includes("/then/") && missing === "values") hint = "enum parameters need values";
      return { ...located(childPointer(path, missing), pos), code: "schema/required", message: `missing required field "${missing}"${where}`, ...hint ? { hint } : {} };
    }
    case "enum": {
      const allowed = e.params.allowedValues;
      let hint;
      if (!sensitive && typeof value === "string") hint = didYouMean(value, allowed.filter((a) => typeof a === "string"));
      if (!sensitive && typeof value === "number") {
        const nums = allowed.filter((a) => typeof a === "number");
        const nearest = nums.sort((a, b) => Math.abs(a - value) - Math.abs(b - value))[0];
        if (nearest !== void 0) hint = `did you mean ${nearest}?`;
      }
      return { ...located(path), code: "schema/enum", message: `${dp} must be one of ${allowed.map(formatAllowed).join(", ")}${got}`, ...hint ? { hint } : {} };
    }
    case "const": {
      const expected = e.params.allowedValue;
      return { ...located(path), code: "schema/const", message: `${dp} must be ${JSON.stringify(expected)}${got}` };
    }
    case "type": {
      const expected = String(e.params.type);
      if (value === null) {
        return { ...located(path), code: "schema/null", message: `${dp} is null; omit the field instead (the API rejects null)` };
      }
      const hint = sensitive ? void 0 : yaml11Hint(expected, value);
      return { ...located(path), code: "schema/type", message: `${dp} must be ${article(expected)} (got ${typeName(value)})`, ...hint ? { hint } : {} };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { ...located(path), code: "schema/range", message: `${dp} must be ${rangeText(parent)}${got}` };
    case "pattern": {
      const pattern = String(e.params.pattern);
      const offending = !sensitive && typeof value === "string" && SPACING_PATTERNS.has(pattern) ? spacingProblem(value, pattern) : void 0;
      return { ...located(path), code: "schema/pattern", message: `${dp} must be ${PATTERN_TEXT[pattern] ?? `a string matching ${pattern}`}${got}${offending ? `: it ${offending}` : ""}` };
    }
    case "minLength":
    case "maxLength": {
      const limit = Number(e.params.limit);
      const len = typeof value === "string" ? value.length : 0;
      const message = e.keyword === "minLength" && limit === 1 ? `${dp} must not be empty` : `${dp} must be ${e.keyword === "minLength" ? "at least" : "at most"} ${limit} characters (got ${len})`;
      return { ...located(path), code: "schema/length", message };
    }
    case "minItems":
      return { ...located(path), code: "schema/length", message: `${dp} must have at least ${Number(e.params.limit)} item(s)` };
    case "uniqueItems": {
      const { i } = e.params;
      const item = childPointer(path, i);
      return { ...located(item, ctx.positions.get(item) ?? valuePos), code: "schema/duplicate", message: `${dp} lists the same value twice (item ${i})` };
    }
    case "anyOf":
    case "oneOf": {
      const branches = Array.isArray(e.schema) ? e.schema : [];
      const forms = branches.map(describeBranch).join(" or ");
      return { ...located(path), code: "schema/type", message: `${dp} must be ${forms} (got ${typeName(value)})` };
    }
    default:
      return { ...located(path), code: `schema/${e.keyword}`, message: `${dp} ${e.message ?? "is invalid"}` };
  }
}
function describeBranch(s) {
  if (s.type === "object" && s.properties && typeof s.properties === "object") {
    const req = s.required ?? Object.keys(s.properties);
    return `{ ${req.map((k) => `${k}: \u2026`).join(", ")} }`;
  }
  return typeof s.type === "string" ? s.type === "null" ? "null" : article(s.type) : "an allowed value";
}
function rangeText(s) {
  const lo = s.minimum ?? s.exclusiveMinimum;
  const hi = s.maximum ?? s.exclusiveMaximum;
  const loText = s.exclusiveMinimum !== void 0 ? `> ${String(lo)}` : `>= ${String(lo)}`;
  const hiText = s.exclusiveMaximum !== void 0 ? `< ${String(hi)}` : `<= ${String(hi)}`;
  if (lo !== void 0 && hi !== void 0) {
    return s.minimum !== void 0 && s.maximum !== void 0 ? `between ${String(lo)} and ${String(hi)}` : `${loText} and ${hiText}`;
  }
  return lo !== void 0 ? loText : hiText;
}
function article(t) {
  if (t === "integer") return "an integer";
  if (t === "object") return "an object";
  if (t === "array") return "a list";
  return `a ${t}`;
}
function typeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  return typeof v === "number" && !Number.isInteger(v) ? "a number" : typeof v === "number" ? "an integer" : `a ${typeof v}`;
}
function describeValue(v) {
  if (typeof v === "string") return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}\u2026` : v);
  if (typeof v === "number" || typeof v === "boolean" || v === null) return String(v);
  return typeName(v);
}
function formatAllowed(v) {
  return typeof v === "string" && v !== "" ? v : JSON.stringify(v);
}

// src/load/agent-validator.generated.ts
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/atoms-gitops/atoms-gitops/schemas/agent.schema.json", "title": "atoms-gitops Agent definition", "description": "One Smallest.ai Atoms voice agent. `spec` is the versioned config: the API's draft-config body with singlePromptConfig.prompt/tools lifted to prompt/tools.", "type": "object", "required": ["apiVersion", "kind", "metadata"], "additionalProperties": false, "properties": { "apiVersion": { "const": "atoms-gitops/v1" }, "kind": { "const": "Agent" }, "metadata": { "$ref": "#/$defs/metadata" }, "spec": { "$ref": "#/$defs/spec" }, "extends": { "$ref": "#/$defs/extends" } }, "$defs": { "e164": { "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "description": "E.164 phone number, e.g. +14155550123." }, "metadata": { "type": "object", "description": "Agent metadata (not versioned; written with PATCH /agent/{id}).", "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 100, "pattern": "^\\S(.*\\S)?$", "description": "Identity: matches the remote agent's name." }, "id": { "type": "string", "pattern": "^[0-9a-f]{24}$", "description": "Pins the remote agent id (24 lowercase hex)." }, "description": { "type": "string", "description": "Agent description (metadata, not versioned)." }, "allowInboundCall": { "type": "boolean", "description": "Whether the agent accepts inbound calls." }, "visibleToEveryone": { "type": "boolean", "description": "Whether every member of the organization sees the agent." }, "avatarUrl": { "type": "string", "pattern": "^https?://\\S+$" }, "phoneNumbers": { "type": "array", "items": { "$ref": "#/$defs/e164" }, "uniqueItems": true, "description": "E.164 numbers linked to the agent. Managed only when set." }, "protect": { "type": "boolean", "description": "Forbids archiving by --prune." }, "webhook": { "type": "object", "required": ["name", "events"], "additionalProperties": false, "description": "Subscribes the agent to a Webhook definition (one webhook per agent). Immediate: not versioned, no platform rollback.", "properties": { "name": { "type": "string", "minLength": 1, "description": "The `metadata.name` of a Webhook definition." }, "events": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["pre-conversation", "post-conversation", "analytics-completed"] } } } } } }, "keyValue": { "type": "object", "required": ["key", "value"], "additionalProperties": false, "properties": { "key": { "type": "string", "minLength": 1 }, "value": { "type": "string" } } }, "responseVariable": { "type": "object", "required": ["variableName", "jsonPath"], "additionalProperties": false, "properties": { "variableName": { "type": "string", "minLength": 1 }, "jsonPath": { "type": "string", "minLength": 1 } } }, "stringMap": { "type": "object", "additionalProperties": { "type": "string" } }, "scalarMap": { "type": "object", "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] } }, "handoffOption": { "anyOf": [{ "type": "null" }, { "type": "object", "required": ["type", "prompt"], "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["prompt", "static"] }, "prompt": { "type": "string" } } }], "description": "Warm-transfer handoff: `prompt` (the LLM writes it) or `static` text. null is allowed here only." }, "variableSpec": { "type": "object", "required": ["name", "description", "type"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "type": { "type": "string", "enum": ["text", "number", "boolean", "enum"] }, "values": { "type": "array", "items": { "type": "string" }, "minItems": 1 } }, "if": { "type": "object", "properties": { "type": { "const": "enum" } }, "required": ["type"] }, "then": { "type": "object", "properties": { "values": true }, "required": ["values"] } }, "llmParameter": { "type": "object", "required": ["name", "description", "type"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "type": { "type": "string", "enum": ["text", "number", "boolean", "enum"] }, "values": { "type": "array", "items": { "type": "string" }, "minItems": 1 }, "required": { "type": "boolean", "description": "Default false." } }, "if": { "type": "object", "properties": { "type": { "const": "enum" } }, "required": ["type"] }, "then": { "type": "object", "properties": { "values": true }, "required": ["values"] } }, "endCallTool": { "type": "object", "description": "Ends the call.", "required": ["type", "name", "description"], "additionalProperties": false, "properties": { "type": { "const": "end_call" }, "name": { "type": "string", "minLength": 1, "pattern": "^\\S+$", "description": "Tool name, no whitespace, unique within the agent." }, "description": { "type": "string", "description": "What the tool does; the LLM reads it to decide when to call the tool." }, "enabled": { "type": "boolean", "description": "Default true." } } }, "transferCallTool": { "type": "object", "description": "Transfers the caller to a phone number.", "required": ["type", "name", "description", "transferNumber", "transferOption"], "additionalProperties": false, "properties": { "type": { "const": "transfer_call" }, "name": { "type": "string", "minLength": 1, "pattern": "^\\S+$", "description": "Tool name, no whitespace, unique within the agent." }, "description": { "type": "string", "description": "What the tool does; the LLM reads it to decide when to call the tool." }, "enabled": { "type": "boolean", "description": "Default true." }, "transferNumber": { "$ref": "#/$defs/e164" }, "transferOption": { "type": "object", "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["cold_transfer", "warm_transfer"], "description": "Default cold_transfer." }, "privateHandoffOption": { "$ref": "#/$defs/handoffOption" }, "publicHandoffOption": { "$ref": "#/$defs/handoffOption" } } }, "onHoldMusic": { "type": "string", "enum": ["ringtone", "relaxing_sound", "uplifting_beats", "none"], "description": "Default ringtone." }, "transferOnlyIfHuman": { "type": "boolean", "description": "Default true." }, "detectionTimeout": { "type": "integer", "minimum": 5, "maximum": 60, "description": "Seconds. Default 30." } } }, "apiCallTool": { "type": "object", "description": "Calls an HTTP API during the conversation.", "required": ["type", "name", "description", "url", "method"], "additionalProperties": false, "properties": { "type": { "const": "api_call" }, "name": { "type": "string", "minLength": 1, "pattern": "^\\S+$", "description": "Tool name, no whitespace, unique within the agent." }, "description": { "type": "string", "description": "What the tool does; the LLM reads it to decide when to call the tool." }, "enabled": { "type": "boolean", "description": "Default true." }, "url": { "type": "string", "pattern": "^https?://\\S+$", "description": "http(s) URL; may contain {{var}} templates." }, "method": { "type": "string", "enum": ["GET", "POST", "PUT", "DELETE", "PATCH"] }, "timeout": { "type": "integer", "minimum": 1e3, "maximum": 3e4, "description": "MILLISECONDS (1000-30000). Default 5000. Note: preCallAPI.timeout is in seconds." }, "headers": { "$ref": "#/$defs/stringMap" }, "headersArray": { "type": "array", "items": { "$ref": "#/$defs/keyValue" } }, "queryParams": { "type": "array", "items": { "$ref": "#/$defs/keyValue" } }, "requestBody": { "type": "string", "description": "JSON text with {{var}} templating." }, "llmParameters": { "type": "array", "items": { "$ref": "#/$defs/llmParameter" } }, "responseVariables": { "type": "array", "items": { "$ref": "#/$defs/responseVariable" } } } }, "extractDynamicVariablesTool": { "type": "object", "description": "Extracts variables from the conversation.", "required": ["type", "name", "description", "variablesExtractionSchema"], "additionalProperties": false, "properties": { "type": { "const": "extract_dynamic_variables" }, "name": { "type": "string", "minLength": 1, "pattern": "^\\S+$", "description": "Tool name, no whitespace, unique within the agent." }, "description": { "type": "string", "description": "What the tool does; the LLM reads it to decide when to call the tool." }, "enabled": { "type": "boolean", "description": "Default true." }, "variablesExtractionSchema": { "type": "array", "items": { "$ref": "#/$defs/variableSpec" }, "minItems": 1 } } }, "knowledgeBaseSearchTool": { "type": "object", "description": "Searches a knowledge base.", "required": ["type", "name", "description"], "additionalProperties": false, "properties": { "type": { "const": "knowledge_base_search" }, "name": { "type": "string", "minLength": 1, "pattern": "^\\S+$", "description": "Tool name, no whitespace, unique within the agent." }, "description": { "type": "string", "description": "What the tool does; the LLM reads it to decide when to call the tool." }, "enabled": { "type": "boolean", "description": "Default true." }, "knowledgeBaseId": { "type": "string", "minLength": 1, "description": "A literal knowledge base id (24 hex); or write knowledgeBase: <name> instead." }, "knowledgeBase": { "type": "string", "minLength": 1, "description": "The `metadata.name` of a KnowledgeBase definition, resolved to its id per environment at plan time (instead of knowledgeBaseId)." }, "fillerPhrases": { "type": "array", "items": { "type": "string" } } }, "oneOf": [{ "properties": { "knowledgeBaseId": { "type": "string" } }, "required": ["knowledgeBaseId"] }, { "properties": { "knowledgeBase": { "type": "string" } }, "required": ["knowledgeBase"] }] }, "tool": { "type": "object", "description": "One tool; its fields depend on `type`.", "required": ["type", "name", "description"], "properties": { "type": { "type": "string", "enum": ["end_call", "transfer_call", "api_call", "extract_dynamic_variables", "knowledge_base_search"], "description": "Tool type (discriminator)." } }, "allOf": [{ "if": { "type": "object", "properties": { "type": { "const": "end_call" } }, "required": ["type"] }, "then": { "$ref": "#/$defs/endCallTool" } }, { "if": { "type": "object", "properties": { "type": { "const": "transfer_call" } }, "required": ["type"] }, "then": { "$ref": "#/$defs/transferCallTool" } }, { "if": { "type": "object", "properties": { "type": { "const": "api_call" } }, "required": ["type"] }, "then": { "$ref": "#/$defs/apiCallTool" } }, { "if": { "type": "object", "properties": { "type": { "const": "extract_dynamic_variables" } }, "required": ["type"] }, "then": { "$ref": "#/$defs/extractDynamicVariablesTool" } }, { "if": { "type": "object", "properties": { "type": { "const": "knowledge_base_search" } }, "required": ["type"] }, "then": { "$ref": "#/$defs/knowledgeBaseSearchTool" } }] }, "dispositionMetric": { "type": "object", "required": ["identifier", "dispositionMetricPrompt", "dispositionMetricType"], "additionalProperties": false, "properties": { "identifier": { "type": "string", "pattern": "^[a-z0-9_]+$", "description": "lower_snake_case, unique within the list." }, "dispositionMetricPrompt": { "type": "string", "minLength": 1 }, "dispositionMetricType": { "type": "string", "enum": ["STRING", "BOOLEAN", "INTEGER", "ENUM", "DATETIME"] }, "choices": { "type": "array", "items": { "type": "string" }, "minItems": 1, "description": "Required for ENUM metrics." } }, "if": { "type": "object", "properties": { "dispositionMetricType": { "const": "ENUM" } }, "required": ["dispositionMetricType"] }, "then": { "type": "object", "properties": { "choices": true }, "required": ["choices"] } }, "spec": { "type": "object", "description": "The versioned config (draft-config body).", "additionalProperties": false, "properties": { "prompt": { "description": "singlePromptConfig.prompt: the text, { file: path }, or { files: [path, \u2026] } joined in order with one blank line between them; paths are relative to the YAML file that sets the prompt.", "anyOf": [{ "type": "string" }, { "type": "object", "required": ["file"], "additionalProperties": false, "properties": { "file": { "type": "string", "minLength": 1 } } }, { "type": "object", "required": ["files"], "additionalProperties": false, "properties": { "files": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 } } }] }, "tools": { "type": "array", "items": { "$ref": "#/$defs/toolEntry" }, "description": "singlePromptConfig.tools (replaced wholesale). Each entry is a tool, or { ref: path } to a file of kind Tool." }, "firstMessage": { "type": "string", "maxLength": 500, "description": "Opening line." }, "slmModel": { "type": "string", "enum": ["electron", "electron-kogta", "electron-kogta-v2", "gpt-4o", "gpt-4.1", "gpt-5.2", "gpt-realtime", "gpt-realtime-mini"], "description": "LLM. Default electron." }, "customLLMWebSocketUrl": { "type": "string", "pattern": "^wss?://\\S+$", "description": "ws(s) URL; overrides slmModel at runtime." }, "transcriberType": { "type": "string", "minLength": 1, "description": "STT engine, e.g. pulse." }, "language": { "type": "object", "description": "`switching` is required whenever `language` is set ({ isEnabled: false } is enough).", "required": ["switching"], "additionalProperties": false, "properties": { "default": { "type": "string", "enum": ["en", "hi", "mr", "gu", "ta", "es", "north_indic", "bn", "or"], "description": "Must be in `supported`. Default en." }, "supported": { "type": "array", "items": { "type": "string", "enum": ["en", "hi", "mr", "gu", "ta", "es", "north_indic", "bn", "or"] }, "minItems": 1, "uniqueItems": true }, "switching": { "type": "object", "additionalProperties": false, "properties": { "isEnabled": { "type": "boolean" }, "minWordsForDetection": { "type": "number", "minimum": 1, "maximum": 10 }, "strongSignalThreshold": { "type": "number", "minimum": 0.1, "maximum": 0.9 }, "weakSignalThreshold": { "type": "number", "minimum": 0.1, "maximum": 0.9 }, "minConsecutiveForWeakThresholdSwitch": { "type": "number", "minimum": 1, "maximum": 5 } } } } }, "synthesizer": { "type": "object", "additionalProperties": false, "properties": { "voiceConfig": { "type": "object", "additionalProperties": false, "properties": { "model": { "type": "string", "enum": ["waves_lightning_v3_1", "gpt-realtime", "gpt-realtime-mini", "waves", "waves_lightning_large", "waves_lightning_large_voice_clone", "waves_lightning_v2", "waves_lightning_v3", "waves_lightning_v2_http"], "description": "Current: waves_lightning_v3_1, gpt-realtime, gpt-realtime-mini. Other values are legacy: read from older agents, but refused by validate as the API refuses them on write." }, "voiceId": { "type": "string", "minLength": 1 }, "gender": { "type": "string", "enum": ["male", "female"] } } }, "speed": { "type": "number", "minimum": 0, "maximum": 2 }, "consistency": { "type": "number", "minimum": 0, "maximum": 1 }, "similarity": { "type": "number", "minimum": 0, "maximum": 1 }, "enhancement": { "type": "number", "enum": [0, 1, 2] }, "sampleRate": { "type": "number", "enum": [8e3, 16e3, 24e3, 44100] } } }, "allowInterruptions": { "type": "boolean" }, "waitForUserToSpeakFirst": { "type": "boolean" }, "muteUserUntilFirstBotResponse": { "type": "boolean" }, "interruptionBackoffTimer": { "type": "number", "minimum": 0, "maximum": 10, "description": "Seconds." }, "smartTurnConfig": { "type": "object", "additionalProperties": false, "properties": { "isEnabled": { "type": "boolean" }, "waitTimeInSecs": { "type": "number", "minimum": 0, "maximum": 10 } } }, "voiceDetectionConfig": { "type": "object", "additionalProperties": false, "properties": { "confidence": { "type": "number", "minimum": 0, "maximum": 1 }, "minVolume": { "type": "number", "minimum": 0, "maximum": 1 }, "triggerTimeInSecs": { "type": "number", "minimum": 0, "maximum": 10 }, "releaseTimeInSecs": { "type": "number", "minimum": 0, "maximum": 10 } } }, "voiceMailDetectionConfig": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "description": "Note: `enabled`, not `isEnabled`." }, "endText": { "type": "string", "maxLength": 200 } } }, "denoisingConfig": { "type": "object", "additionalProperties": false, "properties": { "isEnabled": { "type": "boolean" } } }, "redactionConfig": { "type": "object", "additionalProperties": false, "properties": { "isEnabled": { "type": "boolean", "description": "PII redaction; on by default." } } }, "pronunciationDicts": { "type": "array", "items": { "type": "object", "required": ["word", "pronunciation"], "additionalProperties": false, "properties": { "word": { "type": "string", "minLength": 1 }, "pronunciation": { "type": "string", "minLength": 1 } } } }, "llmIdleTimeoutConfig": { "type": "object", "additionalProperties": false, "properties": { "chatTimeoutTimeInSecs": { "type": "number", "minimum": 1, "maximum": 300 }, "webcallTimeoutTimeInSecs": { "type": "number", "minimum": 1, "maximum": 300 }, "telephonyTimeoutTimeInSecs": { "type": "number", "minimum": 1, "maximum": 300 }, "maxRetries": { "type": "number", "minimum": 0 } } }, "sessionTimeoutConfig": { "type": "object", "additionalProperties": false, "properties": { "timeoutTimeInSecs": { "type": "number", "exclusiveMinimum": 0, "maximum": 3600, "description": "Seconds, max 3600. Default 1800." } } }, "timezone": { "type": "object", "required": ["label", "offset"], "additionalProperties": false, "properties": { "label": { "type": "string", "minLength": 1, "description": "e.g. Asia/Kolkata" }, "offset": { "type": "number", "minimum": -720, "maximum": 840, "description": "Minutes from UTC." } } }, "callDispositionConfig": { "type": "string" }, "backgroundSound": { "type": "string", "enum": ["", "office", "cafe", "call_center", "static"] }, "enableStyleGuide": { "type": "boolean" }, "speechFormatting": { "type": "boolean" }, "defaultVariables": { "$ref": "#/$defs/scalarMap", "description": "Used when a call supplies no variables." }, "globalKnowledgeBaseId": { "type": "string", "minLength": 1 }, "knowledgeBase": { "type": "string", "minLength": 1, "description": "The `metadata.name` of a KnowledgeBase definition, resolved to `globalKnowledgeBaseId` per environment at plan time." }, "preCallAPI": { "type": "object", "required": ["url", "method"], "additionalProperties": false, "properties": { "isEnabled": { "type": "boolean" }, "url": { "type": "string", "pattern": "^https?://\\S+$" }, "method": { "type": "string", "enum": ["GET", "POST", "PUT", "DELETE", "PATCH"] }, "headers": { "$ref": "#/$defs/stringMap" }, "body": { "type": "object" }, "timeout": { "type": "integer", "minimum": 1, "maximum": 30, "description": "SECONDS (1-30). Default 5. Note: api_call tool timeouts are in milliseconds." }, "queryParams": { "$ref": "#/$defs/scalarMap" }, "responseVariables": { "type": "array", "items": { "$ref": "#/$defs/responseVariable" } } } }, "postCallAnalyticsConfig": { "type": "object", "additionalProperties": false, "properties": { "dispositionMetrics": { "type": "array", "items": { "$ref": "#/$defs/dispositionMetric" } }, "useInternalAnalyticsModel": { "type": "boolean", "description": "Default true." }, "useReasoningModel": { "type": "boolean", "description": "Default false." } } } } }, "extends": { "description": "Bases (files of kind AgentBase), relative to this file, merged left to right before this file: objects merge key by key, lists and scalars are replaced whole. Metadata is never inherited.", "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] }, "toolRef": { "type": "object", "description": "A shared tool: a file of kind Tool, relative to the YAML file that lists it.", "required": ["ref"], "additionalProperties": false, "properties": { "ref": { "type": "string", "minLength": 1 } } }, "toolEntry": { "description": "A tool, or { ref: path } to a shared tool file.", "if": { "type": "object", "properties": { "ref": true }, "required": ["ref"] }, "then": { "$ref": "#/$defs/toolRef" }, "else": { "$ref": "#/$defs/tool" } } } };
var schema57 = { "description": "Bases (files of kind AgentBase), relative to this file, merged left to right before this file: objects merge key by key, lists and scalars are replaced whole. Metadata is never inherited.", "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] };
var schema32 = { "type": "object", "description": "Agent metadata (not versioned; written with PATCH /agent/{id}).", "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 100, "pattern": "^\\S(.*\\S)?$", "description": "Identity: matches the remote agent's name." }, "id": { "type": "string", "pattern": "^[0-9a-f]{24}$", "description": "Pins the remote agent id (24 lowercase hex)." }, "description": { "type": "string", "description": "Agent description (metadata, not versioned)." }, "allowInboundCall": { "type": "boolean", "description": "Whether the agent accepts inbound calls." }, "visibleToEveryone": { "type": "boolean", "description": "Whether every member of the organization sees the agent." }, "avatarUrl": { "type": "string", "pattern": "^https?://\\S+$" }, "phoneNumbers": { "type": "array", "items": { "$ref": "#/$defs/e164" }, "uniqueItems": true, "description": "E.164 numbers linked to the agent. Managed only when set." }, "protect": { "type": "boolean", "description": "Forbids archiving by --prune." }, "webhook": { "type": "object", "required": ["name", "events"], "additionalProperties": false, "description": "Subscribes the agent to a Webhook definition (one webhook per agent). Immediate: not versioned, no platform rollback.", "properties": { "name": { "type": "string", "minLength": 1, "description": "The `metadata.name` of a Webhook definition." }, "events": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["pre-conversation", "post-conversation", "analytics-completed"] } } } } } };
var schema33 = { "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "description": "E.164 phone number, e.g. +14155550123." };
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var func0 = require_equal().default;
var pattern4 = new RegExp("^\\S(.*\\S)?$", "u");
var pattern5 = new RegExp("^[0-9a-f]{24}$", "u");
var pattern6 = new RegExp("^https?://\\S+$", "u");
var pattern7 = new RegExp("^\\+[1-9]\\d{1,14}$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema32.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^\\S(.*\\S)?$" }, message: 'must match pattern "^\\S(.*\\S)?$"', schema: "^\\S(.*\\S)?$", parentSchema: schema32.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{24}$" }, message: 'must match pattern "^[0-9a-f]{24}$"', schema: "^[0-9a-f]{24}$", parentSchema: schema32.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.id.type, parentSchema: schema32.properties.id, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.description.type, parentSchema: schema32.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.allowInboundCall !== void 0) {
      let data3 = data.allowInboundCall;
      if (typeof data3 !== "boolean") {
        const err9 = { instancePath: instancePath + "/allowInboundCall", schemaPath: "#/properties/allowInboundCall/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.allowInboundCall.type, parentSchema: schema32.properties.allowInboundCall, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.visibleToEveryone !== void 0) {
      let data4 = data.visibleToEveryone;
      if (typeof data4 !== "boolean") {
        const err10 = { instancePath: instancePath + "/visibleToEveryone", schemaPath: "#/properties/visibleToEveryone/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.visibleToEveryone.type, parentSchema: schema32.properties.visibleToEveryone, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.avatarUrl !== void 0) {
      let data5 = data.avatarUrl;
      if (typeof data5 === "string") {
        if (!pattern6.test(data5)) {
          const err11 = { instancePath: instancePath + "/avatarUrl", schemaPath: "#/properties/avatarUrl/pattern", keyword: "pattern", params: { pattern: "^https?://\\S+$" }, message: 'must match pattern "^https?://\\S+$"', schema: "^https?://\\S+$", parentSchema: schema32.properties.avatarUrl, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/avatarUrl", schemaPath: "#/properties/avatarUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.avatarUrl.type, parentSchema: schema32.properties.avatarUrl, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.phoneNumbers !== void 0) {
      let data6 = data.phoneNumbers;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 === "string") {
            if (!pattern7.test(data7)) {
              const err13 = { instancePath: instancePath + "/phoneNumbers/" + i0, schemaPath: "#/$defs/e164/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"', schema: "^\\+[1-9]\\d{1,14}$", parentSchema: schema33, data: data7 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/phoneNumbers/" + i0, schemaPath: "#/$defs/e164/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        let i1 = data6.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data6[i1], data6[j0])) {
                const err15 = { instancePath: instancePath + "/phoneNumbers", schemaPath: "#/properties/phoneNumbers/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema32.properties.phoneNumbers, data: data6 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/phoneNumbers", schemaPath: "#/properties/phoneNumbers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.phoneNumbers.type, parentSchema: schema32.properties.phoneNumbers, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.protect !== void 0) {
      let data8 = data.protect;
      if (typeof data8 !== "boolean") {
        const err17 = { instancePath: instancePath + "/protect", schemaPath: "#/properties/protect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.protect.type, parentSchema: schema32.properties.protect, data: data8 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.webhook !== void 0) {
      let data9 = data.webhook;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.name === void 0) {
          const err18 = { instancePath: instancePath + "/webhook", schemaPath: "#/properties/webhook/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.properties.webhook.required, parentSchema: schema32.properties.webhook, data: data9 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data9.events === void 0) {
          const err19 = { instancePath: instancePath + "/webhook", schemaPath: "#/properties/webhook/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'", schema: schema32.properties.webhook.required, parentSchema: schema32.properties.webhook, data: data9 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        for (const key1 in data9) {
          if (!(key1 === "name" || key1 === "events")) {
            const err20 = { instancePath: instancePath + "/webhook", schemaPath: "#/properties/webhook/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.webhook, data: data9 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data9.name !== void 0) {
          let data10 = data9.name;
          if (typeof data10 === "string") {
            if (func2(data10) < 1) {
              const err21 = { instancePath: instancePath + "/webhook/name", schemaPath: "#/properties/webhook/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.webhook.properties.name, data: data10 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/webhook/name", schemaPath: "#/properties/webhook/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.webhook.properties.name.type, parentSchema: schema32.properties.webhook.properties.name, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data9.events !== void 0) {
          let data11 = data9.events;
          if (Array.isArray(data11)) {
            if (data11.length < 1) {
              const err23 = { instancePath: instancePath + "/webhook/events", schemaPath: "#/properties/webhook/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.webhook.properties.events, data: data11 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            const len1 = data11.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data12 = data11[i2];
              if (!(data12 === "pre-conversation" || data12 === "post-conversation" || data12 === "analytics-completed")) {
                const err24 = { instancePath: instancePath + "/webhook/events/" + i2, schemaPath: "#/properties/webhook/properties/events/items/enum", keyword: "enum", params: { allowedValues: schema32.properties.webhook.properties.events.items.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.webhook.properties.events.items.enum, parentSchema: schema32.properties.webhook.properties.events.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            let i3 = data11.length;
            let j1;
            if (i3 > 1) {
              outer1: for (; i3--; ) {
                for (j1 = i3; j1--; ) {
                  if (func0(data11[i3], data11[j1])) {
                    const err25 = { instancePath: instancePath + "/webhook/events", schemaPath: "#/properties/webhook/properties/events/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema32.properties.webhook.properties.events, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                    break outer1;
                  }
                }
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/webhook/events", schemaPath: "#/properties/webhook/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.webhook.properties.events.type, parentSchema: schema32.properties.webhook.properties.events, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/webhook", schemaPath: "#/properties/webhook/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.webhook.type, parentSchema: schema32.properties.webhook, data: data9 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema34 = { "type": "object", "description": "The versioned config (draft-config body).", "additionalProperties": false, "properties": { "prompt": { "description": "singlePromptConfig.prompt: the text, { file: path }, or { files: [path, \u2026] } joined in order with one blank line between them; paths are relative to the YAML file that sets the prompt.", "anyOf": [{ "type": "string" }, { "type": "object", "required": ["file"], "additionalProperties": false, "properties": { "file": { "type": "string", "minLength": 1 } } }, { "type": "object", "required": ["files"], "additionalProperties": false, "properties": { "files": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 } } }] }, "tools": { "type": "array", "items": { "$ref": "#/$defs/toolEntry" }, "description": "singlePromptConfig.tools (replaced wholesale). Each entry is a tool, or { ref: path } to a file of kind Tool." }, "firstMessage": { "type": "string", "maxLength": 500, "description": "Opening line." }, "slmModel": { "type": "string", "enum": ["electron", "electron-kogta", "electron-kogta-v2", "gpt-4o", "gpt-4.1", "gpt-5.2", "gpt-realtime", "gpt-realtime-mini"], "description": "LLM. Default electron." }, "customLLMWebSocketUrl": { "type": "string", "pattern": "^wss?://\\S+$", "description": "ws(s) URL; overrides slmModel at runtime." }, "transcriberType": { "type": "string", "minLength": 1, "description": "STT engine, e.g. pulse." }, "language": { "type": "object", "description": "`switching` is required whenever `language` is set ({ isEnabled: false } is enough).", "required": ["switching"], "additionalProperties": false, "properties": { "default": { "type": "string", "enum": ["en", "hi", "mr", "gu", "ta", "es", "north_indic", "bn", "or"], "description": "Must be in `supported`. Default en." }, "supported": { "type": "array", "items": { "type": "string", "enum": ["en", "hi", "mr", "gu", "ta", "es", "north_indic", "bn", "or"] }, "minItems": 1, "uniqueItems": true }, "switching": { "type": "object", "additionalProperties": false, "properties": { "isEnabled": { "type": "boolean" }, "minWordsForDetection": { "type": "number", "minimum": 1, "maximum": 10 }, "strongSignalThreshold": { "type": "number", "minimum": 0.1, "maximum": 0.9 }, "weakSignalThreshold": { "type": "number", "minimum": 0.1, "maximum": 0.9 }, "minConsecutiveForWeakThresholdSwitch": { "type": "number", "minimum": 1, "maximum": 5 } } } } }, "synthesizer": { "type": "object", "additionalProperties": false, "properties": { "voiceConfig": { "type": "object", "additionalProperties": false, "properties": { "model": { "type": "string", "enum": ["waves_lightning_v3_1", "gpt-realtime", "gpt-realtime-mini", "waves", "waves_lightning_large", "waves_lightning_large_voice_clone", "waves_lightning_v2", "waves_lightning_v3", "waves_lightning_v2_http"], "description": "Current: waves_lightning_v3_1, gpt-realtime, gpt-realtime-mini. Other values are legacy: read from older agents, but refused by validate as the API refuses them on write." }, "voiceId": { "type": "string", "minLength": 1 }, "gender": { "type": "string", "enum": ["male", "female"] } } }, "speed": { "type": "number", "minimum": 0, "maximum": 2 }, "consistency": { "type": "number", "minimum": 0, "maximum": 1 }, "similarity": { "type": "number", "minimum": 0, "maximum": 1 }, "enhancement": { "type": "number", "enum": [0, 1, 2] }, "sampleRate": { "type": "number", "enum": [8e3, 16e3, 24e3, 44100] } } }, "allowInterruptions": { "type": "boolean" }, "waitForUserToSpeakFirst": { "type": "boolean" }, "muteUserUntilFirstBotResponse": { "type": "boolean" }, "interruptionBackoffTimer": { "type": "number", "minimum": 0, "maximum": 10, "description": "Seconds." }, "smartTurnConfig": { "type": "object", "additionalProperties": false, "properties": { "isEnabled": { "type": "boolean" }, "waitTimeInSecs": { "type": "number", "minimum": 0, "maximum": 10 } } }, "voiceDetectionConfig": { "type": "object", "additionalProperties": false, "properties": { "confidence": { "type": "number", "minimum": 0, "maximum": 1 }, "minVolume": { "type": "number", "minimum": 0, "maximum": 1 }, "triggerTimeInSecs": { "type": "number", "minimum": 0, "maximum": 10 }, "releaseTimeInSecs": { "type": "number", "minimum": 0, "maximum": 10 } } }, "voiceMailDetectionConfig": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "description": "Note: `enabled`, not `isEnabled`." }, "endText": { "type": "string", "maxLength": 200 } } }, "denoisingConfig": { "type": "object", "additionalProperties": false, "properties": { "isEnabled": { "type": "boolean" } } }, "redactionConfig": { "type": "object", "additionalProperties": false, "properties": { "isEnabled": { "type": "boolean", "description": "PII redaction; on by default." } } }, "pronunciationDicts": { "type": "array", "items": { "type": "object", "required": ["word", "pronunciation"], "additionalProperties": false, "properties": { "word": { "type": "string", "minLength": 1 }, "pronunciation": { "type": "string", "minLength": 1 } } } }, "llmIdleTimeoutConfig": { "type": "object", "additionalProperties": false, "properties": { "chatTimeoutTimeInSecs": { "type": "number", "minimum": 1, "maximum": 300 }, "webcallTimeoutTimeInSecs": { "type": "number", "minimum": 1, "maximum": 300 }, "telephonyTimeoutTimeInSecs": { "type": "number", "minimum": 1, "maximum": 300 }, "maxRetries": { "type": "number", "minimum": 0 } } }, "sessionTimeoutConfig": { "type": "object", "additionalProperties": false, "properties": { "timeoutTimeInSecs": { "type": "number", "exclusiveMinimum": 0, "maximum": 3600, "description": "Seconds, max 3600. Default 1800." } } }, "timezone": { "type": "object", "required": ["label", "offset"], "additionalProperties": false, "properties": { "label": { "type": "string", "minLength": 1, "description": "e.g. Asia/Kolkata" }, "offset": { "type": "number", "minimum": -720, "maximum": 840, "description": "Minutes from UTC." } } }, "callDispositionConfig": { "type": "string" }, "backgroundSound": { "type": "string", "enum": ["", "office", "cafe", "call_center", "static"] }, "enableStyleGuide": { "type": "boolean" }, "speechFormatting": { "type": "boolean" }, "defaultVariables": { "$ref": "#/$defs/scalarMap", "description": "Used when a call supplies no variables." }, "globalKnowledgeBaseId": { "type": "string", "minLength": 1 }, "knowledgeBase": { "type": "string", "minLength": 1, "description": "The `metadata.name` of a KnowledgeBase definition, resolved to `globalKnowledgeBaseId` per environment at plan time." }, "preCallAPI": { "type": "object", "required": ["url", "method"], "additionalProperties": false, "properties": { "isEnabled": { "type": "boolean" }, "url": { "type": "string", "pattern": "^https?://\\S+$" }, "method": { "type": "string", "enum": ["GET", "POST", "PUT", "DELETE", "PATCH"] }, "headers": { "$ref": "#/$defs/stringMap" }, "body": { "type": "object" }, "timeout": { "type": "integer", "minimum": 1, "maximum": 30, "description": "SECONDS (1-30). Default 5. Note: api_call tool timeouts are in milliseconds." }, "queryParams": { "$ref": "#/$defs/scalarMap" }, "responseVariables": { "type": "array", "items": { "$ref": "#/$defs/responseVariable" } } } }, "postCallAnalyticsConfig": { "type": "object", "additionalProperties": false, "properties": { "dispositionMetrics": { "type": "array", "items": { "$ref": "#/$defs/dispositionMetric" } }, "useInternalAnalyticsModel": { "type": "boolean", "description": "Default true." }, "useReasoningModel": { "type": "boolean", "description": "Default false." } } } } };
var schema52 = { "type": "object", "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] } };
var schema44 = { "type": "object", "additionalProperties": { "type": "string" } };
var schema48 = { "type": "object", "required": ["variableName", "jsonPath"], "additionalProperties": false, "properties": { "variableName": { "type": "string", "minLength": 1 }, "jsonPath": { "type": "string", "minLength": 1 } } };
var schema56 = { "type": "object", "required": ["identifier", "dispositionMetricPrompt", "dispositionMetricType"], "additionalProperties": false, "properties": { "identifier": { "type": "string", "pattern": "^[a-z0-9_]+$", "description": "lower_snake_case, unique within the list." }, "dispositionMetricPrompt": { "type": "string", "minLength": 1 }, "dispositionMetricType": { "type": "string", "enum": ["STRING", "BOOLEAN", "INTEGER", "ENUM", "DATETIME"] }, "choices": { "type": "array", "items": { "type": "string" }, "minItems": 1, "description": "Required for ENUM metrics." } }, "if": { "type": "object", "properties": { "dispositionMetricType": { "const": "ENUM" } }, "required": ["dispositionMetricType"] }, "then": { "type": "object", "properties": { "choices": true }, "required": ["choices"] } };
var schema35 = { "description": "A tool, or { ref: path } to a shared tool file.", "if": { "type": "object", "properties": { "ref": true }, "required": ["ref"] }, "then": { "$ref": "#/$defs/toolRef" }, "else": { "$ref": "#/$defs/tool" } };
var schema36 = { "type": "object", "description": "A shared tool: a file of kind Tool, relative to the YAML file that lists it.", "required": ["ref"], "additionalProperties": false, "properties": { "ref": { "type": "string", "minLength": 1 } } };
var schema37 = { "type": "object", "description": "One tool; its fields depend on `type`.", "required": ["type", "name", "description"], "properties": { "type": { "type": "string", "enum": ["end_call", "transfer_call", "api_call", "extract_dynamic_variables", "knowledge_base_search"], "description": "Tool type (discriminator)." } }, "allOf": [{ "if": { "type": "object", "properties": { "type": { "const": "end_call" } }, "required": ["type"] }, "then": { "$ref": "#/$defs/endCallTool" } }, { "if": { "type": "object", "properties": { "type": { "const": "transfer_call" } }, "required": ["type"] }, "then": { "$ref": "#/$defs/transferCallTool" } }, { "if": { "type": "object", "properties": { "type": { "const": "api_call" } }, "required": ["type"] }, "then": { "$ref": "#/$defs/apiCallTool" } }, { "if": { "type": "object", "properties": { "type": { "const": "extract_dynamic_variables" } }, "required": ["type"] }, "then": { "$ref": "#/$defs/extractDynamicVariablesTool" } }, { "if": { "type": "object", "properties": { "type": { "const": "knowledge_base_search" } }, "required": ["type"] }, "then": { "$ref": "#/$defs/knowledgeBaseSearchTool" } }] };
var schema38 = { "type": "object", "description": "Ends the call.", "required": ["type", "name", "description"], "additionalProperties": false, "properties": { "type": { "const": "end_call" }, "name": { "type": "string", "minLength": 1, "pattern": "^\\S+$", "description": "Tool name, no whitespace, unique within the agent." }, "description": { "type": "string", "description": "What the tool does; the LLM reads it to decide when to call the tool." }, "enabled": { "type": "boolean", "description": "Default true." } } };
var schema51 = { "type": "object", "description": "Searches a knowledge base.", "required": ["type", "name", "description"], "additionalProperties": false, "properties": { "type": { "const": "knowledge_base_search" }, "name": { "type": "string", "minLength": 1, "pattern": "^\\S+$", "description": "Tool name, no whitespace, unique within the agent." }, "description": { "type": "string", "description": "What the tool does; the LLM reads it to decide when to call the tool." }, "enabled": { "type": "boolean", "description": "Default true." }, "knowledgeBaseId": { "type": "string", "minLength": 1, "description": "A literal knowledge base id (24 hex); or write knowledgeBase: <name> instead." }, "knowledgeBase": { "type": "string", "minLength": 1, "description": "The `metadata.name` of a KnowledgeBase definition, resolved to its id per environment at plan time (instead of knowledgeBaseId)." }, "fillerPhrases": { "type": "array", "items": { "type": "string" } } }, "oneOf": [{ "properties": { "knowledgeBaseId": { "type": "string" } }, "required": ["knowledgeBaseId"] }, { "properties": { "knowledgeBase": { "type": "string" } }, "required": ["knowledgeBase"] }] };
var pattern8 = new RegExp("^\\S+$", "u");
var schema39 = { "type": "object", "description": "Transfers the caller to a phone number.", "required": ["type", "name", "description", "transferNumber", "transferOption"], "additionalProperties": false, "properties": { "type": { "const": "transfer_call" }, "name": { "type": "string", "minLength": 1, "pattern": "^\\S+$", "description": "Tool name, no whitespace, unique within the agent." }, "description": { "type": "string", "description": "What the tool does; the LLM reads it to decide when to call the tool." }, "enabled": { "type": "boolean", "description": "Default true." }, "transferNumber": { "$ref": "#/$defs/e164" }, "transferOption": { "type": "object", "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["cold_transfer", "warm_transfer"], "description": "Default cold_transfer." }, "privateHandoffOption": { "$ref": "#/$defs/handoffOption" }, "publicHandoffOption": { "$ref": "#/$defs/handoffOption" } } }, "onHoldMusic": { "type": "string", "enum": ["ringtone", "relaxing_sound", "uplifting_beats", "none"], "description": "Default ringtone." }, "transferOnlyIfHuman": { "type": "boolean", "description": "Default true." }, "detectionTimeout": { "type": "integer", "minimum": 5, "maximum": 60, "description": "Seconds. Default 30." } } };
var schema41 = { "anyOf": [{ "type": "null" }, { "type": "object", "required": ["type", "prompt"], "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["prompt", "static"] }, "prompt": { "type": "string" } } }], "description": "Warm-transfer handoff: `prompt` (the LLM writes it) or `static` text. null is allowed here only." };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.transferNumber === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "transferNumber" }, message: "must have required property 'transferNumber'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.transferOption === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "transferOption" }, message: "must have required property 'transferOption'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema39.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("transfer_call" !== data0) {
        const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "transfer_call" }, message: "must be equal to constant", schema: "transfer_call", parentSchema: schema39.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern8.test(data1)) {
          const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^\\S+$" }, message: 'must match pattern "^\\S+$"', schema: "^\\S+$", parentSchema: schema39.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.name.type, parentSchema: schema39.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.description.type, parentSchema: schema39.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      let data3 = data.enabled;
      if (typeof data3 !== "boolean") {
        const err11 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.enabled.type, parentSchema: schema39.properties.enabled, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.transferNumber !== void 0) {
      let data4 = data.transferNumber;
      if (typeof data4 === "string") {
        if (!pattern7.test(data4)) {
          const err12 = { instancePath: instancePath + "/transferNumber", schemaPath: "#/$defs/e164/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9]\\d{1,14}$" }, message: 'must match pattern "^\\+[1-9]\\d{1,14}$"', schema: "^\\+[1-9]\\d{1,14}$", parentSchema: schema33, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/transferNumber", schemaPath: "#/$defs/e164/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.transferOption !== void 0) {
      let data5 = data.transferOption;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!(key1 === "type" || key1 === "privateHandoffOption" || key1 === "publicHandoffOption")) {
            const err14 = { instancePath: instancePath + "/transferOption", schemaPath: "#/properties/transferOption/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.transferOption, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data5.type !== void 0) {
          let data6 = data5.type;
          if (typeof data6 !== "string") {
            const err15 = { instancePath: instancePath + "/transferOption/type", schemaPath: "#/properties/transferOption/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.transferOption.properties.type.type, parentSchema: schema39.properties.transferOption.properties.type, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (!(data6 === "cold_transfer" || data6 === "warm_transfer")) {
            const err16 = { instancePath: instancePath + "/transferOption/type", schemaPath: "#/properties/transferOption/properties/type/enum", keyword: "enum", params: { allowedValues: schema39.properties.transferOption.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.transferOption.properties.type.enum, parentSchema: schema39.properties.transferOption.properties.type, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5.privateHandoffOption !== void 0) {
          let data7 = data5.privateHandoffOption;
          const _errs19 = errors;
          let valid4 = false;
          const _errs20 = errors;
          if (data7 !== null) {
            const err17 = { instancePath: instancePath + "/transferOption/privateHandoffOption", schemaPath: "#/$defs/handoffOption/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema41.anyOf[0].type, parentSchema: schema41.anyOf[0], data: data7 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          var _valid0 = _errs20 === errors;
          valid4 = valid4 || _valid0;
          const _errs22 = errors;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.type === void 0) {
              const err18 = { instancePath: instancePath + "/transferOption/privateHandoffOption", schemaPath: "#/$defs/handoffOption/anyOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema41.anyOf[1].required, parentSchema: schema41.anyOf[1], data: data7 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data7.prompt === void 0) {
              const err19 = { instancePath: instancePath + "/transferOption/privateHandoffOption", schemaPath: "#/$defs/handoffOption/anyOf/1/required", keyword: "required", params: { missingProperty: "prompt" }, message: "must have required property 'prompt'", schema: schema41.anyOf[1].required, parentSchema: schema41.anyOf[1], data: data7 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key2 in data7) {
              if (!(key2 === "type" || key2 === "prompt")) {
                const err20 = { instancePath: instancePath + "/transferOption/privateHandoffOption", schemaPath: "#/$defs/handoffOption/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.anyOf[1], data: data7 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data7.type !== void 0) {
              let data8 = data7.type;
              if (typeof data8 !== "string") {
                const err21 = { instancePath: instancePath + "/transferOption/privateHandoffOption/type", schemaPath: "#/$defs/handoffOption/anyOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.anyOf[1].properties.type.type, parentSchema: schema41.anyOf[1].properties.type, data: data8 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (!(data8 === "prompt" || data8 === "static")) {
                const err22 = { instancePath: instancePath + "/transferOption/privateHandoffOption/type", schemaPath: "#/$defs/handoffOption/anyOf/1/properties/type/enum", keyword: "enum", params: { allowedValues: schema41.anyOf[1].properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema41.anyOf[1].properties.type.enum, parentSchema: schema41.anyOf[1].properties.type, data: data8 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data7.prompt !== void 0) {
              let data9 = data7.prompt;
              if (typeof data9 !== "string") {
                const err23 = { instancePath: instancePath + "/transferOption/privateHandoffOption/prompt", schemaPath: "#/$defs/handoffOption/anyOf/1/properties/prompt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.anyOf[1].properties.prompt.type, parentSchema: schema41.anyOf[1].properties.prompt, data: data9 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/transferOption/privateHandoffOption", schemaPath: "#/$defs/handoffOption/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.anyOf[1].type, parentSchema: schema41.anyOf[1], data: data7 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          var _valid0 = _errs22 === errors;
          valid4 = valid4 || _valid0;
          if (!valid4) {
            const err25 = { instancePath: instancePath + "/transferOption/privateHandoffOption", schemaPath: "#/$defs/handoffOption/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema41.anyOf, parentSchema: schema41, data: data7 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          } else {
            errors = _errs19;
            if (vErrors !== null) {
              if (_errs19) {
                vErrors.length = _errs19;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data5.publicHandoffOption !== void 0) {
          let data10 = data5.publicHandoffOption;
          const _errs31 = errors;
          let valid7 = false;
          const _errs32 = errors;
          if (data10 !== null) {
            const err26 = { instancePath: instancePath + "/transferOption/publicHandoffOption", schemaPath: "#/$defs/handoffOption/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema41.anyOf[0].type, parentSchema: schema41.anyOf[0], data: data10 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          var _valid1 = _errs32 === errors;
          valid7 = valid7 || _valid1;
          const _errs34 = errors;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.type === void 0) {
              const err27 = { instancePath: instancePath + "/transferOption/publicHandoffOption", schemaPath: "#/$defs/handoffOption/anyOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema41.anyOf[1].required, parentSchema: schema41.anyOf[1], data: data10 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data10.prompt === void 0) {
              const err28 = { instancePath: instancePath + "/transferOption/publicHandoffOption", schemaPath: "#/$defs/handoffOption/anyOf/1/required", keyword: "required", params: { missingProperty: "prompt" }, message: "must have required property 'prompt'", schema: schema41.anyOf[1].required, parentSchema: schema41.anyOf[1], data: data10 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            for (const key3 in data10) {
              if (!(key3 === "type" || key3 === "prompt")) {
                const err29 = { instancePath: instancePath + "/transferOption/publicHandoffOption", schemaPath: "#/$defs/handoffOption/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.anyOf[1], data: data10 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data10.type !== void 0) {
              let data11 = data10.type;
              if (typeof data11 !== "string") {
                const err30 = { instancePath: instancePath + "/transferOption/publicHandoffOption/type", schemaPath: "#/$defs/handoffOption/anyOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.anyOf[1].properties.type.type, parentSchema: schema41.anyOf[1].properties.type, data: data11 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
              if (!(data11 === "prompt" || data11 === "static")) {
                const err31 = { instancePath: instancePath + "/transferOption/publicHandoffOption/type", schemaPath: "#/$defs/handoffOption/anyOf/1/properties/type/enum", keyword: "enum", params: { allowedValues: schema41.anyOf[1].properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema41.anyOf[1].properties.type.enum, parentSchema: schema41.anyOf[1].properties.type, data: data11 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data10.prompt !== void 0) {
              let data12 = data10.prompt;
              if (typeof data12 !== "string") {
                const err32 = { instancePath: instancePath + "/transferOption/publicHandoffOption/prompt", schemaPath: "#/$defs/handoffOption/anyOf/1/properties/prompt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.anyOf[1].properties.prompt.type, parentSchema: schema41.anyOf[1].properties.prompt, data: data12 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/transferOption/publicHandoffOption", schemaPath: "#/$defs/handoffOption/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.anyOf[1].type, parentSchema: schema41.anyOf[1], data: data10 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          var _valid1 = _errs34 === errors;
          valid7 = valid7 || _valid1;
          if (!valid7) {
            const err34 = { instancePath: instancePath + "/transferOption/publicHandoffOption", schemaPath: "#/$defs/handoffOption/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema41.anyOf, parentSchema: schema41, data: data10 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          } else {
            errors = _errs31;
            if (vErrors !== null) {
              if (_errs31) {
                vErrors.length = _errs31;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/transferOption", schemaPath: "#/properties/transferOption/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.transferOption.type, parentSchema: schema39.properties.transferOption, data: data5 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.onHoldMusic !== void 0) {
      let data13 = data.onHoldMusic;
      if (typeof data13 !== "string") {
        const err36 = { instancePath: instancePath + "/onHoldMusic", schemaPath: "#/properties/onHoldMusic/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.onHoldMusic.type, parentSchema: schema39.properties.onHoldMusic, data: data13 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      if (!(data13 === "ringtone" || data13 === "relaxing_sound" || data13 === "uplifting_beats" || data13 === "none")) {
        const err37 = { instancePath: instancePath + "/onHoldMusic", schemaPath: "#/properties/onHoldMusic/enum", keyword: "enum", params: { allowedValues: schema39.properties.onHoldMusic.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.onHoldMusic.enum, parentSchema: schema39.properties.onHoldMusic, data: data13 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.transferOnlyIfHuman !== void 0) {
      let data14 = data.transferOnlyIfHuman;
      if (typeof data14 !== "boolean") {
        const err38 = { instancePath: instancePath + "/transferOnlyIfHuman", schemaPath: "#/properties/transferOnlyIfHuman/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.transferOnlyIfHuman.type, parentSchema: schema39.properties.transferOnlyIfHuman, data: data14 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.detectionTimeout !== void 0) {
      let data15 = data.detectionTimeout;
      if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
        const err39 = { instancePath: instancePath + "/detectionTimeout", schemaPath: "#/properties/detectionTimeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.detectionTimeout.type, parentSchema: schema39.properties.detectionTimeout, data: data15 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (typeof data15 == "number" && isFinite(data15)) {
        if (data15 > 60 || isNaN(data15)) {
          const err40 = { instancePath: instancePath + "/detectionTimeout", schemaPath: "#/properties/detectionTimeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: 60 }, message: "must be <= 60", schema: 60, parentSchema: schema39.properties.detectionTimeout, data: data15 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (data15 < 5 || isNaN(data15)) {
          const err41 = { instancePath: instancePath + "/detectionTimeout", schemaPath: "#/properties/detectionTimeout/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5 }, message: "must be >= 5", schema: 5, parentSchema: schema39.properties.detectionTimeout, data: data15 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      }
    }
  } else {
    const err42 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema43 = { "type": "object", "description": "Calls an HTTP API during the conversation.", "required": ["type", "name", "description", "url", "method"], "additionalProperties": false, "properties": { "type": { "const": "api_call" }, "name": { "type": "string", "minLength": 1, "pattern": "^\\S+$", "description": "Tool name, no whitespace, unique within the agent." }, "description": { "type": "string", "description": "What the tool does; the LLM reads it to decide when to call the tool." }, "enabled": { "type": "boolean", "description": "Default true." }, "url": { "type": "string", "pattern": "^https?://\\S+$", "description": "http(s) URL; may contain {{var}} templates." }, "method": { "type": "string", "enum": ["GET", "POST", "PUT", "DELETE", "PATCH"] }, "timeout": { "type": "integer", "minimum": 1e3, "maximum": 3e4, "description": "MILLISECONDS (1000-30000). Default 5000. Note: preCallAPI.timeout is in seconds." }, "headers": { "$ref": "#/$defs/stringMap" }, "headersArray": { "type": "array", "items": { "$ref": "#/$defs/keyValue" } }, "queryParams": { "type": "array", "items": { "$ref": "#/$defs/keyValue" } }, "requestBody": { "type": "string", "description": "JSON text with {{var}} templating." }, "llmParameters": { "type": "array", "items": { "$ref": "#/$defs/llmParameter" } }, "responseVariables": { "type": "array", "items": { "$ref": "#/$defs/responseVariable" } } } };
var schema45 = { "type": "object", "required": ["key", "value"], "additionalProperties": false, "properties": { "key": { "type": "string", "minLength": 1 }, "value": { "type": "string" } } };
var schema47 = { "type": "object", "required": ["name", "description", "type"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "type": { "type": "string", "enum": ["text", "number", "boolean", "enum"] }, "values": { "type": "array", "items": { "type": "string" }, "minItems": 1 }, "required": { "type": "boolean", "description": "Default false." } }, "if": { "type": "object", "properties": { "type": { "const": "enum" } }, "required": ["type"] }, "then": { "type": "object", "properties": { "values": true }, "required": ["values"] } };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.url === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.method === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema43.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("api_call" !== data0) {
        const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "api_call" }, message: "must be equal to constant", schema: "api_call", parentSchema: schema43.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema43.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern8.test(data1)) {
          const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^\\S+$" }, message: 'must match pattern "^\\S+$"', schema: "^\\S+$", parentSchema: schema43.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.name.type, parentSchema: schema43.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.description.type, parentSchema: schema43.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      let data3 = data.enabled;
      if (typeof data3 !== "boolean") {
        const err11 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema43.properties.enabled.type, parentSchema: schema43.properties.enabled, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data4 = data.url;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err12 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://\\S+$" }, message: 'must match pattern "^https?://\\S+$"', schema: "^https?://\\S+$", parentSchema: schema43.properties.url, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.url.type, parentSchema: schema43.properties.url, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.method !== void 0) {
      let data5 = data.method;
      if (typeof data5 !== "string") {
        const err14 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.method.type, parentSchema: schema43.properties.method, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data5 === "GET" || data5 === "POST" || data5 === "PUT" || data5 === "DELETE" || data5 === "PATCH")) {
        const err15 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: schema43.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.method.enum, parentSchema: schema43.properties.method, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data6 = data.timeout;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err16 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema43.properties.timeout.type, parentSchema: schema43.properties.timeout, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 > 3e4 || isNaN(data6)) {
          const err17 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3e4 }, message: "must be <= 30000", schema: 3e4, parentSchema: schema43.properties.timeout, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data6 < 1e3 || isNaN(data6)) {
          const err18 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1e3 }, message: "must be >= 1000", schema: 1e3, parentSchema: schema43.properties.timeout, data: data6 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.headers !== void 0) {
      let data7 = data.headers;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 in data7) {
          let data8 = data7[key1];
          if (typeof data8 !== "string") {
            const err19 = { instancePath: instancePath + "/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.additionalProperties.type, parentSchema: schema44.additionalProperties, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/headers", schemaPath: "#/$defs/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.headersArray !== void 0) {
      let data9 = data.headersArray;
      if (Array.isArray(data9)) {
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.key === void 0) {
              const err21 = { instancePath: instancePath + "/headersArray/" + i0, schemaPath: "#/$defs/keyValue/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema45.required, parentSchema: schema45, data: data10 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data10.value === void 0) {
              const err22 = { instancePath: instancePath + "/headersArray/" + i0, schemaPath: "#/$defs/keyValue/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema45.required, parentSchema: schema45, data: data10 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            for (const key2 in data10) {
              if (!(key2 === "key" || key2 === "value")) {
                const err23 = { instancePath: instancePath + "/headersArray/" + i0, schemaPath: "#/$defs/keyValue/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data: data10 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data10.key !== void 0) {
              let data11 = data10.key;
              if (typeof data11 === "string") {
                if (func2(data11) < 1) {
                  const err24 = { instancePath: instancePath + "/headersArray/" + i0 + "/key", schemaPath: "#/$defs/keyValue/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.key, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/headersArray/" + i0 + "/key", schemaPath: "#/$defs/keyValue/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.key.type, parentSchema: schema45.properties.key, data: data11 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data10.value !== void 0) {
              let data12 = data10.value;
              if (typeof data12 !== "string") {
                const err26 = { instancePath: instancePath + "/headersArray/" + i0 + "/value", schemaPath: "#/$defs/keyValue/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.value.type, parentSchema: schema45.properties.value, data: data12 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/headersArray/" + i0, schemaPath: "#/$defs/keyValue/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data: data10 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/headersArray", schemaPath: "#/properties/headersArray/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.properties.headersArray.type, parentSchema: schema43.properties.headersArray, data: data9 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.queryParams !== void 0) {
      let data13 = data.queryParams;
      if (Array.isArray(data13)) {
        const len1 = data13.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data14 = data13[i1];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.key === void 0) {
              const err29 = { instancePath: instancePath + "/queryParams/" + i1, schemaPath: "#/$defs/keyValue/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema45.required, parentSchema: schema45, data: data14 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data14.value === void 0) {
              const err30 = { instancePath: instancePath + "/queryParams/" + i1, schemaPath: "#/$defs/keyValue/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema45.required, parentSchema: schema45, data: data14 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            for (const key3 in data14) {
              if (!(key3 === "key" || key3 === "value")) {
                const err31 = { instancePath: instancePath + "/queryParams/" + i1, schemaPath: "#/$defs/keyValue/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data: data14 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data14.key !== void 0) {
              let data15 = data14.key;
              if (typeof data15 === "string") {
                if (func2(data15) < 1) {
                  const err32 = { instancePath: instancePath + "/queryParams/" + i1 + "/key", schemaPath: "#/$defs/keyValue/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.key, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/queryParams/" + i1 + "/key", schemaPath: "#/$defs/keyValue/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.key.type, parentSchema: schema45.properties.key, data: data15 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data14.value !== void 0) {
              let data16 = data14.value;
              if (typeof data16 !== "string") {
                const err34 = { instancePath: instancePath + "/queryParams/" + i1 + "/value", schemaPath: "#/$defs/keyValue/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.value.type, parentSchema: schema45.properties.value, data: data16 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/queryParams/" + i1, schemaPath: "#/$defs/keyValue/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data: data14 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/queryParams", schemaPath: "#/properties/queryParams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.properties.queryParams.type, parentSchema: schema43.properties.queryParams, data: data13 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.requestBody !== void 0) {
      let data17 = data.requestBody;
      if (typeof data17 !== "string") {
        const err37 = { instancePath: instancePath + "/requestBody", schemaPath: "#/properties/requestBody/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.requestBody.type, parentSchema: schema43.properties.requestBody, data: data17 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.llmParameters !== void 0) {
      let data18 = data.llmParameters;
      if (Array.isArray(data18)) {
        const len2 = data18.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data19 = data18[i2];
          const _errs48 = errors;
          let valid14 = true;
          const _errs49 = errors;
          if (errors === _errs49) {
            if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
              let missing0;
              if (data19.type === void 0 && (missing0 = "type")) {
                const err38 = {};
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              } else {
                if (data19.type !== void 0) {
                  if ("enum" !== data19.type) {
                    const err39 = {};
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err40 = {};
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
          var _valid0 = _errs49 === errors;
          errors = _errs48;
          if (vErrors !== null) {
            if (_errs48) {
              vErrors.length = _errs48;
            } else {
              vErrors = null;
            }
          }
          if (_valid0) {
            const _errs52 = errors;
            if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
              if (data19.values === void 0) {
                const err41 = { instancePath: instancePath + "/llmParameters/" + i2, schemaPath: "#/$defs/llmParameter/then/required", keyword: "required", params: { missingProperty: "values" }, message: "must have required property 'values'", schema: schema47.then.required, parentSchema: schema47.then, data: data19 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            } else {
              const err42 = { instancePath: instancePath + "/llmParameters/" + i2, schemaPath: "#/$defs/llmParameter/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.then.type, parentSchema: schema47.then, data: data19 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            var _valid0 = _errs52 === errors;
            valid14 = _valid0;
            if (valid14) {
              var props0 = {};
              props0.values = true;
              props0.type = true;
            }
          }
          if (!valid14) {
            const err43 = { instancePath: instancePath + "/llmParameters/" + i2, schemaPath: "#/$defs/llmParameter/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema47.if, parentSchema: schema47, data: data19 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.name === void 0) {
              const err44 = { instancePath: instancePath + "/llmParameters/" + i2, schemaPath: "#/$defs/llmParameter/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema47.required, parentSchema: schema47, data: data19 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data19.description === void 0) {
              const err45 = { instancePath: instancePath + "/llmParameters/" + i2, schemaPath: "#/$defs/llmParameter/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema47.required, parentSchema: schema47, data: data19 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data19.type === void 0) {
              const err46 = { instancePath: instancePath + "/llmParameters/" + i2, schemaPath: "#/$defs/llmParameter/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema47.required, parentSchema: schema47, data: data19 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            for (const key4 in data19) {
              if (!(key4 === "name" || key4 === "description" || key4 === "type" || key4 === "values" || key4 === "required")) {
                const err47 = { instancePath: instancePath + "/llmParameters/" + i2, schemaPath: "#/$defs/llmParameter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data: data19 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data19.name !== void 0) {
              let data21 = data19.name;
              if (typeof data21 === "string") {
                if (func2(data21) < 1) {
                  const err48 = { instancePath: instancePath + "/llmParameters/" + i2 + "/name", schemaPath: "#/$defs/llmParameter/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.name, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/llmParameters/" + i2 + "/name", schemaPath: "#/$defs/llmParameter/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.name.type, parentSchema: schema47.properties.name, data: data21 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data19.description !== void 0) {
              let data22 = data19.description;
              if (typeof data22 !== "string") {
                const err50 = { instancePath: instancePath + "/llmParameters/" + i2 + "/description", schemaPath: "#/$defs/llmParameter/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.description.type, parentSchema: schema47.properties.description, data: data22 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data19.type !== void 0) {
              let data23 = data19.type;
              if (typeof data23 !== "string") {
                const err51 = { instancePath: instancePath + "/llmParameters/" + i2 + "/type", schemaPath: "#/$defs/llmParameter/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.type.type, parentSchema: schema47.properties.type, data: data23 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              if (!(data23 === "text" || data23 === "number" || data23 === "boolean" || data23 === "enum")) {
                const err52 = { instancePath: instancePath + "/llmParameters/" + i2 + "/type", schemaPath: "#/$defs/llmParameter/properties/type/enum", keyword: "enum", params: { allowedValues: schema47.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.type.enum, parentSchema: schema47.properties.type, data: data23 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data19.values !== void 0) {
              let data24 = data19.values;
              if (Array.isArray(data24)) {
                if (data24.length < 1) {
                  const err53 = { instancePath: instancePath + "/llmParameters/" + i2 + "/values", schemaPath: "#/$defs/llmParameter/properties/values/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema47.properties.values, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                const len3 = data24.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data25 = data24[i3];
                  if (typeof data25 !== "string") {
                    const err54 = { instancePath: instancePath + "/llmParameters/" + i2 + "/values/" + i3, schemaPath: "#/$defs/llmParameter/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.values.items.type, parentSchema: schema47.properties.values.items, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/llmParameters/" + i2 + "/values", schemaPath: "#/$defs/llmParameter/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.values.type, parentSchema: schema47.properties.values, data: data24 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data19.required !== void 0) {
              let data26 = data19.required;
              if (typeof data26 !== "boolean") {
                const err56 = { instancePath: instancePath + "/llmParameters/" + i2 + "/required", schemaPath: "#/$defs/llmParameter/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.required.type, parentSchema: schema47.properties.required, data: data26 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
          } else {
            const err57 = { instancePath: instancePath + "/llmParameters/" + i2, schemaPath: "#/$defs/llmParameter/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data: data19 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/llmParameters", schemaPath: "#/properties/llmParameters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.properties.llmParameters.type, parentSchema: schema43.properties.llmParameters, data: data18 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.responseVariables !== void 0) {
      let data27 = data.responseVariables;
      if (Array.isArray(data27)) {
        const len4 = data27.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data28 = data27[i4];
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            if (data28.variableName === void 0) {
              const err59 = { instancePath: instancePath + "/responseVariables/" + i4, schemaPath: "#/$defs/responseVariable/required", keyword: "required", params: { missingProperty: "variableName" }, message: "must have required property 'variableName'", schema: schema48.required, parentSchema: schema48, data: data28 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data28.jsonPath === void 0) {
              const err60 = { instancePath: instancePath + "/responseVariables/" + i4, schemaPath: "#/$defs/responseVariable/required", keyword: "required", params: { missingProperty: "jsonPath" }, message: "must have required property 'jsonPath'", schema: schema48.required, parentSchema: schema48, data: data28 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            for (const key5 in data28) {
              if (!(key5 === "variableName" || key5 === "jsonPath")) {
                const err61 = { instancePath: instancePath + "/responseVariables/" + i4, schemaPath: "#/$defs/responseVariable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data: data28 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data28.variableName !== void 0) {
              let data29 = data28.variableName;
              if (typeof data29 === "string") {
                if (func2(data29) < 1) {
                  const err62 = { instancePath: instancePath + "/responseVariables/" + i4 + "/variableName", schemaPath: "#/$defs/responseVariable/properties/variableName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.variableName, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              } else {
                const err63 = { instancePath: instancePath + "/responseVariables/" + i4 + "/variableName", schemaPath: "#/$defs/responseVariable/properties/variableName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.variableName.type, parentSchema: schema48.properties.variableName, data: data29 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data28.jsonPath !== void 0) {
              let data30 = data28.jsonPath;
              if (typeof data30 === "string") {
                if (func2(data30) < 1) {
                  const err64 = { instancePath: instancePath + "/responseVariables/" + i4 + "/jsonPath", schemaPath: "#/$defs/responseVariable/properties/jsonPath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.jsonPath, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              } else {
                const err65 = { instancePath: instancePath + "/responseVariables/" + i4 + "/jsonPath", schemaPath: "#/$defs/responseVariable/properties/jsonPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.jsonPath.type, parentSchema: schema48.properties.jsonPath, data: data30 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/responseVariables/" + i4, schemaPath: "#/$defs/responseVariable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data: data28 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = { instancePath: instancePath + "/responseVariables", schemaPath: "#/properties/responseVariables/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.properties.responseVariables.type, parentSchema: schema43.properties.responseVariables, data: data27 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
  } else {
    const err68 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err68];
    } else {
      vErrors.push(err68);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema49 = { "type": "object", "description": "Extracts variables from the conversation.", "required": ["type", "name", "description", "variablesExtractionSchema"], "additionalProperties": false, "properties": { "type": { "const": "extract_dynamic_variables" }, "name": { "type": "string", "minLength": 1, "pattern": "^\\S+$", "description": "Tool name, no whitespace, unique within the agent." }, "description": { "type": "string", "description": "What the tool does; the LLM reads it to decide when to call the tool." }, "enabled": { "type": "boolean", "description": "Default true." }, "variablesExtractionSchema": { "type": "array", "items": { "$ref": "#/$defs/variableSpec" }, "minItems": 1 } } };
var schema50 = { "type": "object", "required": ["name", "description", "type"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "type": { "type": "string", "enum": ["text", "number", "boolean", "enum"] }, "values": { "type": "array", "items": { "type": "string" }, "minItems": 1 } }, "if": { "type": "object", "properties": { "type": { "const": "enum" } }, "required": ["type"] }, "then": { "type": "object", "properties": { "values": true }, "required": ["values"] } };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.variablesExtractionSchema === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "variablesExtractionSchema" }, message: "must have required property 'variablesExtractionSchema'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "name" || key0 === "description" || key0 === "enabled" || key0 === "variablesExtractionSchema")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("extract_dynamic_variables" !== data0) {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "extract_dynamic_variables" }, message: "must be equal to constant", schema: "extract_dynamic_variables", parentSchema: schema49.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern8.test(data1)) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^\\S+$" }, message: 'must match pattern "^\\S+$"', schema: "^\\S+$", parentSchema: schema49.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.name.type, parentSchema: schema49.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.description.type, parentSchema: schema49.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      let data3 = data.enabled;
      if (typeof data3 !== "boolean") {
        const err10 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema49.properties.enabled.type, parentSchema: schema49.properties.enabled, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.variablesExtractionSchema !== void 0) {
      let data4 = data.variablesExtractionSchema;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err11 = { instancePath: instancePath + "/variablesExtractionSchema", schemaPath: "#/properties/variablesExtractionSchema/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema49.properties.variablesExtractionSchema, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          const _errs14 = errors;
          let valid4 = true;
          const _errs15 = errors;
          if (errors === _errs15) {
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
              let missing0;
              if (data5.type === void 0 && (missing0 = "type")) {
                const err12 = {};
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              } else {
                if (data5.type !== void 0) {
                  if ("enum" !== data5.type) {
                    const err13 = {};
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err14 = {};
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          var _valid0 = _errs15 === errors;
          errors = _errs14;
          if (vErrors !== null) {
            if (_errs14) {
              vErrors.length = _errs14;
            } else {
              vErrors = null;
            }
          }
          if (_valid0) {
            const _errs18 = errors;
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
              if (data5.values === void 0) {
                const err15 = { instancePath: instancePath + "/variablesExtractionSchema/" + i0, schemaPath: "#/$defs/variableSpec/then/required", keyword: "required", params: { missingProperty: "values" }, message: "must have required property 'values'", schema: schema50.then.required, parentSchema: schema50.then, data: data5 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            } else {
              const err16 = { instancePath: instancePath + "/variablesExtractionSchema/" + i0, schemaPath: "#/$defs/variableSpec/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.then.type, parentSchema: schema50.then, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            var _valid0 = _errs18 === errors;
            valid4 = _valid0;
            if (valid4) {
              var props0 = {};
              props0.values = true;
              props0.type = true;
            }
          }
          if (!valid4) {
            const err17 = { instancePath: instancePath + "/variablesExtractionSchema/" + i0, schemaPath: "#/$defs/variableSpec/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema50.if, parentSchema: schema50, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.name === void 0) {
              const err18 = { instancePath: instancePath + "/variablesExtractionSchema/" + i0, schemaPath: "#/$defs/variableSpec/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema50.required, parentSchema: schema50, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data5.description === void 0) {
              const err19 = { instancePath: instancePath + "/variablesExtractionSchema/" + i0, schemaPath: "#/$defs/variableSpec/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema50.required, parentSchema: schema50, data: data5 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data5.type === void 0) {
              const err20 = { instancePath: instancePath + "/variablesExtractionSchema/" + i0, schemaPath: "#/$defs/variableSpec/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema50.required, parentSchema: schema50, data: data5 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            for (const key1 in data5) {
              if (!(key1 === "name" || key1 === "description" || key1 === "type" || key1 === "values")) {
                const err21 = { instancePath: instancePath + "/variablesExtractionSchema/" + i0, schemaPath: "#/$defs/variableSpec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data5 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data5.name !== void 0) {
              let data7 = data5.name;
              if (typeof data7 === "string") {
                if (func2(data7) < 1) {
                  const err22 = { instancePath: instancePath + "/variablesExtractionSchema/" + i0 + "/name", schemaPath: "#/$defs/variableSpec/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.name, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/variablesExtractionSchema/" + i0 + "/name", schemaPath: "#/$defs/variableSpec/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.name.type, parentSchema: schema50.properties.name, data: data7 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data5.description !== void 0) {
              let data8 = data5.description;
              if (typeof data8 !== "string") {
                const err24 = { instancePath: instancePath + "/variablesExtractionSchema/" + i0 + "/description", schemaPath: "#/$defs/variableSpec/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.description.type, parentSchema: schema50.properties.description, data: data8 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data5.type !== void 0) {
              let data9 = data5.type;
              if (typeof data9 !== "string") {
                const err25 = { instancePath: instancePath + "/variablesExtractionSchema/" + i0 + "/type", schemaPath: "#/$defs/variableSpec/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.type.type, parentSchema: schema50.properties.type, data: data9 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (!(data9 === "text" || data9 === "number" || data9 === "boolean" || data9 === "enum")) {
                const err26 = { instancePath: instancePath + "/variablesExtractionSchema/" + i0 + "/type", schemaPath: "#/$defs/variableSpec/properties/type/enum", keyword: "enum", params: { allowedValues: schema50.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.type.enum, parentSchema: schema50.properties.type, data: data9 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data5.values !== void 0) {
              let data10 = data5.values;
              if (Array.isArray(data10)) {
                if (data10.length < 1) {
                  const err27 = { instancePath: instancePath + "/variablesExtractionSchema/" + i0 + "/values", schemaPath: "#/$defs/variableSpec/properties/values/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.values, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                const len1 = data10.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data11 = data10[i1];
                  if (typeof data11 !== "string") {
                    const err28 = { instancePath: instancePath + "/variablesExtractionSchema/" + i0 + "/values/" + i1, schemaPath: "#/$defs/variableSpec/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.values.items.type, parentSchema: schema50.properties.values.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
              } else {
                const err29 = { instancePath: instancePath + "/variablesExtractionSchema/" + i0 + "/values", schemaPath: "#/$defs/variableSpec/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.values.type, parentSchema: schema50.properties.values, data: data10 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/variablesExtractionSchema/" + i0, schemaPath: "#/$defs/variableSpec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data5 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/variablesExtractionSchema", schemaPath: "#/properties/variablesExtractionSchema/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.variablesExtractionSchema.type, parentSchema: schema49.properties.variablesExtractionSchema, data: data4 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (errors === _errs3) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.type !== void 0) {
          if ("end_call" !== data.type) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type === void 0) {
        const err3 = { instancePath, schemaPath: "#/$defs/endCallTool/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema38.required, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.name === void 0) {
        const err4 = { instancePath, schemaPath: "#/$defs/endCallTool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema38.required, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.description === void 0) {
        const err5 = { instancePath, schemaPath: "#/$defs/endCallTool/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema38.required, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "type" || key0 === "name" || key0 === "description" || key0 === "enabled")) {
          const err6 = { instancePath, schemaPath: "#/$defs/endCallTool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.type !== void 0) {
        let data1 = data.type;
        if ("end_call" !== data1) {
          const err7 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/endCallTool/properties/type/const", keyword: "const", params: { allowedValue: "end_call" }, message: "must be equal to constant", schema: "end_call", parentSchema: schema38.properties.type, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.name !== void 0) {
        let data2 = data.name;
        if (typeof data2 === "string") {
          if (func2(data2) < 1) {
            const err8 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/endCallTool/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.name, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (!pattern8.test(data2)) {
            const err9 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/endCallTool/properties/name/pattern", keyword: "pattern", params: { pattern: "^\\S+$" }, message: 'must match pattern "^\\S+$"', schema: "^\\S+$", parentSchema: schema38.properties.name, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        } else {
          const err10 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/endCallTool/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.name.type, parentSchema: schema38.properties.name, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      if (data.description !== void 0) {
        let data3 = data.description;
        if (typeof data3 !== "string") {
          const err11 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/endCallTool/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.description.type, parentSchema: schema38.properties.description, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (data.enabled !== void 0) {
        let data4 = data.enabled;
        if (typeof data4 !== "boolean") {
          const err12 = { instancePath: instancePath + "/enabled", schemaPath: "#/$defs/endCallTool/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema38.properties.enabled.type, parentSchema: schema38.properties.enabled, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    } else {
      const err13 = { instancePath, schemaPath: "#/$defs/endCallTool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    var _valid0 = _errs6 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = true;
    }
  }
  if (!valid1) {
    const err14 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema37.allOf[0].if, parentSchema: schema37.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  const _errs18 = errors;
  let valid5 = true;
  const _errs19 = errors;
  if (errors === _errs19) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.type === void 0 && (missing1 = "type")) {
        const err15 = {};
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        if (data.type !== void 0) {
          if ("transfer_call" !== data.type) {
            const err16 = {};
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      }
    } else {
      const err17 = {};
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
  }
  var _valid1 = _errs19 === errors;
  errors = _errs18;
  if (vErrors !== null) {
    if (_errs18) {
      vErrors.length = _errs18;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs22 = errors;
    if (!validate26(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
      errors = vErrors.length;
    }
    var _valid1 = _errs22 === errors;
    valid5 = _valid1;
    if (valid5) {
      var props1 = true;
    }
  }
  if (!valid5) {
    const err18 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema37.allOf[1].if, parentSchema: schema37.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs24 = errors;
  let valid7 = true;
  const _errs25 = errors;
  if (errors === _errs25) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.type === void 0 && (missing2 = "type")) {
        const err19 = {};
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      } else {
        if (data.type !== void 0) {
          if ("api_call" !== data.type) {
            const err20 = {};
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      }
    } else {
      const err21 = {};
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    }
  }
  var _valid2 = _errs25 === errors;
  errors = _errs24;
  if (vErrors !== null) {
    if (_errs24) {
      vErrors.length = _errs24;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs28 = errors;
    if (!validate28(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
      errors = vErrors.length;
    }
    var _valid2 = _errs28 === errors;
    valid7 = _valid2;
    if (valid7) {
      var props2 = true;
    }
  }
  if (!valid7) {
    const err22 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema37.allOf[2].if, parentSchema: schema37.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  if (props0 !== true && props2 !== void 0) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  const _errs30 = errors;
  let valid9 = true;
  const _errs31 = errors;
  if (errors === _errs31) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing3;
      if (data.type === void 0 && (missing3 = "type")) {
        const err23 = {};
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      } else {
        if (data.type !== void 0) {
          if ("extract_dynamic_variables" !== data.type) {
            const err24 = {};
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      }
    } else {
      const err25 = {};
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
  }
  var _valid3 = _errs31 === errors;
  errors = _errs30;
  if (vErrors !== null) {
    if (_errs30) {
      vErrors.length = _errs30;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs34 = errors;
    if (!validate30(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
      errors = vErrors.length;
    }
    var _valid3 = _errs34 === errors;
    valid9 = _valid3;
    if (valid9) {
      var props3 = true;
    }
  }
  if (!valid9) {
    const err26 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema37.allOf[3].if, parentSchema: schema37.allOf[3], data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  if (props0 !== true && props3 !== void 0) {
    if (props3 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props3);
    }
  }
  const _errs36 = errors;
  let valid11 = true;
  const _errs37 = errors;
  if (errors === _errs37) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing4;
      if (data.type === void 0 && (missing4 = "type")) {
        const err27 = {};
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      } else {
        if (data.type !== void 0) {
          if ("knowledge_base_search" !== data.type) {
            const err28 = {};
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      }
    } else {
      const err29 = {};
      if (vErrors === null) {
        vErrors = [err29];
      } else {
        vErrors.push(err29);
      }
      errors++;
    }
  }
  var _valid4 = _errs37 === errors;
  errors = _errs36;
  if (vErrors !== null) {
    if (_errs36) {
      vErrors.length = _errs36;
    } else {
      vErrors = null;
    }
  }
  if (_valid4) {
    const _errs40 = errors;
    const _errs43 = errors;
    let valid14 = false;
    let passing0 = null;
    const _errs44 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.knowledgeBaseId === void 0) {
        const err30 = { instancePath, schemaPath: "#/$defs/knowledgeBaseSearchTool/oneOf/0/required", keyword: "required", params: { missingProperty: "knowledgeBaseId" }, message: "must have required property 'knowledgeBaseId'", schema: schema51.oneOf[0].required, parentSchema: schema51.oneOf[0], data };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (data.knowledgeBaseId !== void 0) {
        let data9 = data.knowledgeBaseId;
        if (typeof data9 !== "string") {
          const err31 = { instancePath: instancePath + "/knowledgeBaseId", schemaPath: "#/$defs/knowledgeBaseSearchTool/oneOf/0/properties/knowledgeBaseId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.oneOf[0].properties.knowledgeBaseId.type, parentSchema: schema51.oneOf[0].properties.knowledgeBaseId, data: data9 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs44 === errors;
    if (_valid5) {
      valid14 = true;
      passing0 = 0;
      var props4 = {};
      props4.knowledgeBaseId = true;
    }
    const _errs47 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.knowledgeBase === void 0) {
        const err32 = { instancePath, schemaPath: "#/$defs/knowledgeBaseSearchTool/oneOf/1/required", keyword: "required", params: { missingProperty: "knowledgeBase" }, message: "must have required property 'knowledgeBase'", schema: schema51.oneOf[1].required, parentSchema: schema51.oneOf[1], data };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (data.knowledgeBase !== void 0) {
        let data10 = data.knowledgeBase;
        if (typeof data10 !== "string") {
          const err33 = { instancePath: instancePath + "/knowledgeBase", schemaPath: "#/$defs/knowledgeBaseSearchTool/oneOf/1/properties/knowledgeBase/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.oneOf[1].properties.knowledgeBase.type, parentSchema: schema51.oneOf[1].properties.knowledgeBase, data: data10 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs47 === errors;
    if (_valid5 && valid14) {
      valid14 = false;
      passing0 = [passing0, 1];
    } else {
      if (_valid5) {
        valid14 = true;
        passing0 = 1;
        if (props4 !== true) {
          props4 = props4 || {};
          props4.knowledgeBase = true;
        }
      }
    }
    if (!valid14) {
      const err34 = { instancePath, schemaPath: "#/$defs/knowledgeBaseSearchTool/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema51.oneOf, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err34];
      } else {
        vErrors.push(err34);
      }
      errors++;
    } else {
      errors = _errs43;
      if (vErrors !== null) {
        if (_errs43) {
          vErrors.length = _errs43;
        } else {
          vErrors = null;
        }
      }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type === void 0) {
        const err35 = { instancePath, schemaPath: "#/$defs/knowledgeBaseSearchTool/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema51.required, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (data.name === void 0) {
        const err36 = { instancePath, schemaPath: "#/$defs/knowledgeBaseSearchTool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema51.required, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      if (data.description === void 0) {
        const err37 = { instancePath, schemaPath: "#/$defs/knowledgeBaseSearchTool/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema51.required, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      for (const key1 in data) {
        if (!(key1 === "type" || key1 === "name" || key1 === "description" || key1 === "enabled" || key1 === "knowledgeBaseId" || key1 === "knowledgeBase" || key1 === "fillerPhrases")) {
          const err38 = { instancePath, schemaPath: "#/$defs/knowledgeBaseSearchTool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
      if (data.type !== void 0) {
        let data11 = data.type;
        if ("knowledge_base_search" !== data11) {
          const err39 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/knowledgeBaseSearchTool/properties/type/const", keyword: "const", params: { allowedValue: "knowledge_base_search" }, message: "must be equal to constant", schema: "knowledge_base_search", parentSchema: schema51.properties.type, data: data11 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      }
      if (data.name !== void 0) {
        let data12 = data.name;
        if (typeof data12 === "string") {
          if (func2(data12) < 1) {
            const err40 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/knowledgeBaseSearchTool/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.properties.name, data: data12 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (!pattern8.test(data12)) {
            const err41 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/knowledgeBaseSearchTool/properties/name/pattern", keyword: "pattern", params: { pattern: "^\\S+$" }, message: 'must match pattern "^\\S+$"', schema: "^\\S+$", parentSchema: schema51.properties.name, data: data12 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        } else {
          const err42 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/knowledgeBaseSearchTool/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.name.type, parentSchema: schema51.properties.name, data: data12 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      }
      if (data.description !== void 0) {
        let data13 = data.description;
        if (typeof data13 !== "string") {
          const err43 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/knowledgeBaseSearchTool/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.description.type, parentSchema: schema51.properties.description, data: data13 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      }
      if (data.enabled !== void 0) {
        let data14 = data.enabled;
        if (typeof data14 !== "boolean") {
          const err44 = { instancePath: instancePath + "/enabled", schemaPath: "#/$defs/knowledgeBaseSearchTool/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema51.properties.enabled.type, parentSchema: schema51.properties.enabled, data: data14 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      }
      if (data.knowledgeBaseId !== void 0) {
        let data15 = data.knowledgeBaseId;
        if (typeof data15 === "string") {
          if (func2(data15) < 1) {
            const err45 = { instancePath: instancePath + "/knowledgeBaseId", schemaPath: "#/$defs/knowledgeBaseSearchTool/properties/knowledgeBaseId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.properties.knowledgeBaseId, data: data15 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        } else {
          const err46 = { instancePath: instancePath + "/knowledgeBaseId", schemaPath: "#/$defs/knowledgeBaseSearchTool/properties/knowledgeBaseId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.knowledgeBaseId.type, parentSchema: schema51.properties.knowledgeBaseId, data: data15 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      }
      if (data.knowledgeBase !== void 0) {
        let data16 = data.knowledgeBase;
        if (typeof data16 === "string") {
          if (func2(data16) < 1) {
            const err47 = { instancePath: instancePath + "/knowledgeBase", schemaPath: "#/$defs/knowledgeBaseSearchTool/properties/knowledgeBase/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.properties.knowledgeBase, data: data16 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        } else {
          const err48 = { instancePath: instancePath + "/knowledgeBase", schemaPath: "#/$defs/knowledgeBaseSearchTool/properties/knowledgeBase/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.knowledgeBase.type, parentSchema: schema51.properties.knowledgeBase, data: data16 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      }
      if (data.fillerPhrases !== void 0) {
        let data17 = data.fillerPhrases;
        if (Array.isArray(data17)) {
          const len0 = data17.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data18 = data17[i0];
            if (typeof data18 !== "string") {
              const err49 = { instancePath: instancePath + "/fillerPhrases/" + i0, schemaPath: "#/$defs/knowledgeBaseSearchTool/properties/fillerPhrases/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.fillerPhrases.items.type, parentSchema: schema51.properties.fillerPhrases.items, data: data18 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
        } else {
          const err50 = { instancePath: instancePath + "/fillerPhrases", schemaPath: "#/$defs/knowledgeBaseSearchTool/properties/fillerPhrases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.fillerPhrases.type, parentSchema: schema51.properties.fillerPhrases, data: data17 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      }
    } else {
      const err51 = { instancePath, schemaPath: "#/$defs/knowledgeBaseSearchTool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err51];
      } else {
        vErrors.push(err51);
      }
      errors++;
    }
    var _valid4 = _errs40 === errors;
    valid11 = _valid4;
    if (valid11) {
      var props5 = true;
    }
  }
  if (!valid11) {
    const err52 = { instancePath, schemaPath: "#/allOf/4/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema37.allOf[4].if, parentSchema: schema37.allOf[4], data };
    if (vErrors === null) {
      vErrors = [err52];
    } else {
      vErrors.push(err52);
    }
    errors++;
  }
  if (props0 !== true && props5 !== void 0) {
    if (props5 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props5);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err53 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err53];
      } else {
        vErrors.push(err53);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err54 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err54];
      } else {
        vErrors.push(err54);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err55 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err55];
      } else {
        vErrors.push(err55);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.type = true;
    }
    if (data.type !== void 0) {
      let data19 = data.type;
      if (typeof data19 !== "string") {
        const err56 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.type.type, parentSchema: schema37.properties.type, data: data19 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
      if (!(data19 === "end_call" || data19 === "transfer_call" || data19 === "api_call" || data19 === "extract_dynamic_variables" || data19 === "knowledge_base_search")) {
        const err57 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema37.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.type.enum, parentSchema: schema37.properties.type, data: data19 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
  } else {
    const err58 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err58];
    } else {
      vErrors.push(err58);
    }
    errors++;
  }
  validate25.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate25.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (errors === _errs1) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.ref === void 0 && (missing0 = "ref")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.ref === void 0) {
        const err2 = { instancePath, schemaPath: "#/$defs/toolRef/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'", schema: schema36.required, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "ref")) {
          const err3 = { instancePath, schemaPath: "#/$defs/toolRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.ref !== void 0) {
        let data0 = data.ref;
        if (typeof data0 === "string") {
          if (func2(data0) < 1) {
            const err4 = { instancePath: instancePath + "/ref", schemaPath: "#/$defs/toolRef/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.ref, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        } else {
          const err5 = { instancePath: instancePath + "/ref", schemaPath: "#/$defs/toolRef/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.ref.type, parentSchema: schema36.properties.ref, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    } else {
      const err6 = { instancePath, schemaPath: "#/$defs/toolRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs9 = errors;
    if (!validate25(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
      errors = vErrors.length;
    } else {
      var props1 = validate25.evaluated.props;
    }
    var _valid0 = _errs9 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true && props1 !== void 0) {
        if (props1 === true) {
          props0 = true;
        } else {
          props0 = props0 || {};
          Object.assign(props0, props1);
        }
      }
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err7 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema35.if, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate24.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate24.evaluated = { "dynamicProps": true, "dynamicItems": false };
var pattern15 = new RegExp("^wss?://\\S+$", "u");
var pattern17 = new RegExp("^[a-z0-9_]+$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema34.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.prompt !== void 0) {
      let data0 = data.prompt;
      const _errs3 = errors;
      let valid1 = false;
      const _errs4 = errors;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/prompt", schemaPath: "#/properties/prompt/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.prompt.anyOf[0].type, parentSchema: schema34.properties.prompt.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid1 = valid1 || _valid0;
      const _errs6 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.file === void 0) {
          const err2 = { instancePath: instancePath + "/prompt", schemaPath: "#/properties/prompt/anyOf/1/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema34.properties.prompt.anyOf[1].required, parentSchema: schema34.properties.prompt.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "file")) {
            const err3 = { instancePath: instancePath + "/prompt", schemaPath: "#/properties/prompt/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.prompt.anyOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.file !== void 0) {
          let data1 = data0.file;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err4 = { instancePath: instancePath + "/prompt/file", schemaPath: "#/properties/prompt/anyOf/1/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.prompt.anyOf[1].properties.file, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/prompt/file", schemaPath: "#/properties/prompt/anyOf/1/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.prompt.anyOf[1].properties.file.type, parentSchema: schema34.properties.prompt.anyOf[1].properties.file, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/prompt", schemaPath: "#/properties/prompt/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.prompt.anyOf[1].type, parentSchema: schema34.properties.prompt.anyOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      valid1 = valid1 || _valid0;
      if (_valid0) {
        var props0 = true;
      }
      const _errs11 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.files === void 0) {
          const err7 = { instancePath: instancePath + "/prompt", schemaPath: "#/properties/prompt/anyOf/2/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema34.properties.prompt.anyOf[2].required, parentSchema: schema34.properties.prompt.anyOf[2], data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key2 in data0) {
          if (!(key2 === "files")) {
            const err8 = { instancePath: instancePath + "/prompt", schemaPath: "#/properties/prompt/anyOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.prompt.anyOf[2], data: data0 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.files !== void 0) {
          let data2 = data0.files;
          if (Array.isArray(data2)) {
            if (data2.length < 1) {
              const err9 = { instancePath: instancePath + "/prompt/files", schemaPath: "#/properties/prompt/anyOf/2/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.properties.prompt.anyOf[2].properties.files, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (func2(data3) < 1) {
                  const err10 = { instancePath: instancePath + "/prompt/files/" + i0, schemaPath: "#/properties/prompt/anyOf/2/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.prompt.anyOf[2].properties.files.items, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/prompt/files/" + i0, schemaPath: "#/properties/prompt/anyOf/2/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.prompt.anyOf[2].properties.files.items.type, parentSchema: schema34.properties.prompt.anyOf[2].properties.files.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/prompt/files", schemaPath: "#/properties/prompt/anyOf/2/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.prompt.anyOf[2].properties.files.type, parentSchema: schema34.properties.prompt.anyOf[2].properties.files, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/prompt", schemaPath: "#/properties/prompt/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.prompt.anyOf[2].type, parentSchema: schema34.properties.prompt.anyOf[2], data: data0 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      valid1 = valid1 || _valid0;
      if (_valid0) {
        if (props0 !== true) {
          props0 = true;
        }
      }
      if (!valid1) {
        const err14 = { instancePath: instancePath + "/prompt", schemaPath: "#/properties/prompt/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema34.properties.prompt.anyOf, parentSchema: schema34.properties.prompt, data: data0 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.tools !== void 0) {
      let data4 = data.tools;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate24(data4[i1], { instancePath: instancePath + "/tools/" + i1, parentData: data4, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.tools.type, parentSchema: schema34.properties.tools, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.firstMessage !== void 0) {
      let data6 = data.firstMessage;
      if (typeof data6 === "string") {
        if (func2(data6) > 500) {
          const err16 = { instancePath: instancePath + "/firstMessage", schemaPath: "#/properties/firstMessage/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema34.properties.firstMessage, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/firstMessage", schemaPath: "#/properties/firstMessage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.firstMessage.type, parentSchema: schema34.properties.firstMessage, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.slmModel !== void 0) {
      let data7 = data.slmModel;
      if (typeof data7 !== "string") {
        const err18 = { instancePath: instancePath + "/slmModel", schemaPath: "#/properties/slmModel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.slmModel.type, parentSchema: schema34.properties.slmModel, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (!(data7 === "electron" || data7 === "electron-kogta" || data7 === "electron-kogta-v2" || data7 === "gpt-4o" || data7 === "gpt-4.1" || data7 === "gpt-5.2" || data7 === "gpt-realtime" || data7 === "gpt-realtime-mini")) {
        const err19 = { instancePath: instancePath + "/slmModel", schemaPath: "#/properties/slmModel/enum", keyword: "enum", params: { allowedValues: schema34.properties.slmModel.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.slmModel.enum, parentSchema: schema34.properties.slmModel, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.customLLMWebSocketUrl !== void 0) {
      let data8 = data.customLLMWebSocketUrl;
      if (typeof data8 === "string") {
        if (!pattern15.test(data8)) {
          const err20 = { instancePath: instancePath + "/customLLMWebSocketUrl", schemaPath: "#/properties/customLLMWebSocketUrl/pattern", keyword: "pattern", params: { pattern: "^wss?://\\S+$" }, message: 'must match pattern "^wss?://\\S+$"', schema: "^wss?://\\S+$", parentSchema: schema34.properties.customLLMWebSocketUrl, data: data8 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/customLLMWebSocketUrl", schemaPath: "#/properties/customLLMWebSocketUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.customLLMWebSocketUrl.type, parentSchema: schema34.properties.customLLMWebSocketUrl, data: data8 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.transcriberType !== void 0) {
      let data9 = data.transcriberType;
      if (typeof data9 === "string") {
        if (func2(data9) < 1) {
          const err22 = { instancePath: instancePath + "/transcriberType", schemaPath: "#/properties/transcriberType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.transcriberType, data: data9 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/transcriberType", schemaPath: "#/properties/transcriberType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.transcriberType.type, parentSchema: schema34.properties.transcriberType, data: data9 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.language !== void 0) {
      let data10 = data.language;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.switching === void 0) {
          const err24 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/required", keyword: "required", params: { missingProperty: "switching" }, message: "must have required property 'switching'", schema: schema34.properties.language.required, parentSchema: schema34.properties.language, data: data10 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        for (const key3 in data10) {
          if (!(key3 === "default" || key3 === "supported" || key3 === "switching")) {
            const err25 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.language, data: data10 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data10.default !== void 0) {
          let data11 = data10.default;
          if (typeof data11 !== "string") {
            const err26 = { instancePath: instancePath + "/language/default", schemaPath: "#/properties/language/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.language.properties.default.type, parentSchema: schema34.properties.language.properties.default, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (!(data11 === "en" || data11 === "hi" || data11 === "mr" || data11 === "gu" || data11 === "ta" || data11 === "es" || data11 === "north_indic" || data11 === "bn" || data11 === "or")) {
            const err27 = { instancePath: instancePath + "/language/default", schemaPath: "#/properties/language/properties/default/enum", keyword: "enum", params: { allowedValues: schema34.properties.language.properties.default.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.language.properties.default.enum, parentSchema: schema34.properties.language.properties.default, data: data11 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data10.supported !== void 0) {
          let data12 = data10.supported;
          if (Array.isArray(data12)) {
            if (data12.length < 1) {
              const err28 = { instancePath: instancePath + "/language/supported", schemaPath: "#/properties/language/properties/supported/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.properties.language.properties.supported, data: data12 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            const len2 = data12.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data13 = data12[i2];
              if (typeof data13 !== "string") {
                const err29 = { instancePath: instancePath + "/language/supported/" + i2, schemaPath: "#/properties/language/properties/supported/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.language.properties.supported.items.type, parentSchema: schema34.properties.language.properties.supported.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              if (!(data13 === "en" || data13 === "hi" || data13 === "mr" || data13 === "gu" || data13 === "ta" || data13 === "es" || data13 === "north_indic" || data13 === "bn" || data13 === "or")) {
                const err30 = { instancePath: instancePath + "/language/supported/" + i2, schemaPath: "#/properties/language/properties/supported/items/enum", keyword: "enum", params: { allowedValues: schema34.properties.language.properties.supported.items.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.language.properties.supported.items.enum, parentSchema: schema34.properties.language.properties.supported.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            let i3 = data12.length;
            let j0;
            if (i3 > 1) {
              const indices0 = {};
              for (; i3--; ) {
                let item0 = data12[i3];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err31 = { instancePath: instancePath + "/language/supported", schemaPath: "#/properties/language/properties/supported/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema34.properties.language.properties.supported, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i3;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/language/supported", schemaPath: "#/properties/language/properties/supported/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.language.properties.supported.type, parentSchema: schema34.properties.language.properties.supported, data: data12 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data10.switching !== void 0) {
          let data14 = data10.switching;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key4 in data14) {
              if (!(key4 === "isEnabled" || key4 === "minWordsForDetection" || key4 === "strongSignalThreshold" || key4 === "weakSignalThreshold" || key4 === "minConsecutiveForWeakThresholdSwitch")) {
                const err33 = { instancePath: instancePath + "/language/switching", schemaPath: "#/properties/language/properties/switching/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.language.properties.switching, data: data14 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data14.isEnabled !== void 0) {
              let data15 = data14.isEnabled;
              if (typeof data15 !== "boolean") {
                const err34 = { instancePath: instancePath + "/language/switching/isEnabled", schemaPath: "#/properties/language/properties/switching/properties/isEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.language.properties.switching.properties.isEnabled.type, parentSchema: schema34.properties.language.properties.switching.properties.isEnabled, data: data15 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data14.minWordsForDetection !== void 0) {
              let data16 = data14.minWordsForDetection;
              if (typeof data16 == "number" && isFinite(data16)) {
                if (data16 > 10 || isNaN(data16)) {
                  const err35 = { instancePath: instancePath + "/language/switching/minWordsForDetection", schemaPath: "#/properties/language/properties/switching/properties/minWordsForDetection/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema34.properties.language.properties.switching.properties.minWordsForDetection, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (data16 < 1 || isNaN(data16)) {
                  const err36 = { instancePath: instancePath + "/language/switching/minWordsForDetection", schemaPath: "#/properties/language/properties/switching/properties/minWordsForDetection/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema34.properties.language.properties.switching.properties.minWordsForDetection, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/language/switching/minWordsForDetection", schemaPath: "#/properties/language/properties/switching/properties/minWordsForDetection/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.language.properties.switching.properties.minWordsForDetection.type, parentSchema: schema34.properties.language.properties.switching.properties.minWordsForDetection, data: data16 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data14.strongSignalThreshold !== void 0) {
              let data17 = data14.strongSignalThreshold;
              if (typeof data17 == "number" && isFinite(data17)) {
                if (data17 > 0.9 || isNaN(data17)) {
                  const err38 = { instancePath: instancePath + "/language/switching/strongSignalThreshold", schemaPath: "#/properties/language/properties/switching/properties/strongSignalThreshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.9 }, message: "must be <= 0.9", schema: 0.9, parentSchema: schema34.properties.language.properties.switching.properties.strongSignalThreshold, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (data17 < 0.1 || isNaN(data17)) {
                  const err39 = { instancePath: instancePath + "/language/switching/strongSignalThreshold", schemaPath: "#/properties/language/properties/switching/properties/strongSignalThreshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0.1 }, message: "must be >= 0.1", schema: 0.1, parentSchema: schema34.properties.language.properties.switching.properties.strongSignalThreshold, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              } else {
                const err40 = { instancePath: instancePath + "/language/switching/strongSignalThreshold", schemaPath: "#/properties/language/properties/switching/properties/strongSignalThreshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.language.properties.switching.properties.strongSignalThreshold.type, parentSchema: schema34.properties.language.properties.switching.properties.strongSignalThreshold, data: data17 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data14.weakSignalThreshold !== void 0) {
              let data18 = data14.weakSignalThreshold;
              if (typeof data18 == "number" && isFinite(data18)) {
                if (data18 > 0.9 || isNaN(data18)) {
                  const err41 = { instancePath: instancePath + "/language/switching/weakSignalThreshold", schemaPath: "#/properties/language/properties/switching/properties/weakSignalThreshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.9 }, message: "must be <= 0.9", schema: 0.9, parentSchema: schema34.properties.language.properties.switching.properties.weakSignalThreshold, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                if (data18 < 0.1 || isNaN(data18)) {
                  const err42 = { instancePath: instancePath + "/language/switching/weakSignalThreshold", schemaPath: "#/properties/language/properties/switching/properties/weakSignalThreshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0.1 }, message: "must be >= 0.1", schema: 0.1, parentSchema: schema34.properties.language.properties.switching.properties.weakSignalThreshold, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              } else {
                const err43 = { instancePath: instancePath + "/language/switching/weakSignalThreshold", schemaPath: "#/properties/language/properties/switching/properties/weakSignalThreshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.language.properties.switching.properties.weakSignalThreshold.type, parentSchema: schema34.properties.language.properties.switching.properties.weakSignalThreshold, data: data18 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data14.minConsecutiveForWeakThresholdSwitch !== void 0) {
              let data19 = data14.minConsecutiveForWeakThresholdSwitch;
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 > 5 || isNaN(data19)) {
                  const err44 = { instancePath: instancePath + "/language/switching/minConsecutiveForWeakThresholdSwitch", schemaPath: "#/properties/language/properties/switching/properties/minConsecutiveForWeakThresholdSwitch/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5", schema: 5, parentSchema: schema34.properties.language.properties.switching.properties.minConsecutiveForWeakThresholdSwitch, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                if (data19 < 1 || isNaN(data19)) {
                  const err45 = { instancePath: instancePath + "/language/switching/minConsecutiveForWeakThresholdSwitch", schemaPath: "#/properties/language/properties/switching/properties/minConsecutiveForWeakThresholdSwitch/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema34.properties.language.properties.switching.properties.minConsecutiveForWeakThresholdSwitch, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = { instancePath: instancePath + "/language/switching/minConsecutiveForWeakThresholdSwitch", schemaPath: "#/properties/language/properties/switching/properties/minConsecutiveForWeakThresholdSwitch/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.language.properties.switching.properties.minConsecutiveForWeakThresholdSwitch.type, parentSchema: schema34.properties.language.properties.switching.properties.minConsecutiveForWeakThresholdSwitch, data: data19 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/language/switching", schemaPath: "#/properties/language/properties/switching/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.language.properties.switching.type, parentSchema: schema34.properties.language.properties.switching, data: data14 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.language.type, parentSchema: schema34.properties.language, data: data10 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.synthesizer !== void 0) {
      let data20 = data.synthesizer;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key5 in data20) {
          if (!(key5 === "voiceConfig" || key5 === "speed" || key5 === "consistency" || key5 === "similarity" || key5 === "enhancement" || key5 === "sampleRate")) {
            const err49 = { instancePath: instancePath + "/synthesizer", schemaPath: "#/properties/synthesizer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.synthesizer, data: data20 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data20.voiceConfig !== void 0) {
          let data21 = data20.voiceConfig;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (const key6 in data21) {
              if (!(key6 === "model" || key6 === "voiceId" || key6 === "gender")) {
                const err50 = { instancePath: instancePath + "/synthesizer/voiceConfig", schemaPath: "#/properties/synthesizer/properties/voiceConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.synthesizer.properties.voiceConfig, data: data21 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data21.model !== void 0) {
              let data22 = data21.model;
              if (typeof data22 !== "string") {
                const err51 = { instancePath: instancePath + "/synthesizer/voiceConfig/model", schemaPath: "#/properties/synthesizer/properties/voiceConfig/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.synthesizer.properties.voiceConfig.properties.model.type, parentSchema: schema34.properties.synthesizer.properties.voiceConfig.properties.model, data: data22 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              if (!(data22 === "waves_lightning_v3_1" || data22 === "gpt-realtime" || data22 === "gpt-realtime-mini" || data22 === "waves" || data22 === "waves_lightning_large" || data22 === "waves_lightning_large_voice_clone" || data22 === "waves_lightning_v2" || data22 === "waves_lightning_v3" || data22 === "waves_lightning_v2_http")) {
                const err52 = { instancePath: instancePath + "/synthesizer/voiceConfig/model", schemaPath: "#/properties/synthesizer/properties/voiceConfig/properties/model/enum", keyword: "enum", params: { allowedValues: schema34.properties.synthesizer.properties.voiceConfig.properties.model.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.synthesizer.properties.voiceConfig.properties.model.enum, parentSchema: schema34.properties.synthesizer.properties.voiceConfig.properties.model, data: data22 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data21.voiceId !== void 0) {
              let data23 = data21.voiceId;
              if (typeof data23 === "string") {
                if (func2(data23) < 1) {
                  const err53 = { instancePath: instancePath + "/synthesizer/voiceConfig/voiceId", schemaPath: "#/properties/synthesizer/properties/voiceConfig/properties/voiceId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.synthesizer.properties.voiceConfig.properties.voiceId, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              } else {
                const err54 = { instancePath: instancePath + "/synthesizer/voiceConfig/voiceId", schemaPath: "#/properties/synthesizer/properties/voiceConfig/properties/voiceId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.synthesizer.properties.voiceConfig.properties.voiceId.type, parentSchema: schema34.properties.synthesizer.properties.voiceConfig.properties.voiceId, data: data23 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data21.gender !== void 0) {
              let data24 = data21.gender;
              if (typeof data24 !== "string") {
                const err55 = { instancePath: instancePath + "/synthesizer/voiceConfig/gender", schemaPath: "#/properties/synthesizer/properties/voiceConfig/properties/gender/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.synthesizer.properties.voiceConfig.properties.gender.type, parentSchema: schema34.properties.synthesizer.properties.voiceConfig.properties.gender, data: data24 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              if (!(data24 === "male" || data24 === "female")) {
                const err56 = { instancePath: instancePath + "/synthesizer/voiceConfig/gender", schemaPath: "#/properties/synthesizer/properties/voiceConfig/properties/gender/enum", keyword: "enum", params: { allowedValues: schema34.properties.synthesizer.properties.voiceConfig.properties.gender.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.synthesizer.properties.voiceConfig.properties.gender.enum, parentSchema: schema34.properties.synthesizer.properties.voiceConfig.properties.gender, data: data24 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
          } else {
            const err57 = { instancePath: instancePath + "/synthesizer/voiceConfig", schemaPath: "#/properties/synthesizer/properties/voiceConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.synthesizer.properties.voiceConfig.type, parentSchema: schema34.properties.synthesizer.properties.voiceConfig, data: data21 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data20.speed !== void 0) {
          let data25 = data20.speed;
          if (typeof data25 == "number" && isFinite(data25)) {
            if (data25 > 2 || isNaN(data25)) {
              const err58 = { instancePath: instancePath + "/synthesizer/speed", schemaPath: "#/properties/synthesizer/properties/speed/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2 }, message: "must be <= 2", schema: 2, parentSchema: schema34.properties.synthesizer.properties.speed, data: data25 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data25 < 0 || isNaN(data25)) {
              const err59 = { instancePath: instancePath + "/synthesizer/speed", schemaPath: "#/properties/synthesizer/properties/speed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.synthesizer.properties.speed, data: data25 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/synthesizer/speed", schemaPath: "#/properties/synthesizer/properties/speed/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.synthesizer.properties.speed.type, parentSchema: schema34.properties.synthesizer.properties.speed, data: data25 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data20.consistency !== void 0) {
          let data26 = data20.consistency;
          if (typeof data26 == "number" && isFinite(data26)) {
            if (data26 > 1 || isNaN(data26)) {
              const err61 = { instancePath: instancePath + "/synthesizer/consistency", schemaPath: "#/properties/synthesizer/properties/consistency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema34.properties.synthesizer.properties.consistency, data: data26 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data26 < 0 || isNaN(data26)) {
              const err62 = { instancePath: instancePath + "/synthesizer/consistency", schemaPath: "#/properties/synthesizer/properties/consistency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.synthesizer.properties.consistency, data: data26 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/synthesizer/consistency", schemaPath: "#/properties/synthesizer/properties/consistency/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.synthesizer.properties.consistency.type, parentSchema: schema34.properties.synthesizer.properties.consistency, data: data26 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data20.similarity !== void 0) {
          let data27 = data20.similarity;
          if (typeof data27 == "number" && isFinite(data27)) {
            if (data27 > 1 || isNaN(data27)) {
              const err64 = { instancePath: instancePath + "/synthesizer/similarity", schemaPath: "#/properties/synthesizer/properties/similarity/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema34.properties.synthesizer.properties.similarity, data: data27 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data27 < 0 || isNaN(data27)) {
              const err65 = { instancePath: instancePath + "/synthesizer/similarity", schemaPath: "#/properties/synthesizer/properties/similarity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.synthesizer.properties.similarity, data: data27 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          } else {
            const err66 = { instancePath: instancePath + "/synthesizer/similarity", schemaPath: "#/properties/synthesizer/properties/similarity/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.synthesizer.properties.similarity.type, parentSchema: schema34.properties.synthesizer.properties.similarity, data: data27 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data20.enhancement !== void 0) {
          let data28 = data20.enhancement;
          if (!(typeof data28 == "number" && isFinite(data28))) {
            const err67 = { instancePath: instancePath + "/synthesizer/enhancement", schemaPath: "#/properties/synthesizer/properties/enhancement/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.synthesizer.properties.enhancement.type, parentSchema: schema34.properties.synthesizer.properties.enhancement, data: data28 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          if (!(data28 === 0 || data28 === 1 || data28 === 2)) {
            const err68 = { instancePath: instancePath + "/synthesizer/enhancement", schemaPath: "#/properties/synthesizer/properties/enhancement/enum", keyword: "enum", params: { allowedValues: schema34.properties.synthesizer.properties.enhancement.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.synthesizer.properties.enhancement.enum, parentSchema: schema34.properties.synthesizer.properties.enhancement, data: data28 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data20.sampleRate !== void 0) {
          let data29 = data20.sampleRate;
          if (!(typeof data29 == "number" && isFinite(data29))) {
            const err69 = { instancePath: instancePath + "/synthesizer/sampleRate", schemaPath: "#/properties/synthesizer/properties/sampleRate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.synthesizer.properties.sampleRate.type, parentSchema: schema34.properties.synthesizer.properties.sampleRate, data: data29 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (!(data29 === 8e3 || data29 === 16e3 || data29 === 24e3 || data29 === 44100)) {
            const err70 = { instancePath: instancePath + "/synthesizer/sampleRate", schemaPath: "#/properties/synthesizer/properties/sampleRate/enum", keyword: "enum", params: { allowedValues: schema34.properties.synthesizer.properties.sampleRate.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.synthesizer.properties.sampleRate.enum, parentSchema: schema34.properties.synthesizer.properties.sampleRate, data: data29 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/synthesizer", schemaPath: "#/properties/synthesizer/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.synthesizer.type, parentSchema: schema34.properties.synthesizer, data: data20 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.allowInterruptions !== void 0) {
      let data30 = data.allowInterruptions;
      if (typeof data30 !== "boolean") {
        const err72 = { instancePath: instancePath + "/allowInterruptions", schemaPath: "#/properties/allowInterruptions/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.allowInterruptions.type, parentSchema: schema34.properties.allowInterruptions, data: data30 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.waitForUserToSpeakFirst !== void 0) {
      let data31 = data.waitForUserToSpeakFirst;
      if (typeof data31 !== "boolean") {
        const err73 = { instancePath: instancePath + "/waitForUserToSpeakFirst", schemaPath: "#/properties/waitForUserToSpeakFirst/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.waitForUserToSpeakFirst.type, parentSchema: schema34.properties.waitForUserToSpeakFirst, data: data31 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.muteUserUntilFirstBotResponse !== void 0) {
      let data32 = data.muteUserUntilFirstBotResponse;
      if (typeof data32 !== "boolean") {
        const err74 = { instancePath: instancePath + "/muteUserUntilFirstBotResponse", schemaPath: "#/properties/muteUserUntilFirstBotResponse/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.muteUserUntilFirstBotResponse.type, parentSchema: schema34.properties.muteUserUntilFirstBotResponse, data: data32 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.interruptionBackoffTimer !== void 0) {
      let data33 = data.interruptionBackoffTimer;
      if (typeof data33 == "number" && isFinite(data33)) {
        if (data33 > 10 || isNaN(data33)) {
          const err75 = { instancePath: instancePath + "/interruptionBackoffTimer", schemaPath: "#/properties/interruptionBackoffTimer/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema34.properties.interruptionBackoffTimer, data: data33 };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        if (data33 < 0 || isNaN(data33)) {
          const err76 = { instancePath: instancePath + "/interruptionBackoffTimer", schemaPath: "#/properties/interruptionBackoffTimer/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.interruptionBackoffTimer, data: data33 };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
      } else {
        const err77 = { instancePath: instancePath + "/interruptionBackoffTimer", schemaPath: "#/properties/interruptionBackoffTimer/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.interruptionBackoffTimer.type, parentSchema: schema34.properties.interruptionBackoffTimer, data: data33 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.smartTurnConfig !== void 0) {
      let data34 = data.smartTurnConfig;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        for (const key7 in data34) {
          if (!(key7 === "isEnabled" || key7 === "waitTimeInSecs")) {
            const err78 = { instancePath: instancePath + "/smartTurnConfig", schemaPath: "#/properties/smartTurnConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.smartTurnConfig, data: data34 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data34.isEnabled !== void 0) {
          let data35 = data34.isEnabled;
          if (typeof data35 !== "boolean") {
            const err79 = { instancePath: instancePath + "/smartTurnConfig/isEnabled", schemaPath: "#/properties/smartTurnConfig/properties/isEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.smartTurnConfig.properties.isEnabled.type, parentSchema: schema34.properties.smartTurnConfig.properties.isEnabled, data: data35 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data34.waitTimeInSecs !== void 0) {
          let data36 = data34.waitTimeInSecs;
          if (typeof data36 == "number" && isFinite(data36)) {
            if (data36 > 10 || isNaN(data36)) {
              const err80 = { instancePath: instancePath + "/smartTurnConfig/waitTimeInSecs", schemaPath: "#/properties/smartTurnConfig/properties/waitTimeInSecs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema34.properties.smartTurnConfig.properties.waitTimeInSecs, data: data36 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            if (data36 < 0 || isNaN(data36)) {
              const err81 = { instancePath: instancePath + "/smartTurnConfig/waitTimeInSecs", schemaPath: "#/properties/smartTurnConfig/properties/waitTimeInSecs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.smartTurnConfig.properties.waitTimeInSecs, data: data36 };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
          } else {
            const err82 = { instancePath: instancePath + "/smartTurnConfig/waitTimeInSecs", schemaPath: "#/properties/smartTurnConfig/properties/waitTimeInSecs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.smartTurnConfig.properties.waitTimeInSecs.type, parentSchema: schema34.properties.smartTurnConfig.properties.waitTimeInSecs, data: data36 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/smartTurnConfig", schemaPath: "#/properties/smartTurnConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.smartTurnConfig.type, parentSchema: schema34.properties.smartTurnConfig, data: data34 };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.voiceDetectionConfig !== void 0) {
      let data37 = data.voiceDetectionConfig;
      if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
        for (const key8 in data37) {
          if (!(key8 === "confidence" || key8 === "minVolume" || key8 === "triggerTimeInSecs" || key8 === "releaseTimeInSecs")) {
            const err84 = { instancePath: instancePath + "/voiceDetectionConfig", schemaPath: "#/properties/voiceDetectionConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.voiceDetectionConfig, data: data37 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data37.confidence !== void 0) {
          let data38 = data37.confidence;
          if (typeof data38 == "number" && isFinite(data38)) {
            if (data38 > 1 || isNaN(data38)) {
              const err85 = { instancePath: instancePath + "/voiceDetectionConfig/confidence", schemaPath: "#/properties/voiceDetectionConfig/properties/confidence/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema34.properties.voiceDetectionConfig.properties.confidence, data: data38 };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
            if (data38 < 0 || isNaN(data38)) {
              const err86 = { instancePath: instancePath + "/voiceDetectionConfig/confidence", schemaPath: "#/properties/voiceDetectionConfig/properties/confidence/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.voiceDetectionConfig.properties.confidence, data: data38 };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
          } else {
            const err87 = { instancePath: instancePath + "/voiceDetectionConfig/confidence", schemaPath: "#/properties/voiceDetectionConfig/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.voiceDetectionConfig.properties.confidence.type, parentSchema: schema34.properties.voiceDetectionConfig.properties.confidence, data: data38 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data37.minVolume !== void 0) {
          let data39 = data37.minVolume;
          if (typeof data39 == "number" && isFinite(data39)) {
            if (data39 > 1 || isNaN(data39)) {
              const err88 = { instancePath: instancePath + "/voiceDetectionConfig/minVolume", schemaPath: "#/properties/voiceDetectionConfig/properties/minVolume/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema34.properties.voiceDetectionConfig.properties.minVolume, data: data39 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
            if (data39 < 0 || isNaN(data39)) {
              const err89 = { instancePath: instancePath + "/voiceDetectionConfig/minVolume", schemaPath: "#/properties/voiceDetectionConfig/properties/minVolume/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.voiceDetectionConfig.properties.minVolume, data: data39 };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
          } else {
            const err90 = { instancePath: instancePath + "/voiceDetectionConfig/minVolume", schemaPath: "#/properties/voiceDetectionConfig/properties/minVolume/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.voiceDetectionConfig.properties.minVolume.type, parentSchema: schema34.properties.voiceDetectionConfig.properties.minVolume, data: data39 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data37.triggerTimeInSecs !== void 0) {
          let data40 = data37.triggerTimeInSecs;
          if (typeof data40 == "number" && isFinite(data40)) {
            if (data40 > 10 || isNaN(data40)) {
              const err91 = { instancePath: instancePath + "/voiceDetectionConfig/triggerTimeInSecs", schemaPath: "#/properties/voiceDetectionConfig/properties/triggerTimeInSecs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema34.properties.voiceDetectionConfig.properties.triggerTimeInSecs, data: data40 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            if (data40 < 0 || isNaN(data40)) {
              const err92 = { instancePath: instancePath + "/voiceDetectionConfig/triggerTimeInSecs", schemaPath: "#/properties/voiceDetectionConfig/properties/triggerTimeInSecs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.voiceDetectionConfig.properties.triggerTimeInSecs, data: data40 };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          } else {
            const err93 = { instancePath: instancePath + "/voiceDetectionConfig/triggerTimeInSecs", schemaPath: "#/properties/voiceDetectionConfig/properties/triggerTimeInSecs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.voiceDetectionConfig.properties.triggerTimeInSecs.type, parentSchema: schema34.properties.voiceDetectionConfig.properties.triggerTimeInSecs, data: data40 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data37.releaseTimeInSecs !== void 0) {
          let data41 = data37.releaseTimeInSecs;
          if (typeof data41 == "number" && isFinite(data41)) {
            if (data41 > 10 || isNaN(data41)) {
              const err94 = { instancePath: instancePath + "/voiceDetectionConfig/releaseTimeInSecs", schemaPath: "#/properties/voiceDetectionConfig/properties/releaseTimeInSecs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema34.properties.voiceDetectionConfig.properties.releaseTimeInSecs, data: data41 };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
            if (data41 < 0 || isNaN(data41)) {
              const err95 = { instancePath: instancePath + "/voiceDetectionConfig/releaseTimeInSecs", schemaPath: "#/properties/voiceDetectionConfig/properties/releaseTimeInSecs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.voiceDetectionConfig.properties.releaseTimeInSecs, data: data41 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          } else {
            const err96 = { instancePath: instancePath + "/voiceDetectionConfig/releaseTimeInSecs", schemaPath: "#/properties/voiceDetectionConfig/properties/releaseTimeInSecs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.voiceDetectionConfig.properties.releaseTimeInSecs.type, parentSchema: schema34.properties.voiceDetectionConfig.properties.releaseTimeInSecs, data: data41 };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
      } else {
        const err97 = { instancePath: instancePath + "/voiceDetectionConfig", schemaPath: "#/properties/voiceDetectionConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.voiceDetectionConfig.type, parentSchema: schema34.properties.voiceDetectionConfig, data: data37 };
        if (vErrors === null) {
          vErrors = [err97];
        } else {
          vErrors.push(err97);
        }
        errors++;
      }
    }
    if (data.voiceMailDetectionConfig !== void 0) {
      let data42 = data.voiceMailDetectionConfig;
      if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
        for (const key9 in data42) {
          if (!(key9 === "enabled" || key9 === "endText")) {
            const err98 = { instancePath: instancePath + "/voiceMailDetectionConfig", schemaPath: "#/properties/voiceMailDetectionConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.voiceMailDetectionConfig, data: data42 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        if (data42.enabled !== void 0) {
          let data43 = data42.enabled;
          if (typeof data43 !== "boolean") {
            const err99 = { instancePath: instancePath + "/voiceMailDetectionConfig/enabled", schemaPath: "#/properties/voiceMailDetectionConfig/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.voiceMailDetectionConfig.properties.enabled.type, parentSchema: schema34.properties.voiceMailDetectionConfig.properties.enabled, data: data43 };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        }
        if (data42.endText !== void 0) {
          let data44 = data42.endText;
          if (typeof data44 === "string") {
            if (func2(data44) > 200) {
              const err100 = { instancePath: instancePath + "/voiceMailDetectionConfig/endText", schemaPath: "#/properties/voiceMailDetectionConfig/properties/endText/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema34.properties.voiceMailDetectionConfig.properties.endText, data: data44 };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
          } else {
            const err101 = { instancePath: instancePath + "/voiceMailDetectionConfig/endText", schemaPath: "#/properties/voiceMailDetectionConfig/properties/endText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.voiceMailDetectionConfig.properties.endText.type, parentSchema: schema34.properties.voiceMailDetectionConfig.properties.endText, data: data44 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
      } else {
        const err102 = { instancePath: instancePath + "/voiceMailDetectionConfig", schemaPath: "#/properties/voiceMailDetectionConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.voiceMailDetectionConfig.type, parentSchema: schema34.properties.voiceMailDetectionConfig, data: data42 };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      }
    }
    if (data.denoisingConfig !== void 0) {
      let data45 = data.denoisingConfig;
      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
        for (const key10 in data45) {
          if (!(key10 === "isEnabled")) {
            const err103 = { instancePath: instancePath + "/denoisingConfig", schemaPath: "#/properties/denoisingConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.denoisingConfig, data: data45 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data45.isEnabled !== void 0) {
          let data46 = data45.isEnabled;
          if (typeof data46 !== "boolean") {
            const err104 = { instancePath: instancePath + "/denoisingConfig/isEnabled", schemaPath: "#/properties/denoisingConfig/properties/isEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.denoisingConfig.properties.isEnabled.type, parentSchema: schema34.properties.denoisingConfig.properties.isEnabled, data: data46 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
      } else {
        const err105 = { instancePath: instancePath + "/denoisingConfig", schemaPath: "#/properties/denoisingConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.denoisingConfig.type, parentSchema: schema34.properties.denoisingConfig, data: data45 };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
    if (data.redactionConfig !== void 0) {
      let data47 = data.redactionConfig;
      if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
        for (const key11 in data47) {
          if (!(key11 === "isEnabled")) {
            const err106 = { instancePath: instancePath + "/redactionConfig", schemaPath: "#/properties/redactionConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.redactionConfig, data: data47 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data47.isEnabled !== void 0) {
          let data48 = data47.isEnabled;
          if (typeof data48 !== "boolean") {
            const err107 = { instancePath: instancePath + "/redactionConfig/isEnabled", schemaPath: "#/properties/redactionConfig/properties/isEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.redactionConfig.properties.isEnabled.type, parentSchema: schema34.properties.redactionConfig.properties.isEnabled, data: data48 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
      } else {
        const err108 = { instancePath: instancePath + "/redactionConfig", schemaPath: "#/properties/redactionConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.redactionConfig.type, parentSchema: schema34.properties.redactionConfig, data: data47 };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
    if (data.pronunciationDicts !== void 0) {
      let data49 = data.pronunciationDicts;
      if (Array.isArray(data49)) {
        const len3 = data49.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data50 = data49[i4];
          if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
            if (data50.word === void 0) {
              const err109 = { instancePath: instancePath + "/pronunciationDicts/" + i4, schemaPath: "#/properties/pronunciationDicts/items/required", keyword: "required", params: { missingProperty: "word" }, message: "must have required property 'word'", schema: schema34.properties.pronunciationDicts.items.required, parentSchema: schema34.properties.pronunciationDicts.items, data: data50 };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
            if (data50.pronunciation === void 0) {
              const err110 = { instancePath: instancePath + "/pronunciationDicts/" + i4, schemaPath: "#/properties/pronunciationDicts/items/required", keyword: "required", params: { missingProperty: "pronunciation" }, message: "must have required property 'pronunciation'", schema: schema34.properties.pronunciationDicts.items.required, parentSchema: schema34.properties.pronunciationDicts.items, data: data50 };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
            for (const key12 in data50) {
              if (!(key12 === "word" || key12 === "pronunciation")) {
                const err111 = { instancePath: instancePath + "/pronunciationDicts/" + i4, schemaPath: "#/properties/pronunciationDicts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.pronunciationDicts.items, data: data50 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data50.word !== void 0) {
              let data51 = data50.word;
              if (typeof data51 === "string") {
                if (func2(data51) < 1) {
                  const err112 = { instancePath: instancePath + "/pronunciationDicts/" + i4 + "/word", schemaPath: "#/properties/pronunciationDicts/items/properties/word/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.pronunciationDicts.items.properties.word, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
              } else {
                const err113 = { instancePath: instancePath + "/pronunciationDicts/" + i4 + "/word", schemaPath: "#/properties/pronunciationDicts/items/properties/word/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.pronunciationDicts.items.properties.word.type, parentSchema: schema34.properties.pronunciationDicts.items.properties.word, data: data51 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data50.pronunciation !== void 0) {
              let data52 = data50.pronunciation;
              if (typeof data52 === "string") {
                if (func2(data52) < 1) {
                  const err114 = { instancePath: instancePath + "/pronunciationDicts/" + i4 + "/pronunciation", schemaPath: "#/properties/pronunciationDicts/items/properties/pronunciation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.pronunciationDicts.items.properties.pronunciation, data: data52 };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              } else {
                const err115 = { instancePath: instancePath + "/pronunciationDicts/" + i4 + "/pronunciation", schemaPath: "#/properties/pronunciationDicts/items/properties/pronunciation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.pronunciationDicts.items.properties.pronunciation.type, parentSchema: schema34.properties.pronunciationDicts.items.properties.pronunciation, data: data52 };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
          } else {
            const err116 = { instancePath: instancePath + "/pronunciationDicts/" + i4, schemaPath: "#/properties/pronunciationDicts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.pronunciationDicts.items.type, parentSchema: schema34.properties.pronunciationDicts.items, data: data50 };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
      } else {
        const err117 = { instancePath: instancePath + "/pronunciationDicts", schemaPath: "#/properties/pronunciationDicts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.pronunciationDicts.type, parentSchema: schema34.properties.pronunciationDicts, data: data49 };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
    if (data.llmIdleTimeoutConfig !== void 0) {
      let data53 = data.llmIdleTimeoutConfig;
      if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
        for (const key13 in data53) {
          if (!(key13 === "chatTimeoutTimeInSecs" || key13 === "webcallTimeoutTimeInSecs" || key13 === "telephonyTimeoutTimeInSecs" || key13 === "maxRetries")) {
            const err118 = { instancePath: instancePath + "/llmIdleTimeoutConfig", schemaPath: "#/properties/llmIdleTimeoutConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.llmIdleTimeoutConfig, data: data53 };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
        if (data53.chatTimeoutTimeInSecs !== void 0) {
          let data54 = data53.chatTimeoutTimeInSecs;
          if (typeof data54 == "number" && isFinite(data54)) {
            if (data54 > 300 || isNaN(data54)) {
              const err119 = { instancePath: instancePath + "/llmIdleTimeoutConfig/chatTimeoutTimeInSecs", schemaPath: "#/properties/llmIdleTimeoutConfig/properties/chatTimeoutTimeInSecs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 300 }, message: "must be <= 300", schema: 300, parentSchema: schema34.properties.llmIdleTimeoutConfig.properties.chatTimeoutTimeInSecs, data: data54 };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
            if (data54 < 1 || isNaN(data54)) {
              const err120 = { instancePath: instancePath + "/llmIdleTimeoutConfig/chatTimeoutTimeInSecs", schemaPath: "#/properties/llmIdleTimeoutConfig/properties/chatTimeoutTimeInSecs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema34.properties.llmIdleTimeoutConfig.properties.chatTimeoutTimeInSecs, data: data54 };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
          } else {
            const err121 = { instancePath: instancePath + "/llmIdleTimeoutConfig/chatTimeoutTimeInSecs", schemaPath: "#/properties/llmIdleTimeoutConfig/properties/chatTimeoutTimeInSecs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.llmIdleTimeoutConfig.properties.chatTimeoutTimeInSecs.type, parentSchema: schema34.properties.llmIdleTimeoutConfig.properties.chatTimeoutTimeInSecs, data: data54 };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
        }
        if (data53.webcallTimeoutTimeInSecs !== void 0) {
          let data55 = data53.webcallTimeoutTimeInSecs;
          if (typeof data55 == "number" && isFinite(data55)) {
            if (data55 > 300 || isNaN(data55)) {
              const err122 = { instancePath: instancePath + "/llmIdleTimeoutConfig/webcallTimeoutTimeInSecs", schemaPath: "#/properties/llmIdleTimeoutConfig/properties/webcallTimeoutTimeInSecs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 300 }, message: "must be <= 300", schema: 300, parentSchema: schema34.properties.llmIdleTimeoutConfig.properties.webcallTimeoutTimeInSecs, data: data55 };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
            if (data55 < 1 || isNaN(data55)) {
              const err123 = { instancePath: instancePath + "/llmIdleTimeoutConfig/webcallTimeoutTimeInSecs", schemaPath: "#/properties/llmIdleTimeoutConfig/properties/webcallTimeoutTimeInSecs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema34.properties.llmIdleTimeoutConfig.properties.webcallTimeoutTimeInSecs, data: data55 };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
          } else {
            const err124 = { instancePath: instancePath + "/llmIdleTimeoutConfig/webcallTimeoutTimeInSecs", schemaPath: "#/properties/llmIdleTimeoutConfig/properties/webcallTimeoutTimeInSecs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.llmIdleTimeoutConfig.properties.webcallTimeoutTimeInSecs.type, parentSchema: schema34.properties.llmIdleTimeoutConfig.properties.webcallTimeoutTimeInSecs, data: data55 };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
        }
        if (data53.telephonyTimeoutTimeInSecs !== void 0) {
          let data56 = data53.telephonyTimeoutTimeInSecs;
          if (typeof data56 == "number" && isFinite(data56)) {
            if (data56 > 300 || isNaN(data56)) {
              const err125 = { instancePath: instancePath + "/llmIdleTimeoutConfig/telephonyTimeoutTimeInSecs", schemaPath: "#/properties/llmIdleTimeoutConfig/properties/telephonyTimeoutTimeInSecs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 300 }, message: "must be <= 300", schema: 300, parentSchema: schema34.properties.llmIdleTimeoutConfig.properties.telephonyTimeoutTimeInSecs, data: data56 };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
            if (data56 < 1 || isNaN(data56)) {
              const err126 = { instancePath: instancePath + "/llmIdleTimeoutConfig/telephonyTimeoutTimeInSecs", schemaPath: "#/properties/llmIdleTimeoutConfig/properties/telephonyTimeoutTimeInSecs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema34.properties.llmIdleTimeoutConfig.properties.telephonyTimeoutTimeInSecs, data: data56 };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
          } else {
            const err127 = { instancePath: instancePath + "/llmIdleTimeoutConfig/telephonyTimeoutTimeInSecs", schemaPath: "#/properties/llmIdleTimeoutConfig/properties/telephonyTimeoutTimeInSecs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.llmIdleTimeoutConfig.properties.telephonyTimeoutTimeInSecs.type, parentSchema: schema34.properties.llmIdleTimeoutConfig.properties.telephonyTimeoutTimeInSecs, data: data56 };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
        }
        if (data53.maxRetries !== void 0) {
          let data57 = data53.maxRetries;
          if (typeof data57 == "number" && isFinite(data57)) {
            if (data57 < 0 || isNaN(data57)) {
              const err128 = { instancePath: instancePath + "/llmIdleTimeoutConfig/maxRetries", schemaPath: "#/properties/llmIdleTimeoutConfig/properties/maxRetries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.llmIdleTimeoutConfig.properties.maxRetries, data: data57 };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
          } else {
            const err129 = { instancePath: instancePath + "/llmIdleTimeoutConfig/maxRetries", schemaPath: "#/properties/llmIdleTimeoutConfig/properties/maxRetries/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.llmIdleTimeoutConfig.properties.maxRetries.type, parentSchema: schema34.properties.llmIdleTimeoutConfig.properties.maxRetries, data: data57 };
            if (vErrors === null) {
              vErrors = [err129];
            } else {
              vErrors.push(err129);
            }
            errors++;
          }
        }
      } else {
        const err130 = { instancePath: instancePath + "/llmIdleTimeoutConfig", schemaPath: "#/properties/llmIdleTimeoutConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.llmIdleTimeoutConfig.type, parentSchema: schema34.properties.llmIdleTimeoutConfig, data: data53 };
        if (vErrors === null) {
          vErrors = [err130];
        } else {
          vErrors.push(err130);
        }
        errors++;
      }
    }
    if (data.sessionTimeoutConfig !== void 0) {
      let data58 = data.sessionTimeoutConfig;
      if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
        for (const key14 in data58) {
          if (!(key14 === "timeoutTimeInSecs")) {
            const err131 = { instancePath: instancePath + "/sessionTimeoutConfig", schemaPath: "#/properties/sessionTimeoutConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.sessionTimeoutConfig, data: data58 };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors++;
          }
        }
        if (data58.timeoutTimeInSecs !== void 0) {
          let data59 = data58.timeoutTimeInSecs;
          if (typeof data59 == "number" && isFinite(data59)) {
            if (data59 > 3600 || isNaN(data59)) {
              const err132 = { instancePath: instancePath + "/sessionTimeoutConfig/timeoutTimeInSecs", schemaPath: "#/properties/sessionTimeoutConfig/properties/timeoutTimeInSecs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema34.properties.sessionTimeoutConfig.properties.timeoutTimeInSecs, data: data59 };
              if (vErrors === null) {
                vErrors = [err132];
              } else {
                vErrors.push(err132);
              }
              errors++;
            }
            if (data59 <= 0 || isNaN(data59)) {
              const err133 = { instancePath: instancePath + "/sessionTimeoutConfig/timeoutTimeInSecs", schemaPath: "#/properties/sessionTimeoutConfig/properties/timeoutTimeInSecs/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema34.properties.sessionTimeoutConfig.properties.timeoutTimeInSecs, data: data59 };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
          } else {
            const err134 = { instancePath: instancePath + "/sessionTimeoutConfig/timeoutTimeInSecs", schemaPath: "#/properties/sessionTimeoutConfig/properties/timeoutTimeInSecs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.sessionTimeoutConfig.properties.timeoutTimeInSecs.type, parentSchema: schema34.properties.sessionTimeoutConfig.properties.timeoutTimeInSecs, data: data59 };
            if (vErrors === null) {
              vErrors = [err134];
            } else {
              vErrors.push(err134);
            }
            errors++;
          }
        }
      } else {
        const err135 = { instancePath: instancePath + "/sessionTimeoutConfig", schemaPath: "#/properties/sessionTimeoutConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.sessionTimeoutConfig.type, parentSchema: schema34.properties.sessionTimeoutConfig, data: data58 };
        if (vErrors === null) {
          vErrors = [err135];
        } else {
          vErrors.push(err135);
        }
        errors++;
      }
    }
    if (data.timezone !== void 0) {
      let data60 = data.timezone;
      if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
        if (data60.label === void 0) {
          const err136 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema34.properties.timezone.required, parentSchema: schema34.properties.timezone, data: data60 };
          if (vErrors === null) {
            vErrors = [err136];
          } else {
            vErrors.push(err136);
          }
          errors++;
        }
        if (data60.offset === void 0) {
          const err137 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/required", keyword: "required", params: { missingProperty: "offset" }, message: "must have required property 'offset'", schema: schema34.properties.timezone.required, parentSchema: schema34.properties.timezone, data: data60 };
          if (vErrors === null) {
            vErrors = [err137];
          } else {
            vErrors.push(err137);
          }
          errors++;
        }
        for (const key15 in data60) {
          if (!(key15 === "label" || key15 === "offset")) {
            const err138 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.timezone, data: data60 };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
        }
        if (data60.label !== void 0) {
          let data61 = data60.label;
          if (typeof data61 === "string") {
            if (func2(data61) < 1) {
              const err139 = { instancePath: instancePath + "/timezone/label", schemaPath: "#/properties/timezone/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.timezone.properties.label, data: data61 };
              if (vErrors === null) {
                vErrors = [err139];
              } else {
                vErrors.push(err139);
              }
              errors++;
            }
          } else {
            const err140 = { instancePath: instancePath + "/timezone/label", schemaPath: "#/properties/timezone/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.timezone.properties.label.type, parentSchema: schema34.properties.timezone.properties.label, data: data61 };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          }
        }
        if (data60.offset !== void 0) {
          let data62 = data60.offset;
          if (typeof data62 == "number" && isFinite(data62)) {
            if (data62 > 840 || isNaN(data62)) {
              const err141 = { instancePath: instancePath + "/timezone/offset", schemaPath: "#/properties/timezone/properties/offset/maximum", keyword: "maximum", params: { comparison: "<=", limit: 840 }, message: "must be <= 840", schema: 840, parentSchema: schema34.properties.timezone.properties.offset, data: data62 };
              if (vErrors === null) {
                vErrors = [err141];
              } else {
                vErrors.push(err141);
              }
              errors++;
            }
            if (data62 < -720 || isNaN(data62)) {
              const err142 = { instancePath: instancePath + "/timezone/offset", schemaPath: "#/properties/timezone/properties/offset/minimum", keyword: "minimum", params: { comparison: ">=", limit: -720 }, message: "must be >= -720", schema: -720, parentSchema: schema34.properties.timezone.properties.offset, data: data62 };
              if (vErrors === null) {
                vErrors = [err142];
              } else {
                vErrors.push(err142);
              }
              errors++;
            }
          } else {
            const err143 = { instancePath: instancePath + "/timezone/offset", schemaPath: "#/properties/timezone/properties/offset/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.timezone.properties.offset.type, parentSchema: schema34.properties.timezone.properties.offset, data: data62 };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
        }
      } else {
        const err144 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.timezone.type, parentSchema: schema34.properties.timezone, data: data60 };
        if (vErrors === null) {
          vErrors = [err144];
        } else {
          vErrors.push(err144);
        }
        errors++;
      }
    }
    if (data.callDispositionConfig !== void 0) {
      let data63 = data.callDispositionConfig;
      if (typeof data63 !== "string") {
        const err145 = { instancePath: instancePath + "/callDispositionConfig", schemaPath: "#/properties/callDispositionConfig/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.callDispositionConfig.type, parentSchema: schema34.properties.callDispositionConfig, data: data63 };
        if (vErrors === null) {
          vErrors = [err145];
        } else {
          vErrors.push(err145);
        }
        errors++;
      }
    }
    if (data.backgroundSound !== void 0) {
      let data64 = data.backgroundSound;
      if (typeof data64 !== "string") {
        const err146 = { instancePath: instancePath + "/backgroundSound", schemaPath: "#/properties/backgroundSound/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.backgroundSound.type, parentSchema: schema34.properties.backgroundSound, data: data64 };
        if (vErrors === null) {
          vErrors = [err146];
        } else {
          vErrors.push(err146);
        }
        errors++;
      }
      if (!(data64 === "" || data64 === "office" || data64 === "cafe" || data64 === "call_center" || data64 === "static")) {
        const err147 = { instancePath: instancePath + "/backgroundSound", schemaPath: "#/properties/backgroundSound/enum", keyword: "enum", params: { allowedValues: schema34.properties.backgroundSound.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.backgroundSound.enum, parentSchema: schema34.properties.backgroundSound, data: data64 };
        if (vErrors === null) {
          vErrors = [err147];
        } else {
          vErrors.push(err147);
        }
        errors++;
      }
    }
    if (data.enableStyleGuide !== void 0) {
      let data65 = data.enableStyleGuide;
      if (typeof data65 !== "boolean") {
        const err148 = { instancePath: instancePath + "/enableStyleGuide", schemaPath: "#/properties/enableStyleGuide/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.enableStyleGuide.type, parentSchema: schema34.properties.enableStyleGuide, data: data65 };
        if (vErrors === null) {
          vErrors = [err148];
        } else {
          vErrors.push(err148);
        }
        errors++;
      }
    }
    if (data.speechFormatting !== void 0) {
      let data66 = data.speechFormatting;
      if (typeof data66 !== "boolean") {
        const err149 = { instancePath: instancePath + "/speechFormatting", schemaPath: "#/properties/speechFormatting/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.speechFormatting.type, parentSchema: schema34.properties.speechFormatting, data: data66 };
        if (vErrors === null) {
          vErrors = [err149];
        } else {
          vErrors.push(err149);
        }
        errors++;
      }
    }
    if (data.defaultVariables !== void 0) {
      let data67 = data.defaultVariables;
      if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
        for (const key16 in data67) {
          let data68 = data67[key16];
          const _errs161 = errors;
          let valid28 = false;
          const _errs162 = errors;
          if (typeof data68 !== "string") {
            const err150 = { instancePath: instancePath + "/defaultVariables/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/scalarMap/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.additionalProperties.anyOf[0].type, parentSchema: schema52.additionalProperties.anyOf[0], data: data68 };
            if (vErrors === null) {
              vErrors = [err150];
            } else {
              vErrors.push(err150);
            }
            errors++;
          }
          var _valid1 = _errs162 === errors;
          valid28 = valid28 || _valid1;
          const _errs164 = errors;
          if (!(typeof data68 == "number" && isFinite(data68))) {
            const err151 = { instancePath: instancePath + "/defaultVariables/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/scalarMap/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema52.additionalProperties.anyOf[1].type, parentSchema: schema52.additionalProperties.anyOf[1], data: data68 };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          }
          var _valid1 = _errs164 === errors;
          valid28 = valid28 || _valid1;
          const _errs166 = errors;
          if (typeof data68 !== "boolean") {
            const err152 = { instancePath: instancePath + "/defaultVariables/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/scalarMap/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema52.additionalProperties.anyOf[2].type, parentSchema: schema52.additionalProperties.anyOf[2], data: data68 };
            if (vErrors === null) {
              vErrors = [err152];
            } else {
              vErrors.push(err152);
            }
            errors++;
          }
          var _valid1 = _errs166 === errors;
          valid28 = valid28 || _valid1;
          if (!valid28) {
            const err153 = { instancePath: instancePath + "/defaultVariables/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/scalarMap/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema52.additionalProperties.anyOf, parentSchema: schema52.additionalProperties, data: data68 };
            if (vErrors === null) {
              vErrors = [err153];
            } else {
              vErrors.push(err153);
            }
            errors++;
          } else {
            errors = _errs161;
            if (vErrors !== null) {
              if (_errs161) {
                vErrors.length = _errs161;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err154 = { instancePath: instancePath + "/defaultVariables", schemaPath: "#/$defs/scalarMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data67 };
        if (vErrors === null) {
          vErrors = [err154];
        } else {
          vErrors.push(err154);
        }
        errors++;
      }
    }
    if (data.globalKnowledgeBaseId !== void 0) {
      let data69 = data.globalKnowledgeBaseId;
      if (typeof data69 === "string") {
        if (func2(data69) < 1) {
          const err155 = { instancePath: instancePath + "/globalKnowledgeBaseId", schemaPath: "#/properties/globalKnowledgeBaseId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.globalKnowledgeBaseId, data: data69 };
          if (vErrors === null) {
            vErrors = [err155];
          } else {
            vErrors.push(err155);
          }
          errors++;
        }
      } else {
        const err156 = { instancePath: instancePath + "/globalKnowledgeBaseId", schemaPath: "#/properties/globalKnowledgeBaseId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.globalKnowledgeBaseId.type, parentSchema: schema34.properties.globalKnowledgeBaseId, data: data69 };
        if (vErrors === null) {
          vErrors = [err156];
        } else {
          vErrors.push(err156);
        }
        errors++;
      }
    }
    if (data.knowledgeBase !== void 0) {
      let data70 = data.knowledgeBase;
      if (typeof data70 === "string") {
        if (func2(data70) < 1) {
          const err157 = { instancePath: instancePath + "/knowledgeBase", schemaPath: "#/properties/knowledgeBase/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.knowledgeBase, data: data70 };
          if (vErrors === null) {
            vErrors = [err157];
          } else {
            vErrors.push(err157);
          }
          errors++;
        }
      } else {
        const err158 = { instancePath: instancePath + "/knowledgeBase", schemaPath: "#/properties/knowledgeBase/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.knowledgeBase.type, parentSchema: schema34.properties.knowledgeBase, data: data70 };
        if (vErrors === null) {
          vErrors = [err158];
        } else {
          vErrors.push(err158);
        }
        errors++;
      }
    }
    if (data.preCallAPI !== void 0) {
      let data71 = data.preCallAPI;
      if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
        if (data71.url === void 0) {
          const err159 = { instancePath: instancePath + "/preCallAPI", schemaPath: "#/properties/preCallAPI/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema34.properties.preCallAPI.required, parentSchema: schema34.properties.preCallAPI, data: data71 };
          if (vErrors === null) {
            vErrors = [err159];
          } else {
            vErrors.push(err159);
          }
          errors++;
        }
        if (data71.method === void 0) {
          const err160 = { instancePath: instancePath + "/preCallAPI", schemaPath: "#/properties/preCallAPI/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'", schema: schema34.properties.preCallAPI.required, parentSchema: schema34.properties.preCallAPI, data: data71 };
          if (vErrors === null) {
            vErrors = [err160];
          } else {
            vErrors.push(err160);
          }
          errors++;
        }
        for (const key17 in data71) {
          if (!(key17 === "isEnabled" || key17 === "url" || key17 === "method" || key17 === "headers" || key17 === "body" || key17 === "timeout" || key17 === "queryParams" || key17 === "responseVariables")) {
            const err161 = { instancePath: instancePath + "/preCallAPI", schemaPath: "#/properties/preCallAPI/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.preCallAPI, data: data71 };
            if (vErrors === null) {
              vErrors = [err161];
            } else {
              vErrors.push(err161);
            }
            errors++;
          }
        }
        if (data71.isEnabled !== void 0) {
          let data72 = data71.isEnabled;
          if (typeof data72 !== "boolean") {
            const err162 = { instancePath: instancePath + "/preCallAPI/isEnabled", schemaPath: "#/properties/preCallAPI/properties/isEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.preCallAPI.properties.isEnabled.type, parentSchema: schema34.properties.preCallAPI.properties.isEnabled, data: data72 };
            if (vErrors === null) {
              vErrors = [err162];
            } else {
              vErrors.push(err162);
            }
            errors++;
          }
        }
        if (data71.url !== void 0) {
          let data73 = data71.url;
          if (typeof data73 === "string") {
            if (!pattern6.test(data73)) {
              const err163 = { instancePath: instancePath + "/preCallAPI/url", schemaPath: "#/properties/preCallAPI/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://\\S+$" }, message: 'must match pattern "^https?://\\S+$"', schema: "^https?://\\S+$", parentSchema: schema34.properties.preCallAPI.properties.url, data: data73 };
              if (vErrors === null) {
                vErrors = [err163];
              } else {
                vErrors.push(err163);
              }
              errors++;
            }
          } else {
            const err164 = { instancePath: instancePath + "/preCallAPI/url", schemaPath: "#/properties/preCallAPI/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.preCallAPI.properties.url.type, parentSchema: schema34.properties.preCallAPI.properties.url, data: data73 };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          }
        }
        if (data71.method !== void 0) {
          let data74 = data71.method;
          if (typeof data74 !== "string") {
            const err165 = { instancePath: instancePath + "/preCallAPI/method", schemaPath: "#/properties/preCallAPI/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.preCallAPI.properties.method.type, parentSchema: schema34.properties.preCallAPI.properties.method, data: data74 };
            if (vErrors === null) {
              vErrors = [err165];
            } else {
              vErrors.push(err165);
            }
            errors++;
          }
          if (!(data74 === "GET" || data74 === "POST" || data74 === "PUT" || data74 === "DELETE" || data74 === "PATCH")) {
            const err166 = { instancePath: instancePath + "/preCallAPI/method", schemaPath: "#/properties/preCallAPI/properties/method/enum", keyword: "enum", params: { allowedValues: schema34.properties.preCallAPI.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.preCallAPI.properties.method.enum, parentSchema: schema34.properties.preCallAPI.properties.method, data: data74 };
            if (vErrors === null) {
              vErrors = [err166];
            } else {
              vErrors.push(err166);
            }
            errors++;
          }
        }
        if (data71.headers !== void 0) {
          let data75 = data71.headers;
          if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
            for (const key18 in data75) {
              let data76 = data75[key18];
              if (typeof data76 !== "string") {
                const err167 = { instancePath: instancePath + "/preCallAPI/headers/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.additionalProperties.type, parentSchema: schema44.additionalProperties, data: data76 };
                if (vErrors === null) {
                  vErrors = [err167];
                } else {
                  vErrors.push(err167);
                }
                errors++;
              }
            }
          } else {
            const err168 = { instancePath: instancePath + "/preCallAPI/headers", schemaPath: "#/$defs/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data75 };
            if (vErrors === null) {
              vErrors = [err168];
            } else {
              vErrors.push(err168);
            }
            errors++;
          }
        }
        if (data71.body !== void 0) {
          let data77 = data71.body;
          if (!(data77 && typeof data77 == "object" && !Array.isArray(data77))) {
            const err169 = { instancePath: instancePath + "/preCallAPI/body", schemaPath: "#/properties/preCallAPI/properties/body/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.preCallAPI.properties.body.type, parentSchema: schema34.properties.preCallAPI.properties.body, data: data77 };
            if (vErrors === null) {
              vErrors = [err169];
            } else {
              vErrors.push(err169);
            }
            errors++;
          }
        }
        if (data71.timeout !== void 0) {
          let data78 = data71.timeout;
          if (!(typeof data78 == "number" && (!(data78 % 1) && !isNaN(data78)) && isFinite(data78))) {
            const err170 = { instancePath: instancePath + "/preCallAPI/timeout", schemaPath: "#/properties/preCallAPI/properties/timeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.preCallAPI.properties.timeout.type, parentSchema: schema34.properties.preCallAPI.properties.timeout, data: data78 };
            if (vErrors === null) {
              vErrors = [err170];
            } else {
              vErrors.push(err170);
            }
            errors++;
          }
          if (typeof data78 == "number" && isFinite(data78)) {
            if (data78 > 30 || isNaN(data78)) {
              const err171 = { instancePath: instancePath + "/preCallAPI/timeout", schemaPath: "#/properties/preCallAPI/properties/timeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: 30 }, message: "must be <= 30", schema: 30, parentSchema: schema34.properties.preCallAPI.properties.timeout, data: data78 };
              if (vErrors === null) {
                vErrors = [err171];
              } else {
                vErrors.push(err171);
              }
              errors++;
            }
            if (data78 < 1 || isNaN(data78)) {
              const err172 = { instancePath: instancePath + "/preCallAPI/timeout", schemaPath: "#/properties/preCallAPI/properties/timeout/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema34.properties.preCallAPI.properties.timeout, data: data78 };
              if (vErrors === null) {
                vErrors = [err172];
              } else {
                vErrors.push(err172);
              }
              errors++;
            }
          }
        }
        if (data71.queryParams !== void 0) {
          let data79 = data71.queryParams;
          if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
            for (const key19 in data79) {
              let data80 = data79[key19];
              const _errs196 = errors;
              let valid34 = false;
              const _errs197 = errors;
              if (typeof data80 !== "string") {
                const err173 = { instancePath: instancePath + "/preCallAPI/queryParams/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/scalarMap/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.additionalProperties.anyOf[0].type, parentSchema: schema52.additionalProperties.anyOf[0], data: data80 };
                if (vErrors === null) {
                  vErrors = [err173];
                } else {
                  vErrors.push(err173);
                }
                errors++;
              }
              var _valid2 = _errs197 === errors;
              valid34 = valid34 || _valid2;
              const _errs199 = errors;
              if (!(typeof data80 == "number" && isFinite(data80))) {
                const err174 = { instancePath: instancePath + "/preCallAPI/queryParams/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/scalarMap/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema52.additionalProperties.anyOf[1].type, parentSchema: schema52.additionalProperties.anyOf[1], data: data80 };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
              var _valid2 = _errs199 === errors;
              valid34 = valid34 || _valid2;
              const _errs201 = errors;
              if (typeof data80 !== "boolean") {
                const err175 = { instancePath: instancePath + "/preCallAPI/queryParams/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/scalarMap/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema52.additionalProperties.anyOf[2].type, parentSchema: schema52.additionalProperties.anyOf[2], data: data80 };
                if (vErrors === null) {
                  vErrors = [err175];
                } else {
                  vErrors.push(err175);
                }
                errors++;
              }
              var _valid2 = _errs201 === errors;
              valid34 = valid34 || _valid2;
              if (!valid34) {
                const err176 = { instancePath: instancePath + "/preCallAPI/queryParams/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/scalarMap/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema52.additionalProperties.anyOf, parentSchema: schema52.additionalProperties, data: data80 };
                if (vErrors === null) {
                  vErrors = [err176];
                } else {
                  vErrors.push(err176);
                }
                errors++;
              } else {
                errors = _errs196;
                if (vErrors !== null) {
                  if (_errs196) {
                    vErrors.length = _errs196;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err177 = { instancePath: instancePath + "/preCallAPI/queryParams", schemaPath: "#/$defs/scalarMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data79 };
            if (vErrors === null) {
              vErrors = [err177];
            } else {
              vErrors.push(err177);
            }
            errors++;
          }
        }
        if (data71.responseVariables !== void 0) {
          let data81 = data71.responseVariables;
          if (Array.isArray(data81)) {
            const len4 = data81.length;
            for (let i5 = 0; i5 < len4; i5++) {
              let data82 = data81[i5];
              if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                if (data82.variableName === void 0) {
                  const err178 = { instancePath: instancePath + "/preCallAPI/responseVariables/" + i5, schemaPath: "#/$defs/responseVariable/required", keyword: "required", params: { missingProperty: "variableName" }, message: "must have required property 'variableName'", schema: schema48.required, parentSchema: schema48, data: data82 };
                  if (vErrors === null) {
                    vErrors = [err178];
                  } else {
                    vErrors.push(err178);
                  }
                  errors++;
                }
                if (data82.jsonPath === void 0) {
                  const err179 = { instancePath: instancePath + "/preCallAPI/responseVariables/" + i5, schemaPath: "#/$defs/responseVariable/required", keyword: "required", params: { missingProperty: "jsonPath" }, message: "must have required property 'jsonPath'", schema: schema48.required, parentSchema: schema48, data: data82 };
                  if (vErrors === null) {
                    vErrors = [err179];
                  } else {
                    vErrors.push(err179);
                  }
                  errors++;
                }
                for (const key20 in data82) {
                  if (!(key20 === "variableName" || key20 === "jsonPath")) {
                    const err180 = { instancePath: instancePath + "/preCallAPI/responseVariables/" + i5, schemaPath: "#/$defs/responseVariable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data: data82 };
                    if (vErrors === null) {
                      vErrors = [err180];
                    } else {
                      vErrors.push(err180);
                    }
                    errors++;
                  }
                }
                if (data82.variableName !== void 0) {
                  let data83 = data82.variableName;
                  if (typeof data83 === "string") {
                    if (func2(data83) < 1) {
                      const err181 = { instancePath: instancePath + "/preCallAPI/responseVariables/" + i5 + "/variableName", schemaPath: "#/$defs/responseVariable/properties/variableName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.variableName, data: data83 };
                      if (vErrors === null) {
                        vErrors = [err181];
                      } else {
                        vErrors.push(err181);
                      }
                      errors++;
                    }
                  } else {
                    const err182 = { instancePath: instancePath + "/preCallAPI/responseVariables/" + i5 + "/variableName", schemaPath: "#/$defs/responseVariable/properties/variableName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.variableName.type, parentSchema: schema48.properties.variableName, data: data83 };
                    if (vErrors === null) {
                      vErrors = [err182];
                    } else {
                      vErrors.push(err182);
                    }
                    errors++;
                  }
                }
                if (data82.jsonPath !== void 0) {
                  let data84 = data82.jsonPath;
                  if (typeof data84 === "string") {
                    if (func2(data84) < 1) {
                      const err183 = { instancePath: instancePath + "/preCallAPI/responseVariables/" + i5 + "/jsonPath", schemaPath: "#/$defs/responseVariable/properties/jsonPath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.jsonPath, data: data84 };
                      if (vErrors === null) {
                        vErrors = [err183];
                      } else {
                        vErrors.push(err183);
                      }
                      errors++;
                    }
                  } else {
                    const err184 = { instancePath: instancePath + "/preCallAPI/responseVariables/" + i5 + "/jsonPath", schemaPath: "#/$defs/responseVariable/properties/jsonPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.jsonPath.type, parentSchema: schema48.properties.jsonPath, data: data84 };
                    if (vErrors === null) {
                      vErrors = [err184];
                    } else {
                      vErrors.push(err184);
                    }
                    errors++;
                  }
                }
              } else {
                const err185 = { instancePath: instancePath + "/preCallAPI/responseVariables/" + i5, schemaPath: "#/$defs/responseVariable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data: data82 };
                if (vErrors === null) {
                  vErrors = [err185];
                } else {
                  vErrors.push(err185);
                }
                errors++;
              }
            }
          } else {
            const err186 = { instancePath: instancePath + "/preCallAPI/responseVariables", schemaPath: "#/properties/preCallAPI/properties/responseVariables/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.preCallAPI.properties.responseVariables.type, parentSchema: schema34.properties.preCallAPI.properties.responseVariables, data: data81 };
            if (vErrors === null) {
              vErrors = [err186];
            } else {
              vErrors.push(err186);
            }
            errors++;
          }
        }
      } else {
        const err187 = { instancePath: instancePath + "/preCallAPI", schemaPath: "#/properties/preCallAPI/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.preCallAPI.type, parentSchema: schema34.properties.preCallAPI, data: data71 };
        if (vErrors === null) {
          vErrors = [err187];
        } else {
          vErrors.push(err187);
        }
        errors++;
      }
    }
    if (data.postCallAnalyticsConfig !== void 0) {
      let data85 = data.postCallAnalyticsConfig;
      if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
        for (const key21 in data85) {
          if (!(key21 === "dispositionMetrics" || key21 === "useInternalAnalyticsModel" || key21 === "useReasoningModel")) {
            const err188 = { instancePath: instancePath + "/postCallAnalyticsConfig", schemaPath: "#/properties/postCallAnalyticsConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.postCallAnalyticsConfig, data: data85 };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          }
        }
        if (data85.dispositionMetrics !== void 0) {
          let data86 = data85.dispositionMetrics;
          if (Array.isArray(data86)) {
            const len5 = data86.length;
            for (let i6 = 0; i6 < len5; i6++) {
              let data87 = data86[i6];
              const _errs221 = errors;
              let valid43 = true;
              const _errs222 = errors;
              if (errors === _errs222) {
                if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                  let missing0;
                  if (data87.dispositionMetricType === void 0 && (missing0 = "dispositionMetricType")) {
                    const err189 = {};
                    if (vErrors === null) {
                      vErrors = [err189];
                    } else {
                      vErrors.push(err189);
                    }
                    errors++;
                  } else {
                    if (data87.dispositionMetricType !== void 0) {
                      if ("ENUM" !== data87.dispositionMetricType) {
                        const err190 = {};
                        if (vErrors === null) {
                          vErrors = [err190];
                        } else {
                          vErrors.push(err190);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err191 = {};
                  if (vErrors === null) {
                    vErrors = [err191];
                  } else {
                    vErrors.push(err191);
                  }
                  errors++;
                }
              }
              var _valid3 = _errs222 === errors;
              errors = _errs221;
              if (vErrors !== null) {
                if (_errs221) {
                  vErrors.length = _errs221;
                } else {
                  vErrors = null;
                }
              }
              if (_valid3) {
                const _errs225 = errors;
                if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                  if (data87.choices === void 0) {
                    const err192 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics/" + i6, schemaPath: "#/$defs/dispositionMetric/then/required", keyword: "required", params: { missingProperty: "choices" }, message: "must have required property 'choices'", schema: schema56.then.required, parentSchema: schema56.then, data: data87 };
                    if (vErrors === null) {
                      vErrors = [err192];
                    } else {
                      vErrors.push(err192);
                    }
                    errors++;
                  }
                } else {
                  const err193 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics/" + i6, schemaPath: "#/$defs/dispositionMetric/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.then.type, parentSchema: schema56.then, data: data87 };
                  if (vErrors === null) {
                    vErrors = [err193];
                  } else {
                    vErrors.push(err193);
                  }
                  errors++;
                }
                var _valid3 = _errs225 === errors;
                valid43 = _valid3;
                if (valid43) {
                  var props2 = {};
                  props2.choices = true;
                  props2.dispositionMetricType = true;
                }
              }
              if (!valid43) {
                const err194 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics/" + i6, schemaPath: "#/$defs/dispositionMetric/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema56.if, parentSchema: schema56, data: data87 };
                if (vErrors === null) {
                  vErrors = [err194];
                } else {
                  vErrors.push(err194);
                }
                errors++;
              }
              if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                if (data87.identifier === void 0) {
                  const err195 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics/" + i6, schemaPath: "#/$defs/dispositionMetric/required", keyword: "required", params: { missingProperty: "identifier" }, message: "must have required property 'identifier'", schema: schema56.required, parentSchema: schema56, data: data87 };
                  if (vErrors === null) {
                    vErrors = [err195];
                  } else {
                    vErrors.push(err195);
                  }
                  errors++;
                }
                if (data87.dispositionMetricPrompt === void 0) {
                  const err196 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics/" + i6, schemaPath: "#/$defs/dispositionMetric/required", keyword: "required", params: { missingProperty: "dispositionMetricPrompt" }, message: "must have required property 'dispositionMetricPrompt'", schema: schema56.required, parentSchema: schema56, data: data87 };
                  if (vErrors === null) {
                    vErrors = [err196];
                  } else {
                    vErrors.push(err196);
                  }
                  errors++;
                }
                if (data87.dispositionMetricType === void 0) {
                  const err197 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics/" + i6, schemaPath: "#/$defs/dispositionMetric/required", keyword: "required", params: { missingProperty: "dispositionMetricType" }, message: "must have required property 'dispositionMetricType'", schema: schema56.required, parentSchema: schema56, data: data87 };
                  if (vErrors === null) {
                    vErrors = [err197];
                  } else {
                    vErrors.push(err197);
                  }
                  errors++;
                }
                for (const key22 in data87) {
                  if (!(key22 === "identifier" || key22 === "dispositionMetricPrompt" || key22 === "dispositionMetricType" || key22 === "choices")) {
                    const err198 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics/" + i6, schemaPath: "#/$defs/dispositionMetric/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data: data87 };
                    if (vErrors === null) {
                      vErrors = [err198];
                    } else {
                      vErrors.push(err198);
                    }
                    errors++;
                  }
                }
                if (data87.identifier !== void 0) {
                  let data89 = data87.identifier;
                  if (typeof data89 === "string") {
                    if (!pattern17.test(data89)) {
                      const err199 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics/" + i6 + "/identifier", schemaPath: "#/$defs/dispositionMetric/properties/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_]+$" }, message: 'must match pattern "^[a-z0-9_]+$"', schema: "^[a-z0-9_]+$", parentSchema: schema56.properties.identifier, data: data89 };
                      if (vErrors === null) {
                        vErrors = [err199];
                      } else {
                        vErrors.push(err199);
                      }
                      errors++;
                    }
                  } else {
                    const err200 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics/" + i6 + "/identifier", schemaPath: "#/$defs/dispositionMetric/properties/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.identifier.type, parentSchema: schema56.properties.identifier, data: data89 };
                    if (vErrors === null) {
                      vErrors = [err200];
                    } else {
                      vErrors.push(err200);
                    }
                    errors++;
                  }
                }
                if (data87.dispositionMetricPrompt !== void 0) {
                  let data90 = data87.dispositionMetricPrompt;
                  if (typeof data90 === "string") {
                    if (func2(data90) < 1) {
                      const err201 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics/" + i6 + "/dispositionMetricPrompt", schemaPath: "#/$defs/dispositionMetric/properties/dispositionMetricPrompt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.dispositionMetricPrompt, data: data90 };
                      if (vErrors === null) {
                        vErrors = [err201];
                      } else {
                        vErrors.push(err201);
                      }
                      errors++;
                    }
                  } else {
                    const err202 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics/" + i6 + "/dispositionMetricPrompt", schemaPath: "#/$defs/dispositionMetric/properties/dispositionMetricPrompt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.dispositionMetricPrompt.type, parentSchema: schema56.properties.dispositionMetricPrompt, data: data90 };
                    if (vErrors === null) {
                      vErrors = [err202];
                    } else {
                      vErrors.push(err202);
                    }
                    errors++;
                  }
                }
                if (data87.dispositionMetricType !== void 0) {
                  let data91 = data87.dispositionMetricType;
                  if (typeof data91 !== "string") {
                    const err203 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics/" + i6 + "/dispositionMetricType", schemaPath: "#/$defs/dispositionMetric/properties/dispositionMetricType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.dispositionMetricType.type, parentSchema: schema56.properties.dispositionMetricType, data: data91 };
                    if (vErrors === null) {
                      vErrors = [err203];
                    } else {
                      vErrors.push(err203);
                    }
                    errors++;
                  }
                  if (!(data91 === "STRING" || data91 === "BOOLEAN" || data91 === "INTEGER" || data91 === "ENUM" || data91 === "DATETIME")) {
                    const err204 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics/" + i6 + "/dispositionMetricType", schemaPath: "#/$defs/dispositionMetric/properties/dispositionMetricType/enum", keyword: "enum", params: { allowedValues: schema56.properties.dispositionMetricType.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.dispositionMetricType.enum, parentSchema: schema56.properties.dispositionMetricType, data: data91 };
                    if (vErrors === null) {
                      vErrors = [err204];
                    } else {
                      vErrors.push(err204);
                    }
                    errors++;
                  }
                }
                if (data87.choices !== void 0) {
                  let data92 = data87.choices;
                  if (Array.isArray(data92)) {
                    if (data92.length < 1) {
                      const err205 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics/" + i6 + "/choices", schemaPath: "#/$defs/dispositionMetric/properties/choices/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema56.properties.choices, data: data92 };
                      if (vErrors === null) {
                        vErrors = [err205];
                      } else {
                        vErrors.push(err205);
                      }
                      errors++;
                    }
                    const len6 = data92.length;
                    for (let i7 = 0; i7 < len6; i7++) {
                      let data93 = data92[i7];
                      if (typeof data93 !== "string") {
                        const err206 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics/" + i6 + "/choices/" + i7, schemaPath: "#/$defs/dispositionMetric/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.choices.items.type, parentSchema: schema56.properties.choices.items, data: data93 };
                        if (vErrors === null) {
                          vErrors = [err206];
                        } else {
                          vErrors.push(err206);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err207 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics/" + i6 + "/choices", schemaPath: "#/$defs/dispositionMetric/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.choices.type, parentSchema: schema56.properties.choices, data: data92 };
                    if (vErrors === null) {
                      vErrors = [err207];
                    } else {
                      vErrors.push(err207);
                    }
                    errors++;
                  }
                }
              } else {
                const err208 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics/" + i6, schemaPath: "#/$defs/dispositionMetric/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data: data87 };
                if (vErrors === null) {
                  vErrors = [err208];
                } else {
                  vErrors.push(err208);
                }
                errors++;
              }
            }
          } else {
            const err209 = { instancePath: instancePath + "/postCallAnalyticsConfig/dispositionMetrics", schemaPath: "#/properties/postCallAnalyticsConfig/properties/dispositionMetrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.postCallAnalyticsConfig.properties.dispositionMetrics.type, parentSchema: schema34.properties.postCallAnalyticsConfig.properties.dispositionMetrics, data: data86 };
            if (vErrors === null) {
              vErrors = [err209];
            } else {
              vErrors.push(err209);
            }
            errors++;
          }
        }
        if (data85.useInternalAnalyticsModel !== void 0) {
          let data94 = data85.useInternalAnalyticsModel;
          if (typeof data94 !== "boolean") {
            const err210 = { instancePath: instancePath + "/postCallAnalyticsConfig/useInternalAnalyticsModel", schemaPath: "#/properties/postCallAnalyticsConfig/properties/useInternalAnalyticsModel/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.postCallAnalyticsConfig.properties.useInternalAnalyticsModel.type, parentSchema: schema34.properties.postCallAnalyticsConfig.properties.useInternalAnalyticsModel, data: data94 };
            if (vErrors === null) {
              vErrors = [err210];
            } else {
              vErrors.push(err210);
            }
            errors++;
          }
        }
        if (data85.useReasoningModel !== void 0) {
          let data95 = data85.useReasoningModel;
          if (typeof data95 !== "boolean") {
            const err211 = { instancePath: instancePath + "/postCallAnalyticsConfig/useReasoningModel", schemaPath: "#/properties/postCallAnalyticsConfig/properties/useReasoningModel/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.postCallAnalyticsConfig.properties.useReasoningModel.type, parentSchema: schema34.properties.postCallAnalyticsConfig.properties.useReasoningModel, data: data95 };
            if (vErrors === null) {
              vErrors = [err211];
            } else {
              vErrors.push(err211);
            }
            errors++;
          }
        }
      } else {
        const err212 = { instancePath: instancePath + "/postCallAnalyticsConfig", schemaPath: "#/properties/postCallAnalyticsConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.postCallAnalyticsConfig.type, parentSchema: schema34.properties.postCallAnalyticsConfig, data: data85 };
        if (vErrors === null) {
          vErrors = [err212];
        } else {
          vErrors.push(err212);
        }
        errors++;
      }
    }
  } else {
    const err213 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err213];
    } else {
      vErrors.push(err213);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec" || key0 === "extends")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("atoms-gitops/v1" !== data0) {
        const err4 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "atoms-gitops/v1" }, message: "must be equal to constant", schema: "atoms-gitops/v1", parentSchema: schema31.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Agent" !== data1) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Agent" }, message: "must be equal to constant", schema: "Agent", parentSchema: schema31.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate21(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!validate23(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.extends !== void 0) {
      let data4 = data.extends;
      const _errs8 = errors;
      let valid2 = false;
      const _errs9 = errors;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err6 = { instancePath: instancePath + "/extends", schemaPath: "#/$defs/extends/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.anyOf[0], data: data4 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/extends", schemaPath: "#/$defs/extends/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.anyOf[0].type, parentSchema: schema57.anyOf[0], data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs9 === errors;
      valid2 = valid2 || _valid0;
      const _errs11 = errors;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err8 = { instancePath: instancePath + "/extends", schemaPath: "#/$defs/extends/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema57.anyOf[1], data: data4 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err9 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/$defs/extends/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.anyOf[1].items, data: data5 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/$defs/extends/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.anyOf[1].items.type, parentSchema: schema57.anyOf[1].items, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/extends", schemaPath: "#/$defs/extends/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.anyOf[1].type, parentSchema: schema57.anyOf[1], data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const err12 = { instancePath: instancePath + "/extends", schemaPath: "#/$defs/extends/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema57.anyOf, parentSchema: schema57, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs8;
        if (vErrors !== null) {
          if (_errs8) {
            vErrors.length = _errs8;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema58 = { "type": "object", "additionalProperties": false, "properties": { "policies": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "environments": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "baseUrl": { "type": "string", "pattern": "^https?://\\S+$" }, "apiKeyEnv": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "vars": { "type": "object" } } } } } };
var pattern19 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "policies" || key0 === "environments")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.policies !== void 0) {
      let data0 = data.policies;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err1 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema58.properties.policies, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err2 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema58.properties.policies.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.policies.items.type, parentSchema: schema58.properties.policies.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.properties.policies.type, parentSchema: schema58.properties.policies, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.environments !== void 0) {
      let data2 = data.environments;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          let data3 = data2[key1];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key2 in data3) {
              if (!(key2 === "baseUrl" || key2 === "apiKeyEnv" || key2 === "vars")) {
                const err5 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58.properties.environments.additionalProperties, data: data3 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data3.baseUrl !== void 0) {
              let data4 = data3.baseUrl;
              if (typeof data4 === "string") {
                if (!pattern6.test(data4)) {
                  const err6 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/baseUrl", schemaPath: "#/properties/environments/additionalProperties/properties/baseUrl/pattern", keyword: "pattern", params: { pattern: "^https?://\\S+$" }, message: 'must match pattern "^https?://\\S+$"', schema: "^https?://\\S+$", parentSchema: schema58.properties.environments.additionalProperties.properties.baseUrl, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/baseUrl", schemaPath: "#/properties/environments/additionalProperties/properties/baseUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.environments.additionalProperties.properties.baseUrl.type, parentSchema: schema58.properties.environments.additionalProperties.properties.baseUrl, data: data4 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data3.apiKeyEnv !== void 0) {
              let data5 = data3.apiKeyEnv;
              if (typeof data5 === "string") {
                if (!pattern19.test(data5)) {
                  const err8 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/apiKeyEnv", schemaPath: "#/properties/environments/additionalProperties/properties/apiKeyEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema58.properties.environments.additionalProperties.properties.apiKeyEnv, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/apiKeyEnv", schemaPath: "#/properties/environments/additionalProperties/properties/apiKeyEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.environments.additionalProperties.properties.apiKeyEnv.type, parentSchema: schema58.properties.environments.additionalProperties.properties.apiKeyEnv, data: data5 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.vars !== void 0) {
              let data6 = data3.vars;
              if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
                const err10 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/vars", schemaPath: "#/properties/environments/additionalProperties/properties/vars/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.properties.environments.additionalProperties.properties.vars.type, parentSchema: schema58.properties.environments.additionalProperties.properties.vars, data: data6 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.properties.environments.additionalProperties.type, parentSchema: schema58.properties.environments.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.properties.environments.type, parentSchema: schema58.properties.environments, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema59 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/atoms-gitops/atoms-gitops/schemas/policy.schema.json", "title": "atoms-gitops Policy", "description": "Rules every matching agent's resolved definition ({ metadata, spec }) must satisfy. Named from atoms-gitops.yaml (`policies:`).", "type": "object", "required": ["apiVersion", "kind", "rules"], "additionalProperties": false, "properties": { "apiVersion": { "const": "atoms-gitops/v1" }, "kind": { "const": "Policy" }, "metadata": { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 100, "pattern": "^\\S(.*\\S)?$", "description": "Names this file in messages; never deployed." }, "description": { "type": "string", "description": "What this file is for (never inherited)." } } }, "rules": { "type": "array", "minItems": 1, "items": { "type": "object", "required": ["id", "severity", "message", "require"], "additionalProperties": false, "properties": { "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$", "description": "Rule id: diagnostics say `policy/<id>`." }, "severity": { "type": "string", "enum": ["deny", "warn"], "description": "deny: validate and plan exit 1 and apply refuses. warn: reported, exit code unchanged." }, "message": { "type": "string", "minLength": 1, "description": "Why the rule exists, shown with each violation." }, "environments": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "description": "Only in these environments (`--env`; `default` without one). Default: all." }, "agents": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "description": "Only agents whose metadata.name matches one of these globs. Default: all." }, "require": { "description": "A JSON Schema (draft 2020-12) the document { metadata, spec } must validate against.", "anyOf": [{ "type": "object" }, { "type": "boolean" }] } } } } } };
var pattern21 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.rules === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "rules")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("atoms-gitops/v1" !== data0) {
        const err4 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "atoms-gitops/v1" }, message: "must be equal to constant", schema: "atoms-gitops/v1", parentSchema: schema59.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Policy" !== data1) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Policy" }, message: "must be equal to constant", schema: "Policy", parentSchema: schema59.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err6 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema59.properties.metadata.required, parentSchema: schema59.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name" || key1 === "description")) {
            const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59.properties.metadata, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func2(data3) > 100) {
              const err8 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema59.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (func2(data3) < 1) {
              const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern4.test(data3)) {
              const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^\\S(.*\\S)?$" }, message: 'must match pattern "^\\S(.*\\S)?$"', schema: "^\\S(.*\\S)?$", parentSchema: schema59.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.metadata.properties.name.type, parentSchema: schema59.properties.metadata.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.description !== void 0) {
          let data4 = data2.description;
          if (typeof data4 !== "string") {
            const err12 = { instancePath: instancePath + "/metadata/description", schemaPath: "#/properties/metadata/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.metadata.properties.description.type, parentSchema: schema59.properties.metadata.properties.description, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.properties.metadata.type, parentSchema: schema59.properties.metadata, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data5 = data.rules;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err14 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.properties.rules, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.id === void 0) {
              const err15 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema59.properties.rules.items.required, parentSchema: schema59.properties.rules.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data6.severity === void 0) {
              const err16 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema59.properties.rules.items.required, parentSchema: schema59.properties.rules.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data6.message === void 0) {
              const err17 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema59.properties.rules.items.required, parentSchema: schema59.properties.rules.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data6.require === void 0) {
              const err18 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "require" }, message: "must have required property 'require'", schema: schema59.properties.rules.items.required, parentSchema: schema59.properties.rules.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key2 in data6) {
              if (!(key2 === "id" || key2 === "severity" || key2 === "message" || key2 === "environments" || key2 === "agents" || key2 === "require")) {
                const err19 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/properties/rules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59.properties.rules.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data6.id !== void 0) {
              let data7 = data6.id;
              if (typeof data7 === "string") {
                if (!pattern21.test(data7)) {
                  const err20 = { instancePath: instancePath + "/rules/" + i0 + "/id", schemaPath: "#/properties/rules/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"', schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema59.properties.rules.items.properties.id, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/rules/" + i0 + "/id", schemaPath: "#/properties/rules/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.rules.items.properties.id.type, parentSchema: schema59.properties.rules.items.properties.id, data: data7 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data6.severity !== void 0) {
              let data8 = data6.severity;
              if (typeof data8 !== "string") {
                const err22 = { instancePath: instancePath + "/rules/" + i0 + "/severity", schemaPath: "#/properties/rules/items/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.rules.items.properties.severity.type, parentSchema: schema59.properties.rules.items.properties.severity, data: data8 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              if (!(data8 === "deny" || data8 === "warn")) {
                const err23 = { instancePath: instancePath + "/rules/" + i0 + "/severity", schemaPath: "#/properties/rules/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema59.properties.rules.items.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema59.properties.rules.items.properties.severity.enum, parentSchema: schema59.properties.rules.items.properties.severity, data: data8 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data6.message !== void 0) {
              let data9 = data6.message;
              if (typeof data9 === "string") {
                if (func2(data9) < 1) {
                  const err24 = { instancePath: instancePath + "/rules/" + i0 + "/message", schemaPath: "#/properties/rules/items/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.properties.rules.items.properties.message, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/rules/" + i0 + "/message", schemaPath: "#/properties/rules/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.rules.items.properties.message.type, parentSchema: schema59.properties.rules.items.properties.message, data: data9 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data6.environments !== void 0) {
              let data10 = data6.environments;
              if (Array.isArray(data10)) {
                if (data10.length < 1) {
                  const err26 = { instancePath: instancePath + "/rules/" + i0 + "/environments", schemaPath: "#/properties/rules/items/properties/environments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.properties.rules.items.properties.environments, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                const len1 = data10.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data11 = data10[i1];
                  if (typeof data11 === "string") {
                    if (func2(data11) < 1) {
                      const err27 = { instancePath: instancePath + "/rules/" + i0 + "/environments/" + i1, schemaPath: "#/properties/rules/items/properties/environments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.properties.rules.items.properties.environments.items, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  } else {
                    const err28 = { instancePath: instancePath + "/rules/" + i0 + "/environments/" + i1, schemaPath: "#/properties/rules/items/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.rules.items.properties.environments.items.type, parentSchema: schema59.properties.rules.items.properties.environments.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
              } else {
                const err29 = { instancePath: instancePath + "/rules/" + i0 + "/environments", schemaPath: "#/properties/rules/items/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.properties.rules.items.properties.environments.type, parentSchema: schema59.properties.rules.items.properties.environments, data: data10 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data6.agents !== void 0) {
              let data12 = data6.agents;
              if (Array.isArray(data12)) {
                if (data12.length < 1) {
                  const err30 = { instancePath: instancePath + "/rules/" + i0 + "/agents", schemaPath: "#/properties/rules/items/properties/agents/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.properties.rules.items.properties.agents, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                const len2 = data12.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data13 = data12[i2];
                  if (typeof data13 === "string") {
                    if (func2(data13) < 1) {
                      const err31 = { instancePath: instancePath + "/rules/" + i0 + "/agents/" + i2, schemaPath: "#/properties/rules/items/properties/agents/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.properties.rules.items.properties.agents.items, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  } else {
                    const err32 = { instancePath: instancePath + "/rules/" + i0 + "/agents/" + i2, schemaPath: "#/properties/rules/items/properties/agents/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.rules.items.properties.agents.items.type, parentSchema: schema59.properties.rules.items.properties.agents.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
              } else {
                const err33 = { instancePath: instancePath + "/rules/" + i0 + "/agents", schemaPath: "#/properties/rules/items/properties/agents/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.properties.rules.items.properties.agents.type, parentSchema: schema59.properties.rules.items.properties.agents, data: data12 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data6.require !== void 0) {
              let data14 = data6.require;
              const _errs31 = errors;
              let valid9 = false;
              const _errs32 = errors;
              if (!(data14 && typeof data14 == "object" && !Array.isArray(data14))) {
                const err34 = { instancePath: instancePath + "/rules/" + i0 + "/require", schemaPath: "#/properties/rules/items/properties/require/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.properties.rules.items.properties.require.anyOf[0].type, parentSchema: schema59.properties.rules.items.properties.require.anyOf[0], data: data14 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              var _valid0 = _errs32 === errors;
              valid9 = valid9 || _valid0;
              const _errs34 = errors;
              if (typeof data14 !== "boolean") {
                const err35 = { instancePath: instancePath + "/rules/" + i0 + "/require", schemaPath: "#/properties/rules/items/properties/require/anyOf/1/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema59.properties.rules.items.properties.require.anyOf[1].type, parentSchema: schema59.properties.rules.items.properties.require.anyOf[1], data: data14 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              var _valid0 = _errs34 === errors;
              valid9 = valid9 || _valid0;
              if (!valid9) {
                const err36 = { instancePath: instancePath + "/rules/" + i0 + "/require", schemaPath: "#/properties/rules/items/properties/require/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema59.properties.rules.items.properties.require.anyOf, parentSchema: schema59.properties.rules.items.properties.require, data: data14 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              } else {
                errors = _errs31;
                if (vErrors !== null) {
                  if (_errs31) {
                    vErrors.length = _errs31;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.properties.rules.items.type, parentSchema: schema59.properties.rules.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.properties.rules.type, parentSchema: schema59.properties.rules, data: data5 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
  } else {
    const err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.type, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err39];
    } else {
      vErrors.push(err39);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateKnowledgeBase = validate37;
var schema60 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/atoms-gitops/atoms-gitops/schemas/knowledge-base.schema.json", "title": "atoms-gitops KnowledgeBase", "description": "One knowledge base: PDF files and scraped URLs. Agents reference it by name (`spec.knowledgeBase`, or `knowledgeBase` on a knowledge_base_search tool). Changes are immediate: not versioned, no platform rollback.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "additionalProperties": false, "properties": { "apiVersion": { "const": "atoms-gitops/v1" }, "kind": { "const": "KnowledgeBase" }, "metadata": { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 40, "pattern": "^\\S(.*\\S)?$", "description": "Identity: matches the workspace's knowledge base of this name (names are not unique on the platform: two with this name are a plan error)." }, "description": { "type": "string", "description": "The knowledge base's description (the ownership marker is appended on the platform)." } } }, "spec": { "type": "object", "additionalProperties": false, "properties": { "files": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "description": "PDF files, relative to this file and inside the repository. Only PDF: the API cannot create text items." }, "urls": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^https?://\\S+$" }, "description": "Absolute http(s) URLs the platform scrapes." } } } } };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("atoms-gitops/v1" !== data0) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "atoms-gitops/v1" }, message: "must be equal to constant", schema: "atoms-gitops/v1", parentSchema: schema60.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("KnowledgeBase" !== data1) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "KnowledgeBase" }, message: "must be equal to constant", schema: "KnowledgeBase", parentSchema: schema60.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema60.properties.metadata.required, parentSchema: schema60.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name" || key1 === "description")) {
            const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60.properties.metadata, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func2(data3) > 40) {
              const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: schema60.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (func2(data3) < 1) {
              const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema60.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (!pattern4.test(data3)) {
              const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^\\S(.*\\S)?$" }, message: 'must match pattern "^\\S(.*\\S)?$"', schema: "^\\S(.*\\S)?$", parentSchema: schema60.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.metadata.properties.name.type, parentSchema: schema60.properties.metadata.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.description !== void 0) {
          let data4 = data2.description;
          if (typeof data4 !== "string") {
            const err13 = { instancePath: instancePath + "/metadata/description", schemaPath: "#/properties/metadata/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.metadata.properties.description.type, parentSchema: schema60.properties.metadata.properties.description, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.properties.metadata.type, parentSchema: schema60.properties.metadata, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data5 = data.spec;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key2 in data5) {
          if (!(key2 === "files" || key2 === "urls")) {
            const err15 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60.properties.spec, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data5.files !== void 0) {
          let data6 = data5.files;
          if (Array.isArray(data6)) {
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (typeof data7 === "string") {
                if (func2(data7) < 1) {
                  const err16 = { instancePath: instancePath + "/spec/files/" + i0, schemaPath: "#/properties/spec/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema60.properties.spec.properties.files.items, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/spec/files/" + i0, schemaPath: "#/properties/spec/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.spec.properties.files.items.type, parentSchema: schema60.properties.spec.properties.files.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            let i1 = data6.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data6[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err18 = { instancePath: instancePath + "/spec/files", schemaPath: "#/properties/spec/properties/files/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema60.properties.spec.properties.files, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/spec/files", schemaPath: "#/properties/spec/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema60.properties.spec.properties.files.type, parentSchema: schema60.properties.spec.properties.files, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data5.urls !== void 0) {
          let data8 = data5.urls;
          if (Array.isArray(data8)) {
            const len1 = data8.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data9 = data8[i2];
              if (typeof data9 === "string") {
                if (!pattern6.test(data9)) {
                  const err20 = { instancePath: instancePath + "/spec/urls/" + i2, schemaPath: "#/properties/spec/properties/urls/items/pattern", keyword: "pattern", params: { pattern: "^https?://\\S+$" }, message: 'must match pattern "^https?://\\S+$"', schema: "^https?://\\S+$", parentSchema: schema60.properties.spec.properties.urls.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/spec/urls/" + i2, schemaPath: "#/properties/spec/properties/urls/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.spec.properties.urls.items.type, parentSchema: schema60.properties.spec.properties.urls.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            let i3 = data8.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--; ) {
                let item1 = data8[i3];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err22 = { instancePath: instancePath + "/spec/urls", schemaPath: "#/properties/spec/properties/urls/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema60.properties.spec.properties.urls, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/spec/urls", schemaPath: "#/properties/spec/properties/urls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema60.properties.spec.properties.urls.type, parentSchema: schema60.properties.spec.properties.urls, data: data8 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.properties.spec.type, parentSchema: schema60.properties.spec, data: data5 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.type, parentSchema: schema60, data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateWebhook = validate38;
var schema61 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/atoms-gitops/atoms-gitops/schemas/webhook.schema.json", "title": "atoms-gitops Webhook", "description": "One webhook endpoint. Agents subscribe with `metadata.webhook: {name, events}`. Changes are immediate: not versioned, no platform rollback.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "additionalProperties": false, "properties": { "apiVersion": { "const": "atoms-gitops/v1" }, "kind": { "const": "Webhook" }, "metadata": { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 100, "pattern": "^\\S(.*\\S)?$", "description": "Names the webhook for agents' `metadata.webhook.name`; never deployed (the platform identifies a webhook by its endpoint)." } } }, "spec": { "type": "object", "required": ["endpoint", "description"], "additionalProperties": false, "properties": { "endpoint": { "type": "string", "pattern": "^https?://\\S+$", "description": "Absolute http(s) URL; unique per account, and the webhook's identity." }, "description": { "type": "string", "description": "May be empty (the ownership marker is appended on the platform)." }, "headers": { "type": "object", "additionalProperties": { "type": "string", "maxLength": 1024 }, "description": "Custom headers sent with every event (at most 10; not x-signature, host, content-*, connection, transfer-encoding). Values are always sensitive: never printed; use ${env.NAME}." } } } } };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("atoms-gitops/v1" !== data0) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "atoms-gitops/v1" }, message: "must be equal to constant", schema: "atoms-gitops/v1", parentSchema: schema61.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Webhook" !== data1) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Webhook" }, message: "must be equal to constant", schema: "Webhook", parentSchema: schema61.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema61.properties.metadata.required, parentSchema: schema61.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name")) {
            const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.metadata, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func2(data3) > 100) {
              const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema61.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (func2(data3) < 1) {
              const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema61.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (!pattern4.test(data3)) {
              const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^\\S(.*\\S)?$" }, message: 'must match pattern "^\\S(.*\\S)?$"', schema: "^\\S(.*\\S)?$", parentSchema: schema61.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.metadata.properties.name.type, parentSchema: schema61.properties.metadata.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.metadata.type, parentSchema: schema61.properties.metadata, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data4 = data.spec;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.endpoint === void 0) {
          const err14 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema61.properties.spec.required, parentSchema: schema61.properties.spec, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data4.description === void 0) {
          const err15 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema61.properties.spec.required, parentSchema: schema61.properties.spec, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key2 in data4) {
          if (!(key2 === "endpoint" || key2 === "description" || key2 === "headers")) {
            const err16 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.spec, data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data4.endpoint !== void 0) {
          let data5 = data4.endpoint;
          if (typeof data5 === "string") {
            if (!pattern6.test(data5)) {
              const err17 = { instancePath: instancePath + "/spec/endpoint", schemaPath: "#/properties/spec/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^https?://\\S+$" }, message: 'must match pattern "^https?://\\S+$"', schema: "^https?://\\S+$", parentSchema: schema61.properties.spec.properties.endpoint, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/spec/endpoint", schemaPath: "#/properties/spec/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.endpoint.type, parentSchema: schema61.properties.spec.properties.endpoint, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data4.description !== void 0) {
          let data6 = data4.description;
          if (typeof data6 !== "string") {
            const err19 = { instancePath: instancePath + "/spec/description", schemaPath: "#/properties/spec/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.description.type, parentSchema: schema61.properties.spec.properties.description, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data4.headers !== void 0) {
          let data7 = data4.headers;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key3 in data7) {
              let data8 = data7[key3];
              if (typeof data8 === "string") {
                if (func2(data8) > 1024) {
                  const err20 = { instancePath: instancePath + "/spec/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/headers/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema61.properties.spec.properties.headers.additionalProperties, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/spec/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.headers.additionalProperties.type, parentSchema: schema61.properties.spec.properties.headers.additionalProperties, data: data8 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/spec/headers", schemaPath: "#/properties/spec/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.spec.properties.headers.type, parentSchema: schema61.properties.spec.properties.headers, data: data7 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.spec.type, parentSchema: schema61.properties.spec, data: data4 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/load/schema.ts
function schemaValidator() {
  return validate;
}

// src/load/resource-file.ts
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { basename } from "node:path";
var RESOURCE_KINDS = /* @__PURE__ */ new Set(["KnowledgeBase", "Webhook"]);
var RESERVED_HEADER = /^(x-signature|host|content-.*|connection|transfer-encoding)$/i;
var MAX_WEBHOOK_HEADERS = 10;
var HEADER_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
var MAX_KB_FILE_BYTES = 24 * 1024 * 1024;
async function loadResourceFile(ctx, tree, kind, diagnostics) {
  const { file } = ctx;
  const work = locatedDoc(tree, file);
  const doc = tree.value;
  const locate = (pointer) => {
    const onKey = pointer.startsWith("/spec/headers/");
    for (let p = pointer; ; p = p.slice(0, Math.max(0, p.lastIndexOf("/")))) {
      const pos = onKey ? work.keyPositions.get(p) ?? work.positions.get(p) : work.positions.get(p) ?? work.keyPositions.get(p);
      if (pos) return pos;
      if (p === "") return { file, line: 1, column: 1 };
    }
  };
  const error = (code, pointer, message, hint) => {
    diagnostics.push({ severity: "error", code, message, path: pointer, ...pick(locate(pointer)), ...hint ? { hint } : {} });
  };
  if (kind === "KnowledgeBase" && isObject(doc.spec)) {
    for (const key of ["text", "texts", "items", "content"]) {
      if (key in doc.spec) {
        error("kb/text-source", `/spec/${key}`, `spec.${key}: text sources cannot be deployed: the API cannot create text items (upload-text does not exist)`, "render the text to a PDF and list it under spec.files");
        delete doc.spec[key];
      }
    }
  }
  const sensitivePaths = interpolateDocument(
    doc,
    work.stringScalars,
    ctx.interpolation,
    (r, pointer) => error(r.code, pointer, `${displayPath(pointer)}: ${r.message}`, r.hint)
  );
  if (kind === "Webhook" && isObject(doc.spec) && isObject(doc.spec.headers)) {
    for (const k of Object.keys(doc.spec.headers)) sensitivePaths.push(childPointer("/spec/headers", k));
  }
  const validate2 = kind === "KnowledgeBase" ? validateKnowledgeBase : validateWebhook;
  if (!validate2(doc)) {
    diagnostics.push(...schemaDiagnostics(validate2.errors ?? [], { file, document: doc, positions: work.positions, keyPositions: work.keyPositions, sensitivePaths }));
  }
  if (diagnostics.some((d) => d.severity === "error")) return void 0;
  const positions = {};
  for (const [p, pos] of work.positions) positions[p] = pos;
  const metadata = doc.metadata;
  const spec = doc.spec ?? {};
  if (kind === "Webhook") {
    const headers = spec.headers;
    if (headers) checkHeaders(headers, error);
    if (diagnostics.some((d) => d.severity === "error")) return void 0;
    const definition2 = {
      file,
      name: metadata.name,
      endpoint: spec.endpoint.trim(),
      description: spec.description,
      positions,
      ...headers ? { headers: { ...headers } } : {}
    };
    return { kind: "Webhook", definition: definition2 };
  }
  const files = [];
  for (const [i, ref] of (spec.files ?? []).entries()) {
    const pointer = `/spec/files/${i}`;
    const read = await readKbFile(ref, pointer, ctx);
    if ("code" in read) error(read.code, pointer, read.message, read.hint);
    else files.push(read);
  }
  const stems = /* @__PURE__ */ new Map();
  for (const f of files) {
    const prev = stems.get(f.stem.toLowerCase());
    if (prev) error("kb/duplicate-file-name", f.pointer, `spec.files: "${f.file}" has the same file name as "${prev}"; the platform tells files apart by name`, "rename one of them");
    stems.set(f.stem.toLowerCase(), f.file);
  }
  if (diagnostics.some((d) => d.severity === "error")) return void 0;
  const definition = {
    file,
    name: metadata.name.trim(),
    description: typeof metadata.description === "string" ? metadata.description : "",
    files,
    urls: [...new Set(spec.urls ?? [])],
    positions
  };
  return { kind: "KnowledgeBase", definition };
}
function checkHeaders(headers, error) {
  const names = Object.keys(headers);
  if (names.length > MAX_WEBHOOK_HEADERS) {
    error("webhook/too-many-headers", "/spec/headers", `spec.headers: ${names.length} headers; the API allows at most ${MAX_WEBHOOK_HEADERS}`);
  }
  const seen = /* @__PURE__ */ new Map();
  for (const name of names) {
    const pointer = childPointer("/spec/headers", name);
    if (!HEADER_TOKEN.test(name)) error("webhook/invalid-header-name", pointer, `spec.headers: "${name}" is not a valid header name`);
    else if (RESERVED_HEADER.test(name)) {
      error("webhook/reserved-header", pointer, `spec.headers: "${name}" is a reserved header name (x-signature, host, content-*, connection and transfer-encoding are set by the platform)`);
    }
    const prev = seen.get(name.toLowerCase());
    if (prev !== void 0) error("webhook/duplicate-header", pointer, `spec.headers: "${name}" and "${prev}" differ only in case`);
    seen.set(name.toLowerCase(), name);
    if (/[\r\n\0]/.test(headers[name] ?? "")) error("webhook/invalid-header-value", pointer, `spec.headers.${name}: the value holds a line break or NUL character`);
  }
}
async function readKbFile(ref, pointer, ctx) {
  if (!/\.pdf$/i.test(ref)) {
    return {
      code: "kb/not-pdf",
      message: `knowledge-base file "${ref}" is not a PDF: the API accepts only PDF files and cannot create text items`,
      hint: "render it to PDF (or, for a web page, list its URL under spec.urls)"
    };
  }
  const resolved = await resolveRepoFile(ref, ctx.absPath, ctx.rootReal, ctx.display, ctx.tracked, "knowledge-base file");
  if (!resolved.ok) return { code: resolved.code, message: resolved.message, ...resolved.hint ? { hint: resolved.hint } : {} };
  let bytes;
  try {
    const handle = await open(resolved.realPath, "r");
    try {
      const size = (await handle.stat()).size;
      if (size > MAX_KB_FILE_BYTES) return { code: "kb/file-too-large", message: `knowledge-base file "${ref}" is ${size} bytes; at most ${MAX_KB_FILE_BYTES} can be uploaded` };
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    return { code: "file/unreadable", message: `knowledge-base file "${ref}": cannot read it (${err.code ?? "error"})` };
  }
  if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-") {
    return { code: "kb/not-pdf", message: `knowledge-base file "${ref}" does not start with %PDF-: the API refuses content that is not a PDF` };
  }
  const stem = basename(resolved.absPath).replace(/\.pdf$/i, "");
  const digest = kbFileDigest(bytes);
  return { file: ctx.display(resolved.absPath), absPath: resolved.realPath, stem, digest, size: bytes.length, uploadName: `${stem}.${digest}.pdf`, pointer };
}
function kbFileDigest(bytes) {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 12);
}
function pick(pos) {
  return { file: pos.file, line: pos.line, column: pos.column };
}

// src/load/load-file.ts
async function loadDefinitionFile(ctx) {
  const { file } = ctx;
  const refused = await refuseDefinitionPath(ctx);
  if (refused) return { diagnostics: [refused] };
  const known = await ctx.shared.kindOf(ctx.absPath);
  if (known !== void 0 && SHARED_KINDS.has(known)) return { diagnostics: [], sharedKind: known };
  const read = await readSourceText(ctx.absPath, file);
  if (!read.ok) return { diagnostics: [read.diagnostic] };
  const parsed = parseYamlTree(read.text, file);
  const diagnostics = [...parsed.diagnostics];
  const tree = parsed.tree;
  if (!tree || diagnostics.some((d) => d.code === "yaml/alias-limit" || d.code === "yaml/too-deep")) return { diagnostics: byPosition(diagnostics) };
  const doc = tree.value;
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    const pos = tree.positions.get("") ?? { line: 1, column: 1 };
    diagnostics.push({ severity: "error", code: "schema/type", message: "a definition must be a mapping with apiVersion, kind, metadata and spec", file, path: "", ...pos });
    return { diagnostics };
  }
  if (typeof doc.kind === "string" && SHARED_KINDS.has(doc.kind)) {
    await ctx.shared.adopt(ctx.absPath, file, tree, diagnostics);
    return { diagnostics: [], sharedKind: doc.kind };
  }
  const name = isObject(doc.metadata) && typeof doc.metadata.name === "string" ? doc.metadata.name : void 0;
  if (typeof doc.kind === "string" && RESOURCE_KINDS.has(doc.kind)) {
    const resource = await loadResourceFile(ctx, tree, doc.kind, diagnostics);
    return { diagnostics: byPosition(diagnostics), resourceKind: doc.kind, ...resource ? { resource } : {}, ...name !== void 0 ? { name } : {} };
  }
  const work = locatedDoc(tree, file);
  const composition = await composeAgent(work, ctx.absPath, file, { shared: ctx.shared, diagnostics });
  const locate = (pointer) => work.positions.get(pointer) ?? work.keyPositions.get(pointer) ?? nearestPosition(work, pointer, file);
  const failedPointers = [];
  const sensitivePaths = interpolateDocument(doc, work.stringScalars, ctx.interpolation, (failure, pointer) => {
    diagnostics.push(interpolationDiagnostic(failure, pointer, locate(pointer)));
    failedPointers.push(pointer);
  });
  const spec = doc.spec;
  let prompt;
  if (isObject(spec)) {
    prompt = await composePrompt(spec.prompt, composition.promptFrom, ctx, locate, diagnostics);
    if (prompt) {
      spec.prompt = prompt.text;
      if (prompt.sensitive) sensitivePaths.push("/spec/prompt");
    }
  }
  const validate2 = schemaValidator();
  if (!validate2(doc)) {
    const schemaProblems = schemaDiagnostics(validate2.errors ?? [], { file, document: doc, positions: work.positions, keyPositions: work.keyPositions, sensitivePaths });
    diagnostics.push(...schemaProblems.filter((d) => !failedPointers.some((f) => d.path !== void 0 && isWithin(d.path, f))));
  }
  const specObject = isObject(spec) ? spec : {};
  if (!diagnostics.some((d) => d.severity === "error")) {
    diagnostics.push(...crossFieldDiagnostics(specObject, file, locate, composition.toolRefs));
  }
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics: byPosition(diagnostics), ...name !== void 0 ? { name } : {} };
  const positions = {};
  for (const [p, pos] of work.positions) positions[p] = pos;
  const shownSources = [.../* @__PURE__ */ new Set([...composition.sources, ...prompt?.segments.map((s) => s.file) ?? []])];
  const sources = ctx.root !== void 0 && ctx.cwd !== void 0 ? shownSources.map((f) => repoRelative(f, ctx.cwd, ctx.root, ctx.shared)) : shownSources;
  if (prompt && prompt.segments.length > 0) positions["/spec/prompt"] = { file: prompt.segments[0].file, line: 1, column: 1 };
  const definition = {
    file,
    metadata: doc.metadata,
    spec: canonical(specObject),
    sensitivePaths: [...new Set(sensitivePaths)].sort(),
    positions,
    sources,
    ...prompt && prompt.segments.length > 0 ? { promptFile: prompt.segments[0].file } : {},
    ...prompt && prompt.segments.length > 1 ? { promptSegments: prompt.segments } : {}
  };
  return { definition, diagnostics: byPosition(diagnostics), ...name !== void 0 ? { name } : {} };
}
async function composePrompt(prompt, from, ctx, locate, diagnostics) {
  if (!isObject(prompt) || Object.keys(prompt).length !== 1) return void 0;
  let refs;
  if (typeof prompt.file === "string") refs = [{ ref: prompt.file, pointer: "/spec/prompt/file" }];
  else if (Array.isArray(prompt.files) && prompt.files.length > 0 && prompt.files.every((f) => typeof f === "string")) {
    refs = prompt.files.map((ref, i) => ({ ref, pointer: `/spec/prompt/files/${i}` }));
  } else return void 0;
  const parts = [];
  const segments = [];
  let sensitive = false;
  let failed = false;
  let line = 1;
  let trailing = "";
  for (const { ref, pointer } of refs) {
    const r = await ctx.shared.text(ref, from);
    if (!r.ok) {
      const at = locate(pointer);
      diagnostics.push(r.diagnostic ?? { severity: "error", code: r.code, message: r.message, path: pointer, ...at, ...r.hint ? { hint: r.hint } : {} });
      failed = true;
      continue;
    }
    const shown = ctx.display(r.absPath);
    const text = interpolateString(r.text, ctx.interpolation);
    if (!text.ok) {
      const pos = lineColumn(r.text, text.offset ?? 0);
      diagnostics.push(interpolationDiagnostic(text, "/spec/prompt", { file: shown, ...pos }));
      failed = true;
      continue;
    }
    if (text.sensitive) sensitive = true;
    if (refs.length === 1) {
      segments.push({ file: shown, startLine: 1, lineCount: typeof text.value === "string" ? text.value.split("\n").length : 1 });
      return { text: failed ? "" : text.value, sensitive, segments };
    }
    const whole = typeof text.value === "string" ? text.value : JSON.stringify(text.value);
    const part = whole.replace(/\n+$/, "");
    trailing = whole.endsWith("\n") ? "\n" : "";
    parts.push(part);
    const lineCount = part.split("\n").length;
    segments.push({ file: shown, startLine: line, lineCount });
    line += lineCount + 1;
  }
  if (failed) return { text: "", sensitive, segments: [] };
  return { text: parts.join("\n\n") + trailing, sensitive, segments };
}
async function refuseDefinitionPath(ctx) {
  const at = { severity: "error", file: ctx.file, line: 1, column: 1 };
  const isLink = lstatSync(ctx.absPath, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  if (!isLink) return void 0;
  let real;
  try {
    real = await realpath3(ctx.absPath);
  } catch (err) {
    const code = err.code;
    return { ...at, code: "file/unreadable", message: code === "ENOENT" ? "cannot read file: it is a symbolic link whose target does not exist" : `cannot read file: ${code ?? "error"}` };
  }
  if (!isInside(ctx.rootReal, real)) {
    return { ...at, code: "file/outside-repo", message: "definition file resolves (through a symlink) outside the repository root", hint: "copy the file into the repository instead of linking to it" };
  }
  const refused = refusePath(ctx.rootReal, real, void 0, false);
  return refused ? { ...at, code: refused.code, message: `definition file (through a symlink) ${refused.reason}` } : void 0;
}
function repoRelative(shown, cwd, root, run2) {
  let cache = repoPaths.get(run2);
  if (!cache) repoPaths.set(run2, cache = /* @__PURE__ */ new Map());
  let path = cache.get(shown);
  if (path === void 0) {
    const rel = relative3(root, resolve3(cwd, shown));
    cache.set(shown, path = sep3 === "/" ? rel : rel.split(sep3).join("/"));
  }
  return path;
}
var repoPaths = /* @__PURE__ */ new WeakMap();
function byPosition(diagnostics) {
  return diagnostics.map((d, i) => ({ d, i })).sort((a, b) => (a.d.file === b.d.file ? 0 : a.d.file === void 0 ? -1 : 1) || (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i).map((x) => x.d);
}
function interpolationDiagnostic(r, pointer, pos) {
  return {
    severity: "error",
    code: r.code,
    message: `${displayPath(pointer)}: ${r.message}`,
    file: pos.file,
    path: pointer,
    line: pos.line,
    column: pos.column,
    ...r.hint ? { hint: r.hint } : {}
  };
}
function nearestPosition(doc, pointer, file) {
  let p = pointer;
  while (p !== "") {
    p = p.slice(0, Math.max(0, p.lastIndexOf("/")));
    const pos = doc.positions.get(p) ?? doc.keyPositions.get(p);
    if (pos) return pos;
  }
  return { file, line: 1, column: 1 };
}
function lineColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
function canonical(v) {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === "object") {
    const out = {};
    for (const k of Object.keys(v).sort()) {
      if (k === "__proto__") continue;
      out[k] = canonical(v[k]);
    }
    return out;
  }
  return v;
}

// src/load/worker-protocol.ts
function claimNext(next, total) {
  const index = Atomics.add(new Int32Array(next), 0, 1);
  return index < total ? index : void 0;
}

// src/load/load-worker.ts
var cancelled = /* @__PURE__ */ new Set();
async function run(jobId, job) {
  const display = (abs) => displayFile(abs, job.cwd);
  const tracked = job.tracked ? new Set(job.tracked) : void 0;
  const shared = new SharedFiles({ rootReal: job.rootReal, display, ...tracked ? { tracked } : {} });
  for (let index = claimNext(job.next, job.files.length); index !== void 0; index = claimNext(job.next, job.files.length)) {
    if (cancelled.has(jobId)) break;
    const absPath = job.files[index];
    const result = await loadDefinitionFile({ absPath, file: display(absPath), rootReal: job.rootReal, root: job.root, cwd: job.cwd, interpolation: job.interpolation, display, shared, ...tracked ? { tracked } : {} });
    parentPort?.postMessage({ type: "file", jobId, index, result });
  }
  cancelled.delete(jobId);
  parentPort?.postMessage({ type: "done", jobId });
}
var queue = Promise.resolve();
parentPort?.on("message", (request) => {
  if (request.type === "cancel") cancelled.add(request.jobId);
  else queue = queue.then(() => run(request.jobId, request.job));
});
