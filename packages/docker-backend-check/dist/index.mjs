import { createRequire as __wslReadyCreateRequire } from 'node:module';
const require = __wslReadyCreateRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// node_modules/@actions/core/lib/core.js
var core_exports = {};
__export(core_exports, {
  ExitCode: () => ExitCode,
  addPath: () => addPath,
  debug: () => debug,
  endGroup: () => endGroup,
  error: () => error,
  exportVariable: () => exportVariable,
  getBooleanInput: () => getBooleanInput,
  getIDToken: () => getIDToken,
  getInput: () => getInput,
  getMultilineInput: () => getMultilineInput,
  getState: () => getState,
  group: () => group,
  info: () => info,
  isDebug: () => isDebug,
  markdownSummary: () => markdownSummary,
  notice: () => notice,
  platform: () => platform_exports,
  saveState: () => saveState,
  setCommandEcho: () => setCommandEcho,
  setFailed: () => setFailed,
  setOutput: () => setOutput,
  setSecret: () => setSecret,
  startGroup: () => startGroup,
  summary: () => summary,
  toPlatformPath: () => toPlatformPath,
  toPosixPath: () => toPosixPath,
  toWin32Path: () => toWin32Path,
  warning: () => warning
});

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command2, properties, message) {
  const cmd = new Command(command2, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command2, properties, message) {
    if (!command2) {
      command2 = "missing.command";
    }
    this.command = command2;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command2, message) {
  const filePath = process.env[`GITHUB_${command2}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command2}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter3 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter3)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter3}"`);
  }
  if (convertedValue.includes(delimiter3)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter3}"`);
  }
  return `${key}<<${delimiter3}${os2.EOL}${convertedValue}${os2.EOL}${delimiter3}`;
}

// node_modules/@actions/core/lib/core.js
import * as os5 from "os";
import * as path5 from "path";

// oidc-stand-in:@actions/http-client
var unsupported = () => {
  throw new Error("wsl-ready actions do not request OIDC tokens");
};
var HttpClient = class {
  constructor() {
    unsupported();
  }
};

// oidc-stand-in:@actions/http-client/lib/auth
var unsupported2 = () => {
  throw new Error("wsl-ready actions do not request OIDC tokens");
};
var BearerCredentialHandler = class {
  constructor() {
    unsupported2();
  }
};

// node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var OidcClient = class _OidcClient {
  static createHttpClient(allowRetry = true, maxRetry = 10) {
    const requestOptions = {
      allowRetries: allowRetry,
      maxRetries: maxRetry
    };
    return new HttpClient("actions/oidc-client", [new BearerCredentialHandler(_OidcClient.getRequestToken())], requestOptions);
  }
  static getRequestToken() {
    const token = process.env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
    if (!token) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable");
    }
    return token;
  }
  static getIDTokenUrl() {
    const runtimeUrl = process.env["ACTIONS_ID_TOKEN_REQUEST_URL"];
    if (!runtimeUrl) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
    }
    return runtimeUrl;
  }
  static getCall(id_token_url) {
    return __awaiter(this, void 0, void 0, function* () {
      var _a3;
      const httpclient = _OidcClient.createHttpClient();
      const res = yield httpclient.getJson(id_token_url).catch((error3) => {
        throw new Error(`Failed to get ID Token. 
 
        Error Code : ${error3.statusCode}
 
        Error Message: ${error3.message}`);
      });
      const id_token = (_a3 = res.result) === null || _a3 === void 0 ? void 0 : _a3.value;
      if (!id_token) {
        throw new Error("Response json body do not have ID Token field");
      }
      return id_token;
    });
  }
  static getIDToken(audience) {
    return __awaiter(this, void 0, void 0, function* () {
      try {
        let id_token_url = _OidcClient.getIDTokenUrl();
        if (audience) {
          const encodedAudience = encodeURIComponent(audience);
          id_token_url = `${id_token_url}&audience=${encodedAudience}`;
        }
        debug(`ID token url is ${id_token_url}`);
        const id_token = yield _OidcClient.getCall(id_token_url);
        setSecret(id_token);
        return id_token;
      } catch (error3) {
        throw new Error(`Error message: ${error3.message}`);
      }
    });
  }
};

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter2(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a3) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter2(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter2(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text2, addEOL = false) {
    this._buffer += text2;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text2, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text2);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text2, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text2, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text2, href) {
    const element = this.wrap("a", text2, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var markdownSummary = _summary;
var summary = _summary;

// node_modules/@actions/core/lib/path-utils.js
import * as path from "path";
function toPosixPath(pth) {
  return pth.replace(/[\\]/g, "/");
}
function toWin32Path(pth) {
  return pth.replace(/[/]/g, "\\");
}
function toPlatformPath(pth) {
  return pth.replace(/[/\\]/g, path.sep);
}

// node_modules/@actions/core/lib/platform.js
var platform_exports = {};
__export(platform_exports, {
  arch: () => arch,
  getDetails: () => getDetails,
  isLinux: () => isLinux,
  isMacOS: () => isMacOS,
  isWindows: () => isWindows,
  platform: () => platform
});
import os4 from "os";

// node_modules/@actions/exec/lib/exec.js
import { StringDecoder } from "string_decoder";

// node_modules/@actions/exec/lib/toolrunner.js
import * as os3 from "os";
import * as events from "events";
import * as child from "child_process";
import * as path4 from "path";

// node_modules/@actions/io/lib/io.js
import * as path3 from "path";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
import * as path2 from "path";
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;
function exists(fsPath) {
  return __awaiter3(this, void 0, void 0, function* () {
    try {
      yield stat(fsPath);
    } catch (err) {
      if (err.code === "ENOENT") {
        return false;
      }
      throw err;
    }
    return true;
  });
}
function isRooted(p) {
  p = normalizeSeparators(p);
  if (!p) {
    throw new Error('isRooted() parameter "p" cannot be empty');
  }
  if (IS_WINDOWS) {
    return p.startsWith("\\") || /^[A-Z]:/i.test(p);
  }
  return p.startsWith("/");
}
function tryGetExecutablePath(filePath, extensions) {
  return __awaiter3(this, void 0, void 0, function* () {
    let stats = void 0;
    try {
      stats = yield stat(filePath);
    } catch (err) {
      if (err.code !== "ENOENT") {
        console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
      }
    }
    if (stats && stats.isFile()) {
      if (IS_WINDOWS) {
        const upperExt = path2.extname(filePath).toUpperCase();
        if (extensions.some((validExt) => validExt.toUpperCase() === upperExt)) {
          return filePath;
        }
      } else {
        if (isUnixExecutable(stats)) {
          return filePath;
        }
      }
    }
    const originalFilePath = filePath;
    for (const extension of extensions) {
      filePath = originalFilePath + extension;
      stats = void 0;
      try {
        stats = yield stat(filePath);
      } catch (err) {
        if (err.code !== "ENOENT") {
          console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
        }
      }
      if (stats && stats.isFile()) {
        if (IS_WINDOWS) {
          try {
            const directory = path2.dirname(filePath);
            const upperName = path2.basename(filePath).toUpperCase();
            for (const actualName of yield readdir(directory)) {
              if (upperName === actualName.toUpperCase()) {
                filePath = path2.join(directory, actualName);
                break;
              }
            }
          } catch (err) {
            console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
          }
          return filePath;
        } else {
          if (isUnixExecutable(stats)) {
            return filePath;
          }
        }
      }
    }
    return "";
  });
}
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS) {
    p = p.replace(/\//g, "\\");
    return p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function isUnixExecutable(stats) {
  return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && process.getgid !== void 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && process.getuid !== void 0 && stats.uid === process.getuid();
}

// node_modules/@actions/io/lib/io.js
var __awaiter4 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function which(tool, check) {
  return __awaiter4(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    if (check) {
      const result = yield which(tool, false);
      if (!result) {
        if (IS_WINDOWS) {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
        } else {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
        }
      }
      return result;
    }
    const matches = yield findInPath(tool);
    if (matches && matches.length > 0) {
      return matches[0];
    }
    return "";
  });
}
function findInPath(tool) {
  return __awaiter4(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    const extensions = [];
    if (IS_WINDOWS && process.env["PATHEXT"]) {
      for (const extension of process.env["PATHEXT"].split(path3.delimiter)) {
        if (extension) {
          extensions.push(extension);
        }
      }
    }
    if (isRooted(tool)) {
      const filePath = yield tryGetExecutablePath(tool, extensions);
      if (filePath) {
        return [filePath];
      }
      return [];
    }
    if (tool.includes(path3.sep)) {
      return [];
    }
    const directories = [];
    if (process.env.PATH) {
      for (const p of process.env.PATH.split(path3.delimiter)) {
        if (p) {
          directories.push(p);
        }
      }
    }
    const matches = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(path3.join(directory, tool), extensions);
      if (filePath) {
        matches.push(filePath);
      }
    }
    return matches;
  });
}

// node_modules/@actions/exec/lib/toolrunner.js
import { setTimeout as setTimeout2 } from "timers";
var __awaiter5 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS2 = process.platform === "win32";
var ToolRunner = class extends events.EventEmitter {
  constructor(toolPath, args, options) {
    super();
    if (!toolPath) {
      throw new Error("Parameter 'toolPath' cannot be null or empty.");
    }
    this.toolPath = toolPath;
    this.args = args || [];
    this.options = options || {};
  }
  _debug(message) {
    if (this.options.listeners && this.options.listeners.debug) {
      this.options.listeners.debug(message);
    }
  }
  _getCommandString(options, noPrefix) {
    const toolPath = this._getSpawnFileName();
    const args = this._getSpawnArgs(options);
    let cmd = noPrefix ? "" : "[command]";
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        cmd += toolPath;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else if (options.windowsVerbatimArguments) {
        cmd += `"${toolPath}"`;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else {
        cmd += this._windowsQuoteCmdArg(toolPath);
        for (const a of args) {
          cmd += ` ${this._windowsQuoteCmdArg(a)}`;
        }
      }
    } else {
      cmd += toolPath;
      for (const a of args) {
        cmd += ` ${a}`;
      }
    }
    return cmd;
  }
  _processLineBuffer(data, strBuffer, onLine) {
    try {
      let s = strBuffer + data.toString();
      let n = s.indexOf(os3.EOL);
      while (n > -1) {
        const line = s.substring(0, n);
        onLine(line);
        s = s.substring(n + os3.EOL.length);
        n = s.indexOf(os3.EOL);
      }
      return s;
    } catch (err) {
      this._debug(`error processing line. Failed with error ${err}`);
      return "";
    }
  }
  _getSpawnFileName() {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        return process.env["COMSPEC"] || "cmd.exe";
      }
    }
    return this.toolPath;
  }
  _getSpawnArgs(options) {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
        for (const a of this.args) {
          argline += " ";
          argline += options.windowsVerbatimArguments ? a : this._windowsQuoteCmdArg(a);
        }
        argline += '"';
        return [argline];
      }
    }
    return this.args;
  }
  _endsWith(str2, end) {
    return str2.endsWith(end);
  }
  _isCmdFile() {
    const upperToolPath = this.toolPath.toUpperCase();
    return this._endsWith(upperToolPath, ".CMD") || this._endsWith(upperToolPath, ".BAT");
  }
  _windowsQuoteCmdArg(arg) {
    if (!this._isCmdFile()) {
      return this._uvQuoteCmdArg(arg);
    }
    if (!arg) {
      return '""';
    }
    const cmdSpecialChars = [
      " ",
      "	",
      "&",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      "^",
      "=",
      ";",
      "!",
      "'",
      "+",
      ",",
      "`",
      "~",
      "|",
      "<",
      ">",
      '"'
    ];
    let needsQuotes = false;
    for (const char of arg) {
      if (cmdSpecialChars.some((x) => x === char)) {
        needsQuotes = true;
        break;
      }
    }
    if (!needsQuotes) {
      return arg;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += '"';
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _uvQuoteCmdArg(arg) {
    if (!arg) {
      return '""';
    }
    if (!arg.includes(" ") && !arg.includes("	") && !arg.includes('"')) {
      return arg;
    }
    if (!arg.includes('"') && !arg.includes("\\")) {
      return `"${arg}"`;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += "\\";
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _cloneExecOptions(options) {
    options = options || {};
    const result = {
      cwd: options.cwd || process.cwd(),
      env: options.env || process.env,
      silent: options.silent || false,
      windowsVerbatimArguments: options.windowsVerbatimArguments || false,
      failOnStdErr: options.failOnStdErr || false,
      ignoreReturnCode: options.ignoreReturnCode || false,
      delay: options.delay || 1e4
    };
    result.outStream = options.outStream || process.stdout;
    result.errStream = options.errStream || process.stderr;
    return result;
  }
  _getSpawnOptions(options, toolPath) {
    options = options || {};
    const result = {};
    result.cwd = options.cwd;
    result.env = options.env;
    result["windowsVerbatimArguments"] = options.windowsVerbatimArguments || this._isCmdFile();
    if (options.windowsVerbatimArguments) {
      result.argv0 = `"${toolPath}"`;
    }
    return result;
  }
  /**
   * Exec a tool.
   * Output will be streamed to the live console.
   * Returns promise with return code
   *
   * @param     tool     path to tool to exec
   * @param     options  optional exec options.  See ExecOptions
   * @returns   number
   */
  exec() {
    return __awaiter5(this, void 0, void 0, function* () {
      if (!isRooted(this.toolPath) && (this.toolPath.includes("/") || IS_WINDOWS2 && this.toolPath.includes("\\"))) {
        this.toolPath = path4.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
      }
      this.toolPath = yield which(this.toolPath, true);
      return new Promise((resolve2, reject) => __awaiter5(this, void 0, void 0, function* () {
        this._debug(`exec tool: ${this.toolPath}`);
        this._debug("arguments:");
        for (const arg of this.args) {
          this._debug(`   ${arg}`);
        }
        const optionsNonNull = this._cloneExecOptions(this.options);
        if (!optionsNonNull.silent && optionsNonNull.outStream) {
          optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os3.EOL);
        }
        const state = new ExecState(optionsNonNull, this.toolPath);
        state.on("debug", (message) => {
          this._debug(message);
        });
        if (this.options.cwd && !(yield exists(this.options.cwd))) {
          return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
        }
        const fileName = this._getSpawnFileName();
        const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
        let stdbuffer = "";
        if (cp.stdout) {
          cp.stdout.on("data", (data) => {
            if (this.options.listeners && this.options.listeners.stdout) {
              this.options.listeners.stdout(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.outStream) {
              optionsNonNull.outStream.write(data);
            }
            stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.stdline) {
                this.options.listeners.stdline(line);
              }
            });
          });
        }
        let errbuffer = "";
        if (cp.stderr) {
          cp.stderr.on("data", (data) => {
            state.processStderr = true;
            if (this.options.listeners && this.options.listeners.stderr) {
              this.options.listeners.stderr(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.errStream && optionsNonNull.outStream) {
              const s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
              s.write(data);
            }
            errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.errline) {
                this.options.listeners.errline(line);
              }
            });
          });
        }
        cp.on("error", (err) => {
          state.processError = err.message;
          state.processExited = true;
          state.processClosed = true;
          state.CheckComplete();
        });
        cp.on("exit", (code2) => {
          state.processExitCode = code2;
          state.processExited = true;
          this._debug(`Exit code ${code2} received from tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        cp.on("close", (code2) => {
          state.processExitCode = code2;
          state.processExited = true;
          state.processClosed = true;
          this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        state.on("done", (error3, exitCode) => {
          if (stdbuffer.length > 0) {
            this.emit("stdline", stdbuffer);
          }
          if (errbuffer.length > 0) {
            this.emit("errline", errbuffer);
          }
          cp.removeAllListeners();
          if (error3) {
            reject(error3);
          } else {
            resolve2(exitCode);
          }
        });
        if (this.options.input) {
          if (!cp.stdin) {
            throw new Error("child process missing stdin");
          }
          cp.stdin.end(this.options.input);
        }
      }));
    });
  }
};
function argStringToArray(argString) {
  const args = [];
  let inQuotes = false;
  let escaped = false;
  let arg = "";
  function append(c) {
    if (escaped && c !== '"') {
      arg += "\\";
    }
    arg += c;
    escaped = false;
  }
  for (let i = 0; i < argString.length; i++) {
    const c = argString.charAt(i);
    if (c === '"') {
      if (!escaped) {
        inQuotes = !inQuotes;
      } else {
        append(c);
      }
      continue;
    }
    if (c === "\\" && escaped) {
      append(c);
      continue;
    }
    if (c === "\\" && inQuotes) {
      escaped = true;
      continue;
    }
    if (c === " " && !inQuotes) {
      if (arg.length > 0) {
        args.push(arg);
        arg = "";
      }
      continue;
    }
    append(c);
  }
  if (arg.length > 0) {
    args.push(arg.trim());
  }
  return args;
}
var ExecState = class _ExecState extends events.EventEmitter {
  constructor(options, toolPath) {
    super();
    this.processClosed = false;
    this.processError = "";
    this.processExitCode = 0;
    this.processExited = false;
    this.processStderr = false;
    this.delay = 1e4;
    this.done = false;
    this.timeout = null;
    if (!toolPath) {
      throw new Error("toolPath must not be empty");
    }
    this.options = options;
    this.toolPath = toolPath;
    if (options.delay) {
      this.delay = options.delay;
    }
  }
  CheckComplete() {
    if (this.done) {
      return;
    }
    if (this.processClosed) {
      this._setResult();
    } else if (this.processExited) {
      this.timeout = setTimeout2(_ExecState.HandleTimeout, this.delay, this);
    }
  }
  _debug(message) {
    this.emit("debug", message);
  }
  _setResult() {
    let error3;
    if (this.processExited) {
      if (this.processError) {
        error3 = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
      } else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
        error3 = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
      } else if (this.processStderr && this.options.failOnStdErr) {
        error3 = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
      }
    }
    if (this.timeout) {
      clearTimeout(this.timeout);
      this.timeout = null;
    }
    this.done = true;
    this.emit("done", error3, this.processExitCode);
  }
  static HandleTimeout(state) {
    if (state.done) {
      return;
    }
    if (!state.processClosed && state.processExited) {
      const message = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
      state._debug(message);
    }
    state._setResult();
  }
};

// node_modules/@actions/exec/lib/exec.js
var __awaiter6 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function exec(commandLine, args, options) {
  return __awaiter6(this, void 0, void 0, function* () {
    const commandArgs = argStringToArray(commandLine);
    if (commandArgs.length === 0) {
      throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
    }
    const toolPath = commandArgs[0];
    args = commandArgs.slice(1).concat(args || []);
    const runner = new ToolRunner(toolPath, args, options);
    return runner.exec();
  });
}
function getExecOutput(commandLine, args, options) {
  return __awaiter6(this, void 0, void 0, function* () {
    var _a3, _b;
    let stdout = "";
    let stderr = "";
    const stdoutDecoder = new StringDecoder("utf8");
    const stderrDecoder = new StringDecoder("utf8");
    const originalStdoutListener = (_a3 = options === null || options === void 0 ? void 0 : options.listeners) === null || _a3 === void 0 ? void 0 : _a3.stdout;
    const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
    const stdErrListener = (data) => {
      stderr += stderrDecoder.write(data);
      if (originalStdErrListener) {
        originalStdErrListener(data);
      }
    };
    const stdOutListener = (data) => {
      stdout += stdoutDecoder.write(data);
      if (originalStdoutListener) {
        originalStdoutListener(data);
      }
    };
    const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
    const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
    stdout += stdoutDecoder.end();
    stderr += stderrDecoder.end();
    return {
      exitCode,
      stdout,
      stderr
    };
  });
}

// node_modules/@actions/core/lib/platform.js
var __awaiter7 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var getWindowsInfo = () => __awaiter7(void 0, void 0, void 0, function* () {
  const { stdout: version2 } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', void 0, {
    silent: true
  });
  const { stdout: name } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', void 0, {
    silent: true
  });
  return {
    name: name.trim(),
    version: version2.trim()
  };
});
var getMacOsInfo = () => __awaiter7(void 0, void 0, void 0, function* () {
  var _a3, _b, _c, _d;
  const { stdout } = yield getExecOutput("sw_vers", void 0, {
    silent: true
  });
  const version2 = (_b = (_a3 = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a3 === void 0 ? void 0 : _a3[1]) !== null && _b !== void 0 ? _b : "";
  const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : "";
  return {
    name,
    version: version2
  };
});
var getLinuxInfo = () => __awaiter7(void 0, void 0, void 0, function* () {
  const { stdout } = yield getExecOutput("lsb_release", ["-i", "-r", "-s"], {
    silent: true
  });
  const [name, version2] = stdout.trim().split("\n");
  return {
    name,
    version: version2
  };
});
var platform = os4.platform();
var arch = os4.arch();
var isWindows = platform === "win32";
var isMacOS = platform === "darwin";
var isLinux = platform === "linux";
function getDetails() {
  return __awaiter7(this, void 0, void 0, function* () {
    return Object.assign(Object.assign({}, yield isWindows ? getWindowsInfo() : isMacOS ? getMacOsInfo() : getLinuxInfo()), {
      platform,
      arch,
      isWindows,
      isMacOS,
      isLinux
    });
  });
}

// node_modules/@actions/core/lib/core.js
var __awaiter8 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function exportVariable(name, val) {
  const convertedVal = toCommandValue(val);
  process.env[name] = convertedVal;
  const filePath = process.env["GITHUB_ENV"] || "";
  if (filePath) {
    return issueFileCommand("ENV", prepareKeyValueMessage(name, val));
  }
  issueCommand("set-env", { name }, convertedVal);
}
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function addPath(inputPath) {
  const filePath = process.env["GITHUB_PATH"] || "";
  if (filePath) {
    issueFileCommand("PATH", inputPath);
  } else {
    issueCommand("add-path", {}, inputPath);
  }
  process.env["PATH"] = `${inputPath}${path5.delimiter}${process.env["PATH"]}`;
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getMultilineInput(name, options) {
  const inputs = getInput(name, options).split("\n").filter((x) => x !== "");
  if (options && options.trimWhitespace === false) {
    return inputs;
  }
  return inputs.map((input) => input.trim());
}
function getBooleanInput(name, options) {
  const trueValue = ["true", "True", "TRUE"];
  const falseValue = ["false", "False", "FALSE"];
  const val = getInput(name, options);
  if (trueValue.includes(val))
    return true;
  if (falseValue.includes(val))
    return false;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os5.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setCommandEcho(enabled) {
  issue("echo", enabled ? "on" : "off");
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function isDebug() {
  return process.env["RUNNER_DEBUG"] === "1";
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os5.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter8(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}
function getIDToken(aud) {
  return __awaiter8(this, void 0, void 0, function* () {
    return yield OidcClient.getIDToken(aud);
  });
}

// packages/core/src/wsl/executables.ts
import path7 from "node:path";

// packages/core/src/windows/env.ts
import path6 from "node:path";
function readEnv(env, name) {
  const direct = env[name];
  if (direct !== void 0) return direct.trim() || void 0;
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(env)) {
    if (key.toLowerCase() === lower && value !== void 0) return value.trim() || void 0;
  }
  return void 0;
}
function system32Folder(env) {
  const systemRoot = readEnv(env, "SystemRoot") ?? readEnv(env, "windir") ?? "C:\\Windows";
  return path6.win32.join(systemRoot, readEnv(env, "PROCESSOR_ARCHITEW6432") ? "Sysnative" : "System32");
}

// packages/core/src/wsl/executables.ts
function isInsideWsl(env = process.env, platform2 = process.platform) {
  return platform2 === "linux" && Boolean(readEnv(env, "WSL_DISTRO_NAME") || readEnv(env, "WSL_INTEROP"));
}
function resolveWslExecutable(env = process.env, platform2 = process.platform) {
  const hook = readEnv(env, "WSL_READY_WSL");
  if (hook) return { file: hook, source: "env" };
  if (platform2 === "win32") {
    return { file: path7.win32.join(system32Folder(env), "wsl.exe"), source: "system32" };
  }
  if (isInsideWsl(env, platform2)) return { file: "wsl.exe", source: "interop" };
  return void 0;
}
function resolveDockerExecutable(env = process.env, platform2 = process.platform) {
  const hook = readEnv(env, "WSL_READY_DOCKER");
  if (hook) return { file: hook, source: "env" };
  return { file: platform2 === "win32" ? "docker.exe" : "docker", source: "path" };
}

// packages/core/src/windows/executables.ts
function detectHostMode(env, platform2, procVersion) {
  if (platform2 === "win32" || readEnv(env, "WSL_READY_WSL") !== void 0) return "windows";
  if (platform2 === "linux") {
    if (isInsideWsl(env, platform2)) return "wsl";
    if (procVersion && /microsoft/i.test(procVersion)) return "wsl";
    return "linux";
  }
  if (platform2 === "darwin") return "darwin";
  return "other";
}

// packages/core/src/text/decode.ts
var LF = 10;
function decodeOutput(input) {
  const text2 = typeof input === "string" ? input : decodeBytes(input);
  return normalizeText(text2);
}
function normalizeText(text2) {
  let result = text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
  if (result.includes("\0")) result = result.replace(/\0/g, "");
  return result.replace(/\r*\n/g, "\n").replace(/\r/g, "\n");
}
function decodeBytes(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return decodeUtf16(bytes.subarray(2));
  const body = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? bytes.subarray(3) : bytes;
  let text2 = "";
  for (const segment of segmentBytes(body)) {
    const part = body.subarray(segment.start, segment.end);
    const atEnd = segment.end === body.length;
    text2 += segment.encoding === "utf-16le" ? decodeUtf16(part) : decodeUtf8(part, atEnd);
  }
  return text2;
}
function segmentBytes(bytes) {
  const length = bytes.length;
  if (length === 0) return [];
  if (bytes.indexOf(0) === -1) return [{ encoding: guessWithoutNul(bytes), start: 0, end: length }];
  const lfUnits = { even: [], odd: [] };
  for (let i = bytes.indexOf(LF); i !== -1 && i < length - 1; i = bytes.indexOf(LF, i + 1)) {
    if (bytes[i + 1] === 0) (i % 2 ? lfUnits.odd : lfUnits.even).push(i);
  }
  const cursor = { even: 0, odd: 0 };
  const nextAlignedLf = (pos2) => {
    const parity = pos2 % 2 ? "odd" : "even";
    const list = lfUnits[parity];
    while (cursor[parity] < list.length && list[cursor[parity]] < pos2) cursor[parity]++;
    return list[cursor[parity]] ?? -1;
  };
  const nextByte = (value) => {
    let found = -1;
    return (pos2) => {
      if (found !== length && found < pos2) {
        found = bytes.indexOf(value, pos2);
        if (found === -1) found = length;
      }
      return found;
    };
  };
  const nextNul = nextByte(0);
  const nextLf = nextByte(LF);
  const segments = [];
  const push = (encoding, start, end) => {
    const last = segments[segments.length - 1];
    if (last && last.encoding === encoding && last.end === start) last.end = end;
    else segments.push({ encoding, start, end });
  };
  let pos = 0;
  while (pos < length) {
    const lfUnit = nextAlignedLf(pos);
    const lineEnd = nextLf(pos);
    const nul = nextNul(pos);
    const utf8Line = lineEnd !== length && nul > lineEnd ? lineEnd + 1 : -1;
    if (lfUnit !== -1 && (utf8Line === -1 || !hasOddLf(bytes, pos, lineEnd, Math.min(nul, lfUnit)))) {
      push("utf-16le", pos, lfUnit + 2);
      pos = lfUnit + 2;
      continue;
    }
    if (utf8Line !== -1) {
      push("utf-8", pos, utf8Line);
      pos = utf8Line;
      continue;
    }
    if (lfUnit === -1 && looksLikeUtf16Tail(bytes, pos)) {
      push("utf-16le", pos, length);
      break;
    }
    if (nul === length) {
      push("utf-8", pos, length);
      break;
    }
    if (nul - pos >= 2) {
      push("utf-8", pos, nul - 1);
      pos = nul - 1;
    } else {
      push("utf-8", pos, nul + 1);
      pos = nul + 1;
    }
  }
  return segments;
}
function hasOddLf(bytes, pos, firstLf, limit) {
  for (let i = firstLf; i !== -1 && i < limit; i = bytes.indexOf(LF, i + 1)) {
    if ((i - pos) % 2 === 1) return true;
  }
  return false;
}
function looksLikeUtf16Tail(bytes, pos) {
  const units = Math.min(64, bytes.length - pos >> 1);
  if (units < 2) return false;
  let asciiLike = 0;
  for (let i = 0; i < units; i++) {
    const low = bytes[pos + 2 * i];
    const high = bytes[pos + 2 * i + 1];
    if (high === 0 && low !== 0) asciiLike++;
  }
  return asciiLike >= 2 && asciiLike * 4 >= units * 3;
}
function guessWithoutNul(bytes) {
  const complete = bytes.subarray(0, bytes.length - incompleteUtf8Tail(bytes));
  if (isValidUtf8(complete)) return "utf-8";
  return isCleanUtf16(bytes) ? "utf-16le" : "utf-8";
}
function isCleanUtf16(bytes) {
  const units = bytes.length >> 1;
  if (units === 0) return false;
  for (let i = 0; i < units; i++) {
    const unit = bytes[2 * i] | bytes[2 * i + 1] << 8;
    if (unit >= 55296 && unit <= 56319) {
      const next = i + 1 < units ? bytes[2 * i + 2] | bytes[2 * i + 3] << 8 : 0;
      if (next < 56320 || next > 57343) return false;
      i++;
      continue;
    }
    if (unit >= 56320 && unit <= 57343) return false;
    if (unit < 32 && unit !== 9 && unit !== 10 && unit !== 13) return false;
    if (unit >= 127 && unit <= 159 || unit >= 57344 && unit <= 63743 || unit >= 65534) return false;
  }
  return true;
}
function incompleteUtf8Tail(bytes) {
  const length = bytes.length;
  for (let back = 1; back <= Math.min(3, length); back++) {
    const byte = bytes[length - back];
    if ((byte & 192) === 128) continue;
    const needed = byte >= 240 && byte <= 244 ? 4 : byte >= 224 && byte <= 239 ? 3 : byte >= 194 && byte <= 223 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}
var utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var utf8Lenient = new TextDecoder("utf-8", { ignoreBOM: true });
var utf16 = new TextDecoder("utf-16le", { ignoreBOM: true });
function isValidUtf8(bytes) {
  try {
    utf8Strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
function decodeUtf8(bytes, atEnd) {
  const end = atEnd ? bytes.length - incompleteUtf8Tail(bytes) : bytes.length;
  return utf8Lenient.decode(bytes.subarray(0, end));
}
function decodeUtf16(bytes) {
  return utf16.decode(bytes.length % 2 ? bytes.subarray(0, bytes.length - 1) : bytes);
}

// packages/core/src/text/parse-result.ts
function parsed(recognized, value, warnings = []) {
  return { recognized, value, warnings };
}

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue2,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path10) {
  if (!path10)
    return obj;
  return path10.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises3 = keys.map((key) => promisesObj[key]);
  return Promise.all(promises3).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str2 = "";
  for (let i = 0; i < length; i++) {
    str2 += chars[Math.floor(Math.random() * chars.length)];
  }
  return str2;
}
function esc(str2) {
  return JSON.stringify(str2);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str2) {
  return str2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path10, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path10);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str2) {
  const units = str2.length;
  if (!highSurrogate.test(str2))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str2.charCodeAt(i) & 64512) === 55296 && (str2.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue2(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error3, mapper = (issue3) => issue3.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error3.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error3, mapper = (issue3) => issue3.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error4, path10 = []) => {
    for (const issue3 of error4.issues) {
      if (issue3.code === "invalid_union" && issue3.errors.length) {
        issue3.errors.map((issues) => processError({ issues }, [...path10, ...issue3.path]));
      } else if (issue3.code === "invalid_key") {
        processError({ issues: issue3.issues }, [...path10, ...issue3.path]);
      } else if (issue3.code === "invalid_element") {
        processError({ issues: issue3.issues }, [...path10, ...issue3.path]);
      } else {
        const fullpath = [...path10, ...issue3.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue3));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue3));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue3));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error3);
  return fieldErrors;
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
function failure(Err, issues, ctx) {
  let error3;
  return {
    success: false,
    get error() {
      if (!error3) {
        error3 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error3;
    },
    set error(e) {
      error3 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
  const validator = schema._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var validateAsync = async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    return parse2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _safeEncode = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema, value, ctx);
};
var _safeDecode = (_Err) => (schema, value, _ctx) => {
  return _safeParse(_Err)(schema, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
  return _safeParseAsync(_Err)(schema, value, _ctx);
};

// node_modules/zod/v4/core/regexes.js
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    if (typeof payload.value !== typeof def.value)
      throw new Error("Cannot mix number and bigint in multiple_of check.");
    const isMultiple = typeof payload.value === "bigint" ? (
      // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
      def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
    ) : floatSafeRemainder(payload.value, def.value) === 0;
    if (isMultiple)
      return;
    payload.issues.push({
      origin: typeof payload.value,
      code: "not_multiple_of",
      divisor: def.value,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
    if (length === def.length)
      return;
    const origin = getLengthableOrigin(input);
    const tooBig = length > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
  $ZodCheck.init(inst, def);
  const escapedRegex = escapeRegex(def.includes);
  const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
  def.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def.includes, def.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def.includes,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def.prefix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def.suffix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
  if (def.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def.version}"`);
    def.pattern ?? (def.pattern = uuid(v));
  } else
    def.pattern ?? (def.pattern = uuid());
  $ZodStringFormat.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url = validateURL(trimmed, def);
      if (url === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
  def.pattern ?? (def.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
  $ZodObject.init(inst, def);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def));
  const memo2 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema = shape[key];
      const optin = schema?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema?._zod?.optout === "optional";
      doc.write(`const ${id} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
        doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id}.value;`);
        } else {
          doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject2 = isObject;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    const left = def.left._zod.run({ value: input, issues: [] }, ctx);
    const right = def.right._zod.run({ value: input, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleNonOptionalResult(result2, inst));
    }
    return handleNonOptionalResult(result, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
    }
    return handleCatchResult(payload, result, def, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue2(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve2) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child3) => {
    if (result !== PROVEN && child3?._zod) {
      const answer = isRecursive(child3, stack, resolve2);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child3 = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve2) : NONE;
      if (child3 > answer)
        answer = child3;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType);
      check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left);
      check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in);
      check(def.out);
      break;
    case "function":
      check(def.input);
      check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve2 ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open2 = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open2.push(entry);
    return empty;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input = payload.value;
        if (!isRef(input))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open2.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry = open2.length > depth ? open2.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/locales/en.js
var error2 = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue3) => {
    switch (issue3.code) {
      case "invalid_type": {
        const expected = getTypeName(issue3.expected);
        const receivedType = parsedType(issue3.input);
        const received = getTypeName(receivedType, issue3.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue3.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue3.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue3.values, "|")}`;
      case "too_big": {
        const adj = issue3.exact ? "exactly " : issue3.inclusive ? "<=" : "<";
        const sizing = getSizing(issue3.origin);
        if (sizing)
          return `Too big: expected ${issue3.origin ?? "value"} to have ${adj}${issue3.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue3.origin ?? "value"} to be ${adj}${issue3.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue3.exact ? "exactly " : issue3.inclusive ? ">=" : ">";
        const sizing = getSizing(issue3.origin);
        if (sizing) {
          return `Too small: expected ${issue3.origin} to have ${adj}${issue3.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue3.origin} to be ${adj}${issue3.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue3;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue3.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue3.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue3.keys.length > 1 ? "s" : ""}: ${joinValues(issue3.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue3.origin}`;
      case "invalid_union":
        if (issue3.options && Array.isArray(issue3.options) && issue3.options.length > 0) {
          const opts = issue3.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue3.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue3.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error2()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta2 = this._map.get(schema);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue3) => {
      if (typeof issue3 === "string") {
        payload.issues.push(issue2(issue3, payload.value, ch._zod.def));
      } else {
        const _issue = issue3;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue2(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object2 of objects) {
    for (const key in object2.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object2.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object2) => object2.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object2 of objects) {
      const constraint = undeclaredConstraint(object2);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
  const json = _json;
  json.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minLength = minimum;
  if (typeof maximum === "number")
    json.maxLength = maximum;
  if (format) {
    json.format = formatMap[format] ?? format;
    if (json.format === "")
      delete json.format;
    if (format === "time" || laxFormat) {
      delete json.format;
    }
  }
  if (contentEncoding)
    json.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
  json.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json.minimum = exclusiveMinimum;
      json.exclusiveMinimum = true;
    } else {
      json.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json.maximum = exclusiveMaximum;
      json.exclusiveMaximum = true;
    } else {
      json.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json.multipleOf = first;
    if (rest.length)
      json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var enumProcessor = (schema, _ctx, json, _params) => {
  const def = schema._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json.type = "number";
  if (values.every((v) => typeof v === "string"))
    json.type = "string";
  json.enum = values;
};
var literalProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  if (def.values.length === 0) {
    json.not = {};
    return;
  }
  const vals = [];
  for (const val of def.values) {
    if (val === void 0) {
      if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
        return;
    } else if (typeof val === "bigint") {
      if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
        return;
      vals.push(Number(val));
    } else {
      vals.push(val);
    }
  }
  if (vals.length === 0) {
  } else if (vals.length === 1) {
    const val = vals[0];
    json.type = val === null ? "null" : typeof val;
    if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
      json.enum = [val];
    } else {
      json.const = val;
    }
  } else {
    if (vals.every((v) => typeof v === "number"))
      json.type = "number";
    if (vals.every((v) => typeof v === "string"))
      json.type = "string";
    if (vals.every((v) => typeof v === "boolean"))
      json.type = "boolean";
    if (vals.every((v) => v === null))
      json.type = "null";
    json.enum = vals;
  }
};
var customProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
  json.type = "array";
  json.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json.type = "object";
  json.properties = {};
  for (const key in shape) {
    assignProp(json.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json.additionalProperties = false;
  } else if (def.catchall) {
    json.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json.oneOf = options;
  } else {
    json.anyOf = options;
  }
};
var intersectionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json.allOf = allOf;
  ctx.intersections.push(allOf);
};
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    const def = bySchema.get(json)?.def;
    if (!def)
      return json;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json = { ...json, [keyword]: mapped };
  }
  const types = Array.isArray(json.type) ? json.type : [json.type];
  const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
  const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types.includes("number") ? number : integer).source;
  return rest;
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
var recordProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  json.type = "object";
  const keyType = def.keyType;
  const patterns = aggregateChecks(keyType).patterns;
  if (def.mode === "loose" && patterns && patterns.size > 0) {
    const valueSchema = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "patternProperties", "*"]
    });
    json.patternProperties = {};
    for (const pattern of patterns) {
      assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
    }
  } else {
    if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
      json.propertyNames = processSchema(def.keyType, ctx, {
        ...params,
        path: [...params.path, "propertyNames"]
      });
      let pending = pendingRecords.get(ctx);
      if (!pending) {
        pending = [];
        pendingRecords.set(ctx, pending);
        ctx.deferred.push(() => rewriteKeyNames(ctx));
      }
      pending.push(schema);
    }
    json.additionalProperties = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
  const keyValues = keyType._zod.values;
  const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
  if (keyValues && !def.partial && !omittableOnInput) {
    const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
    if (validKeyValues.length > 0) {
      json.required = validKeyValues.map(String);
    }
  }
};
var nullableProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json.nullable = true;
  } else {
    json.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  json.readOnly = true;
};
var optionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
  _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
  _lazyMethod(proto, "addIssue", (self) => (issue3) => {
    self.issues.push(issue3);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self) => (issues2) => {
    self.issues.push(...issues2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
  return inst;
}, {
  check(...chks) {
    const def = this.def;
    return this.clone(util_exports.mergeDefs(def, {
      checks: [
        ...def.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def, params) {
    return clone(this, def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  refine(check, params) {
    return this.check(refine(check, params));
  },
  superRefine(refinement, params) {
    return this.check(superRefine(refinement, params));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params) {
    return nonoptional(this, params);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params) {
    return _catch(this, params);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params) {
    return parse(this, data, params, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params) {
    return await parseAsync(this, data, params, { callee: _parseAsync2 });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  async safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params) {
    return validate(this, data, params);
  },
  validateAsync(data, params) {
    return validateAsync(this, data, params);
  },
  encode: function _encode2(data, params) {
    return encode(this, data, params, { callee: _encode2 });
  },
  decode: function _decode2(data, params) {
    return decode(this, data, params, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params) {
    return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params) {
    return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
  },
  safeEncode(data, params) {
    return safeEncode(this, data, params);
  },
  safeDecode(data, params) {
    return safeDecode(this, data, params);
  },
  async safeEncodeAsync(data, params) {
    return safeEncodeAsync(this, data, params);
  },
  async safeDecodeAsync(data, params) {
    return safeDecodeAsync(this, data, params);
  },
  toJSONSchema(params) {
    return createToJSONSchemaMethod(this, {})(params);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
      return this.check(_lowercase(params));
    },
    uppercase(params) {
      return this.check(_uppercase(params));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
  $ZodString.init(inst, def);
  _ZodString.init(inst, def);
}, {
  email(params) {
    return this.check(_email(ZodEmail, params));
  },
  url(params) {
    return this.check(_url(ZodURL, params));
  },
  jwt(params) {
    return this.check(_jwt(ZodJWT, params));
  },
  emoji(params) {
    return this.check(_emoji2(ZodEmoji, params));
  },
  guid(params) {
    return this.check(_guid(ZodGUID, params));
  },
  uuid(params) {
    return this.check(_uuid(ZodUUID, params));
  },
  uuidv4(params) {
    return this.check(_uuidv4(ZodUUID, params));
  },
  uuidv6(params) {
    return this.check(_uuidv6(ZodUUID, params));
  },
  uuidv7(params) {
    return this.check(_uuidv7(ZodUUID, params));
  },
  nanoid(params) {
    return this.check(_nanoid(ZodNanoID, params));
  },
  cuid(params) {
    return this.check(_cuid(ZodCUID, params));
  },
  cuid2(params) {
    return this.check(_cuid2(ZodCUID2, params));
  },
  ulid(params) {
    return this.check(_ulid(ZodULID, params));
  },
  base64(params) {
    return this.check(_base64(ZodBase64, params));
  },
  base64url(params) {
    return this.check(_base64url(ZodBase64URL, params));
  },
  xid(params) {
    return this.check(_xid(ZodXID, params));
  },
  ksuid(params) {
    return this.check(_ksuid(ZodKSUID, params));
  },
  ipv4(params) {
    return this.check(_ipv4(ZodIPv4, params));
  },
  ipv6(params) {
    return this.check(_ipv6(ZodIPv6, params));
  },
  cidrv4(params) {
    return this.check(_cidrv4(ZodCIDRv4, params));
  },
  cidrv6(params) {
    return this.check(_cidrv6(ZodCIDRv6, params));
  },
  e164(params) {
    return this.check(_e164(ZodE164, params));
  },
  datetime(params) {
    return this.check(_isoDateTime(ZodISODateTime, params));
  },
  date(params) {
    return this.check(_isoDate(ZodISODate, params));
  },
  time(params) {
    return this.check(_isoTime(ZodISOTime, params));
  },
  duration(params) {
    return this.check(_isoDuration(ZodISODuration, params));
  }
});
function string2(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNumber = /* @__PURE__ */ $constructor(
  "ZodNumber",
  (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => {
      const { minimum, exclusiveMinimum } = aggregateChecks(inst);
      return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
      const { maximum, exclusiveMaximum } = aggregateChecks(inst);
      return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
      const { isInt, multipleOf } = aggregateChecks(inst);
      return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    int(params) {
      return this.check(int(params));
    },
    safe(params) {
      return this.check(int(params));
    },
    positive(params) {
      return this.check(_gt(0, params));
    },
    nonnegative(params) {
      return this.check(_gte(0, params));
    },
    negative(params) {
      return this.check(_lt(0, params));
    },
    nonpositive(params) {
      return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    },
    step(value, params) {
      return this.check(_multipleOf(value, params));
    },
    finite() {
      return this;
    }
  })
);
function number2(params) {
  return _number(ZodNumber, params);
}
var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodNumber.init(inst, def);
});
function int(params) {
  return _int(ZodNumberFormat, params);
}
var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
  inst.element = def.element;
}, {
  min(n, params) {
    return this.check(_minLength(n, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n, params) {
    return this.check(_maxLength(n, params));
  },
  length(n, params) {
    return this.check(_length(n, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
  util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
  keyof() {
    return _enum(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...util_exports.normalizeParams(params)
  };
  return new ZodObject(def);
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
  inst.options = def.options;
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodRecord.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodRecord({
      type: "record",
      keyType: string2(),
      valueType: keyType,
      ...util_exports.normalizeParams(valueType)
    });
  }
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
  inst.enum = def.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def.entries));
  inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
  inst.exclude = (values, params) => {
    const newEntries = { ...def.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
});
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
var ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
  inst.values = new Set(def.values);
  Object.defineProperty(inst, "value", {
    get() {
      if (def.values.length > 1) {
        throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
      }
      return def.values[0];
    }
  });
});
function literal(value, params) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params)
  });
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue3) => {
      if (typeof issue3 === "string") {
        payload.issues.push(util_exports.issue(issue3, payload.value, def));
      } else {
        const _issue = issue3;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output = def.transform(payload.value, payload);
    if (output instanceof Promise) {
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    payload.value = output;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// node_modules/zod/v4/classic/iso.js
var iso_exports = {};
__export(iso_exports, {
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  date: () => date2,
  datetime: () => datetime2,
  duration: () => duration2,
  time: () => time2
});
function datetime2(params) {
  return _isoDateTime(ZodISODateTime, params);
}
function date2(params) {
  return _isoDate(ZodISODate, params);
}
function time2(params) {
  return _isoTime(ZodISOTime, params);
}
function duration2(params) {
  return _isoDuration(ZodISODuration, params);
}

// packages/core/src/docker/types.ts
var DOCKER_BACKENDS = [
  "desktop-wsl2",
  "desktop-hyperv",
  "desktop-windows",
  "moby-windows-server",
  "wsl-dockerd",
  "wsl1-dockerd",
  "rancher-desktop",
  "podman",
  "stopped",
  "none",
  // Engines of Linux and macOS hosts (not Windows backends, but an engine that answers is never `none`).
  "native-linux",
  "desktop-mac",
  "desktop-linux",
  "other-linux"
];
var DOCKER_BACKEND_DESCRIPTIONS = {
  "desktop-wsl2": "Docker Desktop with the WSL 2 engine",
  "desktop-hyperv": "Docker Desktop with the Hyper-V engine",
  "desktop-windows": "Docker Desktop in Windows-containers mode",
  "moby-windows-server": "Moby (dockerd) running Windows containers, as on GitHub-hosted Windows runners",
  "wsl-dockerd": "dockerd inside a WSL 2 distribution",
  "wsl1-dockerd": "dockerd inside a WSL 1 distribution (answers, but cannot run containers)",
  "rancher-desktop": "Rancher Desktop (moby mode)",
  podman: "Podman's Docker-compatible API",
  stopped: "the docker CLI is installed but no engine answers",
  none: "no docker CLI, or no engine at all",
  "native-linux": "the Linux host's own dockerd (as on ubuntu-latest)",
  "desktop-mac": "Docker Desktop for Mac",
  "desktop-linux": "Docker Desktop for Linux",
  "other-linux": "a Linux engine elsewhere (a VM engine such as Colima, or a remote tcp:// or ssh:// engine)"
};

// packages/core/src/wsl/parsers/distro-states.ts
var KNOWN_DISTRO_STATES = [
  "Running",
  "Stopped",
  "Installing",
  "Converting",
  "Uninstalling",
  "Exporting"
];

// packages/core/src/report/summarize.ts
function summarize(checks) {
  const counts = { pass: 0, warn: 0, fail: 0, skip: 0, error: 0 };
  for (const check of checks) counts[check.status] += 1;
  const status = counts.fail > 0 || counts.error > 0 ? "not-ready" : counts.warn > 0 ? "degraded" : "ready";
  return { status, counts };
}

// packages/core/src/report/schema.ts
var REPORT_LIMITS = {
  /** ids, areas, names, versions, labels */
  shortText: 200,
  /** check summaries, warnings */
  text: 2e3,
  /** check remediation */
  longText: 4e3,
  url: 2048,
  evidenceEntries: 50,
  evidenceKey: 64,
  evidenceValue: 2e3,
  checks: 500,
  distros: 200,
  phases: 100,
  warnings: 100,
  /** a week: longer durations are a producer bug */
  durationMs: 6048e5
};
var CHECK_STATUSES = ["pass", "warn", "fail", "skip", "error"];
var READINESS_STATUSES = ["ready", "degraded", "not-ready"];
var HOST_OSES = [
  "windows",
  "linux",
  "darwin",
  "freebsd",
  "openbsd",
  "netbsd",
  "sunos",
  "aix",
  "android",
  "other"
];
var DISTRO_STATES = [...KNOWN_DISTRO_STATES, "Unknown"];
var PHASE_STATUSES = ["ok", "cached", "skipped", "failed", "timed-out"];
var shortText = string2().max(REPORT_LIMITS.shortText);
var nullableShort = shortText.nullable();
var machineId = shortText.regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, "expected an id of letters, digits and . _ : / -");
var durationMs = number2().nonnegative().max(REPORT_LIMITS.durationMs);
var wslVersion = literal([1, 2]);
var checkStatusSchema = _enum(CHECK_STATUSES);
var readinessStatusSchema = _enum(READINESS_STATUSES);
var dockerBackendSchema = _enum(DOCKER_BACKENDS);
var evidenceSchema = record(
  string2().max(REPORT_LIMITS.evidenceKey),
  union([string2().max(REPORT_LIMITS.evidenceValue), number2(), boolean2()], {
    error: "expected a string, number or boolean"
  })
).refine((value) => Object.keys(value).length <= REPORT_LIMITS.evidenceEntries, {
  message: `expected at most ${REPORT_LIMITS.evidenceEntries} evidence entries`
}).meta({ maxProperties: REPORT_LIMITS.evidenceEntries });
var checkSchema = object({
  id: machineId,
  area: machineId,
  title: shortText,
  status: checkStatusSchema,
  summary: string2().max(REPORT_LIMITS.text),
  remediation: string2().max(REPORT_LIMITS.longText).optional(),
  docsUrl: string2().max(REPORT_LIMITS.url).regex(/^https:\/\/[^\s]+$/, "expected an https URL").optional(),
  durationMs,
  evidence: evidenceSchema.optional()
});
var countsSchema = object({
  pass: number2().int().nonnegative(),
  warn: number2().int().nonnegative(),
  fail: number2().int().nonnegative(),
  skip: number2().int().nonnegative(),
  error: number2().int().nonnegative()
});
var summarySchema = object({
  status: readinessStatusSchema,
  counts: countsSchema
});
var osReleaseSchema = object({
  id: shortText.optional(),
  idLike: shortText.optional(),
  versionId: shortText.optional(),
  versionCodename: shortText.optional(),
  prettyName: shortText.optional()
});
var distroSchema = object({
  name: shortText,
  state: _enum(DISTRO_STATES),
  version: wslVersion.nullable(),
  default: boolean2(),
  osRelease: osReleaseSchema.optional()
});
var hostSchema = object({
  os: _enum(HOST_OSES),
  arch: shortText,
  /** e.g. `10.0.26100.4652` */
  windowsBuild: shortText.optional(),
  /** e.g. `Windows Server 2025 Datacenter` */
  windowsEdition: shortText.optional(),
  /** true when the producer itself runs inside a WSL distribution */
  isWsl: boolean2()
});
var runnerSchema = object({
  imageOs: nullableShort,
  imageVersion: nullableShort,
  environment: nullableShort,
  arch: shortText,
  name: shortText,
  os: shortText.optional()
});
var runSchema = object({
  repository: shortText.regex(/^[A-Za-z0-9-]+\/(?!\.\.?$)[A-Za-z0-9_.-]+$/, "expected owner/name"),
  runId: number2().int().positive(),
  runAttempt: number2().int().positive(),
  job: shortText,
  workflow: shortText,
  sha: string2().regex(/^[0-9a-f]{7,64}$/i, "expected a hexadecimal commit SHA"),
  matrixKey: shortText.optional()
});
var wslSchema = object({
  installed: boolean2(),
  kind: _enum(["inbox", "store"]).nullable(),
  version: nullableShort,
  kernelVersion: nullableShort,
  wslgVersion: nullableShort,
  defaultDistribution: nullableShort,
  defaultVersion: wslVersion.nullable(),
  msrdcVersion: nullableShort.optional(),
  direct3dVersion: nullableShort.optional(),
  dxcoreVersion: nullableShort.optional(),
  windowsVersion: nullableShort.optional()
});
var dockerSchema = object({
  cliVersion: nullableShort,
  context: nullableShort,
  endpoint: nullableShort,
  backend: dockerBackendSchema,
  engineOs: _enum(["linux", "windows"]).nullable(),
  serverVersion: nullableShort,
  desktopVersion: nullableShort,
  linuxContainers: boolean2().nullable(),
  /** `process` or `hyperv` on a Windows engine */
  isolation: shortText.optional()
});
var phaseSchema = object({
  name: shortText,
  durationMs,
  status: _enum(PHASE_STATUSES)
});
var reportObjectSchema = object({
  schemaVersion: literal(1),
  tool: object({ name: shortText, version: shortText }),
  generatedAt: iso_exports.datetime({ offset: true }),
  source: object({ kind: _enum(["action", "cli"]), name: shortText }),
  host: hostSchema,
  runner: runnerSchema.optional(),
  run: runSchema.optional(),
  wsl: wslSchema.optional(),
  distros: array(distroSchema).max(REPORT_LIMITS.distros),
  docker: dockerSchema.optional(),
  checks: array(checkSchema).max(REPORT_LIMITS.checks),
  summary: summarySchema,
  phases: array(phaseSchema).max(REPORT_LIMITS.phases).optional(),
  warnings: array(string2().max(REPORT_LIMITS.text)).max(REPORT_LIMITS.warnings).optional()
});
var reportV1Schema = reportObjectSchema.superRefine((report, ctx) => {
  const expected = summarize(report.checks);
  if (expected.status !== report.summary.status) {
    ctx.addIssue({
      code: "custom",
      path: ["summary", "status"],
      message: `expected "${expected.status}" for these checks, got "${report.summary.status}"`
    });
  }
  for (const key of CHECK_STATUSES) {
    if (expected.counts[key] !== report.summary.counts[key]) {
      ctx.addIssue({
        code: "custom",
        path: ["summary", "counts", key],
        message: `expected ${expected.counts[key]} (the number of "${key}" checks), got ${report.summary.counts[key]}`
      });
    }
  }
}).meta({
  title: "wsl-ready Report v1",
  description: "Whether a Windows machine is ready to build and run Linux software (WSL2, distributions, a Docker engine for Linux containers). Written by the wsl-ready CLI and GitHub Actions; read by the job summary, the readiness bot and the terminal. summary must agree with checks."
});

// packages/core/src/windows/runner-env.ts
function onActionsRunner(env) {
  return readEnv(env, "GITHUB_ACTIONS") === "true" || readEnv(env, "RUNNER_NAME") !== void 0 || readEnv(env, "ImageOS") !== void 0;
}
function readRunnerFacts(env) {
  if (!onActionsRunner(env)) return void 0;
  const fact = (name) => readEnv(env, name)?.slice(0, REPORT_LIMITS.shortText) ?? null;
  const runner = {
    imageOs: fact("ImageOS"),
    imageVersion: fact("ImageVersion"),
    environment: fact("RUNNER_ENVIRONMENT"),
    arch: fact("RUNNER_ARCH") ?? "",
    name: fact("RUNNER_NAME") ?? ""
  };
  const os6 = fact("RUNNER_OS");
  if (os6) runner.os = os6;
  return runner;
}

// packages/core/src/wsl/parsers/locale-strings.ts
var WSL_LOCALE_STRINGS = {
  "cs-CZ": {
    registeredDistrosHeader: "Distribuce Subsystému Windows pro Linux:",
    printDistroDefault: "{} (Výchozí)",
    noRunningDistro: "Nejsou spuštěny žádné distribuce.",
    statusDefaultDistro: "Výchozí distribuce: {}",
    statusDefaultVersion: "Výchozí verze: {}",
    errorCode: "Kód chyby: {}",
    noDefaultDistro: "Subsystém Windows pro Linux nemá žádné nainstalované distribuce.",
    distributionListOnline: "Následuje seznam platných distribucí, které lze nainstalovat.",
    wsl1NotSupported: "WSL1 se s aktuální konfigurací počítače nepodporuje."
  },
  "da-DK": {
    registeredDistrosHeader: "Windows-undersystem til Linux-distributioner:",
    printDistroDefault: "{} (Standard)",
    noRunningDistro: "Der er ingen kørende distributioner.",
    statusDefaultDistro: "Standarddistribution: {}",
    statusDefaultVersion: "Standardversion: {}",
    errorCode: "Fejlkode: {}",
    noDefaultDistro: "Windows-undersystem til Linux har ingen installerede distributioner.",
    distributionListOnline: "Nedenfor vises en liste over gyldige distributioner, der kan installeres.",
    wsl1NotSupported: "WSL1 understøttes ikke med den aktuelle maskinkonfiguration."
  },
  "de-DE": {
    registeredDistrosHeader: "Windows Subsystem für Linux-Distributionen:",
    printDistroDefault: "{} (Standard)",
    noRunningDistro: "Es werden keine Distributionen ausgeführt.",
    statusDefaultDistro: "Standarddistribution: {}",
    statusDefaultVersion: "Standardversion: {}",
    errorCode: "Fehlercode: {}",
    noDefaultDistro: "Windows-Subsystem für Linux verfügt über keine installierten Distributionen.",
    distributionListOnline: "Im Folgenden finden Sie eine Liste gültiger Distributionen, die installiert werden können.",
    wsl1NotSupported: "WSL1 wird mit Ihrer aktuellen Computer-Konfiguration nicht unterstützt."
  },
  "en-GB": {
    registeredDistrosHeader: "Windows Subsystem for Linux Distributions:",
    printDistroDefault: "{} (Default)",
    noRunningDistro: "There are no running distributions.",
    statusDefaultDistro: "Default Distribution: {}",
    statusDefaultVersion: "Default Version: {}",
    errorCode: "Error code: {}",
    noDefaultDistro: "Windows Subsystem for Linux has no installed distributions.",
    distributionListOnline: "The following is a list of valid distributions that can be installed.",
    wsl1NotSupported: "WSL1 is not supported with your current machine configuration."
  },
  "en-US": {
    registeredDistrosHeader: "Windows Subsystem for Linux Distributions:",
    printDistroDefault: "{} (Default)",
    noRunningDistro: "There are no running distributions.",
    statusDefaultDistro: "Default Distribution: {}",
    statusDefaultVersion: "Default Version: {}",
    errorCode: "Error code: {}",
    noDefaultDistro: "Windows Subsystem for Linux has no installed distributions.",
    distributionListOnline: "The following is a list of valid distributions that can be installed.",
    wsl1NotSupported: "WSL1 is not supported with your current machine configuration."
  },
  "es-ES": {
    registeredDistrosHeader: "Distribuciones de subsistema de Windows para Linux:",
    printDistroDefault: "{} (Predeterminado)",
    noRunningDistro: "No hay distribuciones en ejecución.",
    statusDefaultDistro: "Distribución predeterminada: {}",
    statusDefaultVersion: "Versión predeterminada: {}",
    errorCode: "Código de error: {}",
    noDefaultDistro: "Subsistema de Windows para Linux no tiene distribuciones instaladas.",
    distributionListOnline: "A continuación se muestra una lista de distribuciones válidas que se pueden instalar.",
    wsl1NotSupported: "WSL1 no es compatible con la configuración actual del equipo."
  },
  "fi-FI": {
    registeredDistrosHeader: "Windows-alijärjestelmä Linuxille -jakelut:",
    printDistroDefault: "{} (Oletus)",
    noRunningDistro: "Jakeluja ei ole käynnissä.",
    statusDefaultDistro: "Oletusjakelu: {}",
    statusDefaultVersion: "Oletusversio: {}",
    errorCode: "Virhekoodi: {}",
    noDefaultDistro: "Windows-alijärjestelmä Linuxille ei ole asennettuja jakeluja.",
    distributionListOnline: "Seuraava on luettelo kelvollisista jakeluista, jotka voidaan asentaa.",
    wsl1NotSupported: "WSL1:tä ei tueta nykyisessä tietokoneen kokoonpanossa."
  },
  "fr-FR": {
    registeredDistrosHeader: "Distributions du Sous-système Windows pour Linux :",
    printDistroDefault: "{} (par défaut)",
    noRunningDistro: "Aucune distribution en cours d'exécution.",
    statusDefaultDistro: "Distribution par défaut : {}",
    statusDefaultVersion: "Version par défaut : {}",
    errorCode: "Code d'erreur : {}",
    noDefaultDistro: "Sous-système Windows pour Linux n’a aucune distribution installée.",
    distributionListOnline: "Voici la liste des distributions valides qui peuvent être installées.",
    wsl1NotSupported: "WSL1 n’est pas pris en charge avec votre configuration d’ordinateur actuelle."
  },
  "hu-HU": {
    registeredDistrosHeader: "Linuxos Windows-alrendszer disztribúciók:",
    printDistroDefault: "{} (alapértelmezett)",
    noRunningDistro: "Nincsenek futó disztribúciók.",
    statusDefaultDistro: "Alapértelmezett disztribúció: {}",
    statusDefaultVersion: "Alapértelmezett verzió: {}",
    errorCode: "Hibakód: {}",
    noDefaultDistro: "A Linuxos Windows-alrendszer nem rendelkezik telepített disztribúciókkal.",
    distributionListOnline: "Az alábbi lista az érvényes, telepíthető disztribúciókat tartalmazza.",
    wsl1NotSupported: "A jelenlegi gépkonfiguráció nem támogatja a WSL1-et."
  },
  "it-IT": {
    registeredDistrosHeader: "Distribuzioni del Sottosistema Windows per Linux:",
    printDistroDefault: "{} (Predefinito)",
    noRunningDistro: "Nessuna distribuzione in corso.",
    statusDefaultDistro: "Distribuzione predefinita: {}",
    statusDefaultVersion: "Versione predefinita: {}",
    errorCode: "Codice errore: {}",
    noDefaultDistro: "sottosistema Windows per Linux non ha distribuzioni installate.",
    distributionListOnline: "Di seguito è riportato un elenco di distribuzioni valide che è possibile installare.",
    wsl1NotSupported: "WSL1 non è supportato con la configurazione del computer corrente."
  },
  "ja-JP": {
    registeredDistrosHeader: "Linux 用 Windows サブシステム ディストリビューション:",
    printDistroDefault: "{} (既定値)",
    noRunningDistro: "実行中のディストリビューションはありません。",
    statusDefaultDistro: "既定のディストリビューション: {}",
    statusDefaultVersion: "既定のバージョン: {}",
    errorCode: "エラー コード: {}",
    noDefaultDistro: "Linux 用 Windows サブシステムにインストールされているディストリビューションはありません。",
    distributionListOnline: "インストールできる有効なディストリビューションの一覧を次に示します。",
    wsl1NotSupported: "WSL1 は、現在のマシン構成ではサポートされていません。"
  },
  "ko-KR": {
    registeredDistrosHeader: "Linux용 Windows 하위 시스템 배포:",
    printDistroDefault: "{}(기본값)",
    noRunningDistro: "실행 중인 배포가 없습니다.",
    statusDefaultDistro: "기본 배포: {}",
    statusDefaultVersion: "기본 버전: {}",
    errorCode: "오류 코드: {}",
    noDefaultDistro: "Linux용 Windows 하위 시스템 설치된 배포가 없습니다.",
    distributionListOnline: "다음은 설치할 수 있는 유효한 배포 목록입니다.",
    wsl1NotSupported: "현재 컴퓨터 구성에서는 WSL1이 지원되지 않습니다."
  },
  "nb-NO": {
    registeredDistrosHeader: "Windows-undersystem for Linux-distribusjoner:",
    printDistroDefault: "{} (standard)",
    noRunningDistro: "Det finnes ingen distribusjoner som kjører.",
    statusDefaultDistro: "Standarddistribusjon: {}",
    statusDefaultVersion: "Standardversjon: {}",
    errorCode: "Feilkode: {}",
    noDefaultDistro: "Windows-undersystem for Linux har ingen installerte distribusjoner.",
    distributionListOnline: "Nedenfor vises en liste over gyldige distribusjoner som kan installeres.",
    wsl1NotSupported: "WSL1 støttes ikke med gjeldende maskinkonfigurasjon."
  },
  "nl-NL": {
    registeredDistrosHeader: "Windows-subsysteem voor Linux distributies:",
    printDistroDefault: "{} (Standaard)",
    noRunningDistro: "Er zijn geen actieve distributies.",
    statusDefaultDistro: "Standaarddistributie: {}",
    statusDefaultVersion: "Standaardversie: {}",
    errorCode: "Foutcode: {}",
    noDefaultDistro: "Windows-subsysteem voor Linux heeft geen geïnstalleerde distributies.",
    distributionListOnline: "Hier volgt een lijst met geldige distributies die kunnen worden geïnstalleerd.",
    wsl1NotSupported: "WSL1 wordt niet ondersteund met de huidige computerconfiguratie."
  },
  "pl-PL": {
    registeredDistrosHeader: "Podsystem Windows dla dystrybucji systemu Linux:",
    printDistroDefault: "{} (domyślnie)",
    noRunningDistro: "Brak uruchomionych dystrybucji.",
    statusDefaultDistro: "Dystrybucja domyślna: {}",
    statusDefaultVersion: "Wersja domyślna: {}",
    errorCode: "Kod błędu: {}",
    noDefaultDistro: "Podsystem Windows dla systemu Linux nie ma zainstalowanych dystrybucji.",
    distributionListOnline: "Poniżej znajduje się lista prawidłowych dystrybucji, które można zainstalować.",
    wsl1NotSupported: "Podsystem WSL1 nie jest obsługiwany w bieżącej konfiguracji komputera."
  },
  "pt-BR": {
    registeredDistrosHeader: "Distribuições do Subsistema do Windows para Linux:",
    printDistroDefault: "{} (Padrão)",
    noRunningDistro: "Não há distribuições em execução.",
    statusDefaultDistro: "Distribuição Padrão: {}",
    statusDefaultVersion: "Versão Padrão: {}",
    errorCode: "Código de erro: {}",
    noDefaultDistro: "Subsistema do Windows para Linux não tem distribuições instaladas.",
    distributionListOnline: "A seguir está uma lista de distribuições válidas que podem ser instaladas.",
    wsl1NotSupported: "WSL1 não é compatível com a configuração atual da máquina. "
  },
  "pt-PT": {
    registeredDistrosHeader: "Subsistema Windows para Distribuições do Linux:",
    printDistroDefault: "{} (Predefinição)",
    noRunningDistro: "Não existem distribuições em execução.",
    statusDefaultDistro: "Distribuição Predefinida: {}",
    statusDefaultVersion: "Versão predefinida: {}",
    errorCode: "Código de erro: {}",
    noDefaultDistro: "Subsistema Windows para Linux não tem distribuições instaladas.",
    distributionListOnline: "Segue-se uma lista de distribuições válidas que podem ser instaladas.",
    wsl1NotSupported: "O WSL1 não é suportado com a configuração atual do computador."
  },
  "ru-RU": {
    registeredDistrosHeader: "Дистрибутивы подсистемы Windows для Linux:",
    printDistroDefault: "{} (по умолчанию)",
    noRunningDistro: "Нет выполняющихся дистрибутивов.",
    statusDefaultDistro: "Дистрибутив по умолчанию: {}",
    statusDefaultVersion: "Версия по умолчанию: {}",
    errorCode: "Код ошибки: {}",
    noDefaultDistro: "подсистема Windows для Linux не имеет установленных дистрибутивов.",
    distributionListOnline: "Ниже указан список допустимых дистрибутивов, которые можно установить.",
    wsl1NotSupported: "Текущая конфигурация компьютера не поддерживает WSL1."
  },
  "sv-SE": {
    registeredDistrosHeader: "Windows-undersystem för Linux-distributioner:",
    printDistroDefault: "{} (Standardinställning)",
    noRunningDistro: "Det finns inga distributioner som körs.",
    statusDefaultDistro: "Standarddistribution: {}",
    statusDefaultVersion: "Standardversion: {}",
    errorCode: "Felkod: {}",
    noDefaultDistro: "Windows-undersystem för Linux har inga installerade distributioner.",
    distributionListOnline: "Följande är en lista över giltiga distributioner som kan installeras.",
    wsl1NotSupported: "WSL1 stöds inte med den aktuella datorkonfigurationen."
  },
  "tr-TR": {
    registeredDistrosHeader: "Linux için Windows Alt Sistemi Dağıtımları:",
    printDistroDefault: "{} (Varsayılan)",
    noRunningDistro: "Çalışan dağıtım yok.",
    statusDefaultDistro: "Varsayılan Dağıtım: {}",
    statusDefaultVersion: "Varsayılan Sürüm: {}",
    errorCode: "Hata kodu: {}",
    noDefaultDistro: "Linux için Windows Alt Sistemi'nde yüklü dağıtım yok.",
    distributionListOnline: "Aşağıdakiler, yüklenemedik geçerli dağıtımların listesidir.",
    wsl1NotSupported: "WSL1, mevcut makine yapılandırmanızla desteklenmiyor."
  },
  "zh-CN": {
    registeredDistrosHeader: "适用于 Linux 的 Windows 子系统分发:",
    printDistroDefault: "{} (默认值)",
    noRunningDistro: "没有正在运行的分发。",
    statusDefaultDistro: "默认分发: {}",
    statusDefaultVersion: "默认版本: {}",
    errorCode: "错误代码: {}",
    noDefaultDistro: "适用于 Linux 的 Windows 子系统没有已安装的分发。",
    distributionListOnline: "以下是可安装的有效分发的列表。",
    wsl1NotSupported: "当前计算机配置不支持 WSL1。"
  },
  "zh-TW": {
    registeredDistrosHeader: "Windows 子系統 Linux 版發佈:",
    printDistroDefault: "{} (預設)",
    noRunningDistro: "沒有任何執行中的發佈。",
    statusDefaultDistro: "預設通訊群組: {}",
    statusDefaultVersion: "預設版本: {}",
    errorCode: "錯誤碼: {}",
    noDefaultDistro: "Windows 子系統 Linux 版 沒有已安裝的發佈。",
    distributionListOnline: "下列是可安裝的有效發佈清單。",
    wsl1NotSupported: "您目前的電腦設定不支援 WSL1。"
  }
};

// packages/core/src/wsl/parsers/lines.ts
var ANSI_ESCAPE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
var ODD_SPACES = /[\u00a0\u2007\u202f\u3000\t]/g;
var INVISIBLES = /[\ufeff\u200b\u200e\u200f]/g;
var MAX_LINE_LENGTH = 2e3;
function toLines(input) {
  let text2;
  try {
    text2 = decodeOutput(input);
  } catch {
    text2 = typeof input === "string" ? input : "";
  }
  return text2.replace(ANSI_ESCAPE, "").replace(INVISIBLES, "").replace(ODD_SPACES, " ").split("\n").map((line) => line.length > MAX_LINE_LENGTH ? "" : line.replace(/[\u0000-\u001f\u007f]/g, "").trimEnd());
}
function valueAfterLastColon(line) {
  const index = Math.max(line.lastIndexOf(":"), line.lastIndexOf("："));
  if (index < 0) return null;
  return line.slice(index + 1).trim();
}
var PROMPT_PATTERNS = [
  /^PS(?: [^>]*)?>/,
  // PowerShell
  /^[A-Za-z]:\\[^>]*>/,
  // cmd.exe
  /^[\w.-]+@[\w.-]+(?::[^$#]*)?[$#]\s/,
  // user@host:~$ (bash, zsh)
  /^\[[^\]]*@[^\]]*\][$#]\s/,
  // [user@host dir]$ (Fedora, RHEL)
  /^[$#>%]\s/
  // bare prompts
];
function isPromptLine(line) {
  const trimmed = line.trimStart();
  return PROMPT_PATTERNS.some((pattern) => pattern.test(trimmed));
}
var DISTRO_NAME = /^[^\s:\\/<>|"?*()（）[\]{}=,;'`]{1,256}$/u;
function isDistroName(token) {
  return DISTRO_NAME.test(token) && !/^[-*]+$/.test(token);
}
function templateToRegex(template, placeholder, flags = "iu") {
  const parts = normalizeSpaces(template).split("{}").map(escapeRegex2).map(loosenSpacing);
  return new RegExp(`^${parts.join(placeholder)}$`, flags);
}
function normalizeSpaces(text2) {
  return text2.replace(ODD_SPACES, " ").replace(/：/g, ":").trim();
}
function loosenSpacing(escaped) {
  return escaped.replace(/ +/g, "\\s*").replace(/:/g, "\\s*[:：]");
}
function escapeRegex2(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function normalizeForTemplate(line) {
  return normalizeSpaces(line);
}
var ERROR_CODE_VALUE = /^(?:[A-Za-z?()0-9]+\/)*(?:0x[0-9a-fA-F]{1,8}|[A-Z][A-Z0-9_]+)$/;
var ERROR_CODE_LABELS = Object.values(WSL_LOCALE_STRINGS).map(
  (strings) => templateToRegex(strings.errorCode, "(?<code>\\S+)")
);
function findWslErrorCode(lines) {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = normalizeForTemplate(lines[i] ?? "");
    if (!line) continue;
    for (const regex of ERROR_CODE_LABELS) {
      const code2 = regex.exec(line)?.groups?.code;
      if (code2 && ERROR_CODE_VALUE.test(code2)) return code2;
    }
    const value = valueAfterLastColon(line);
    if (value && ERROR_CODE_VALUE.test(value) && /^(?:Wsl|Wslg|Bash|WslConfig)\//.test(value)) return value;
    if (/^Error: 0x[0-9a-f]{1,8}\b/i.test(line)) return /0x[0-9a-f]+/i.exec(line)?.[0] ?? null;
  }
  return null;
}
var NO_DISTRO_FIRST_LINES = Object.values(WSL_LOCALE_STRINGS).map((s) => templateToRegex(s.noDefaultDistro, ""));
var NO_RUNNING_LINES = Object.values(WSL_LOCALE_STRINGS).map((s) => templateToRegex(s.noRunningDistro, ""));
function findNoDistroMessage(lines) {
  const normalized = lines.map(normalizeForTemplate);
  if (normalized.some((line) => NO_DISTRO_FIRST_LINES.some((regex) => regex.test(line)))) return "none-installed";
  if (normalized.some((line) => NO_RUNNING_LINES.some((regex) => regex.test(line)))) return "none-running";
  const text2 = normalized.join("\n");
  if (text2.includes("--list --online") && /wsl\.exe --install <Distro>/.test(text2)) return "none-installed";
  return null;
}

// packages/core/src/wsl/parsers/parse-list-verbose.ts
var ROW = new RegExp("^\\s*(?:(?<marker>\\*)\\s*)?(?<name>\\S+)\\s+(?<state>\\p{L}+)\\s+(?<version>\\d{1,3})$", "u");
var HEADER = new RegExp("^\\s*\\p{L}+\\s+\\p{L}+\\s+\\p{L}+$", "u");
function parseRow(line, lineIndex) {
  const match = ROW.exec(line);
  const groups = match?.groups;
  if (!groups?.name || !groups.state || !groups.version) return null;
  if (!isDistroName(groups.name)) return null;
  return {
    lineIndex,
    marker: groups.marker === "*",
    name: groups.name,
    state: groups.state,
    version: Number(groups.version),
    stateColumn: line.lastIndexOf(groups.state, line.length - groups.version.length - 1)
  };
}
function normalizeDistroState(word) {
  const known = KNOWN_DISTRO_STATES.find((state) => state.toLowerCase() === word.toLowerCase());
  return known ? { state: known, known: true } : { state: word, known: false };
}
function parseListVerbose(input) {
  const lines = toLines(input);
  const warnings = [];
  const blocks = [];
  let current = null;
  lines.forEach((line, index) => {
    const row = isPromptLine(line) ? null : parseRow(line, index);
    if (row) {
      if (!current) {
        const above = lines[index - 1] ?? "";
        current = { rows: [], header: HEADER.test(above) && !isPromptLine(above) };
        blocks.push(current);
      }
      current.rows.push(row);
    } else {
      current = null;
    }
  });
  const block = blocks.find((b) => b.header) ?? blocks[0];
  if (!block) {
    const none = findNoDistroMessage(lines);
    if (none) {
      warnings.push(
        none === "none-running" ? "No distribution is running." : "WSL has no installed distributions. Install one with `wsl --install <Distro>`."
      );
      return parsed(true, { distros: [] }, warnings);
    }
    const code2 = findWslErrorCode(lines);
    if (code2) warnings.push(`wsl.exe reported an error instead of the distribution list (error code ${code2}).`);
    return parsed(false, { distros: [] }, warnings);
  }
  if (!block.header) warnings.push("The table header row was missing; rows were read by their layout.");
  if (blocks.length > 1) warnings.push("More than one distribution table was found; the first one was used.");
  const columns = new Set(block.rows.map((row) => row.stateColumn));
  if (columns.size > 1) warnings.push("The STATE column is not aligned; the output may have been re-wrapped.");
  const distros = block.rows.map((row) => {
    const { state, known } = normalizeDistroState(row.state);
    if (!known) warnings.push(`Unknown state \`${row.state}\` for ${row.name}.`);
    if (row.version !== 1 && row.version !== 2) warnings.push(`Unexpected WSL version ${row.version} for ${row.name}.`);
    return { name: row.name, state, version: row.version, default: row.marker };
  });
  const defaults = distros.filter((d) => d.default).length;
  if (defaults > 1) warnings.push("More than one distribution is marked as default.");
  return parsed(true, { distros }, warnings);
}

// packages/core/src/errors.ts
var WslReadyError = class extends Error {
  code;
  constructor(code2, message, options) {
    super(message, options);
    this.name = new.target.name;
    this.code = code2;
  }
};
var InputError = class extends WslReadyError {
  input;
  constructor(input, message) {
    super("input", message);
    this.input = input;
  }
};
var CommandNotFoundError = class extends WslReadyError {
  file;
  constructor(file, cause) {
    super(
      "command-not-found",
      `Could not start \`${file}\`: it is not installed or not on PATH. Install it, or point wsl-ready at it.`,
      { cause }
    );
    this.file = file;
  }
};
var CommandTimeoutError = class extends WslReadyError {
  argv;
  timeoutMs;
  constructor(argv, timeoutMs) {
    super(
      "command-timeout",
      `\`${formatArgv(argv)}\` did not finish within ${formatDuration(timeoutMs)} and was stopped. The tool may be waiting for input or a hung service; retry, or raise the timeout.`
    );
    this.argv = argv;
    this.timeoutMs = timeoutMs;
  }
};
function formatArgv(argv) {
  return argv.map((a) => a === "" || /[\s"'$`\\|&;<>()*?!]/.test(a) ? JSON.stringify(a) : a).join(" ");
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 12e4) return `${(ms / 1e3).toFixed(ms < 1e4 ? 1 : 0)} s`;
  return `${Math.round(ms / 6e4)} min`;
}

// packages/core/src/docker/argv.ts
var CURRENT_TARGET = { kind: "current" };
var CONTEXT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]*$/;
var ENDPOINT = /^(?:npipe|unix|tcp|ssh|fd):\/\/[^\s]*$/i;
var IMAGE = /^[a-z0-9][a-z0-9._/:@-]*$/i;
var QUIET_ENV = { DOCKER_CLI_HINTS: "false" };
function targetArgs(target) {
  switch (target.kind) {
    case "current":
      return { args: [], env: {} };
    case "context":
      if (!CONTEXT_NAME.test(target.name)) {
        throw new InputError("context", `\`${target.name}\` is not a docker context name; see \`docker context ls\`.`);
      }
      return { args: ["--context", target.name], env: { DOCKER_HOST: void 0, DOCKER_CONTEXT: void 0 } };
    case "host":
      if (!ENDPOINT.test(target.endpoint)) {
        throw new InputError(
          "endpoint",
          `\`${target.endpoint}\` is not a docker endpoint; use npipe://, unix://, tcp:// or ssh:// addresses.`
        );
      }
      return { args: ["--host", target.endpoint], env: { DOCKER_HOST: void 0, DOCKER_CONTEXT: void 0 } };
  }
}
function command(target, rest) {
  const t = targetArgs(target);
  return { args: [...t.args, ...rest], env: { ...QUIET_ENV, ...t.env } };
}
function dockerVersionCommand(target = CURRENT_TARGET) {
  return command(target, ["version", "--format", "{{json .}}"]);
}
function dockerInfoCommand(target = CURRENT_TARGET) {
  return command(target, ["info", "--format", "{{json .}}"]);
}
function dockerContextListCommand() {
  return { args: ["context", "ls", "--format", "{{json .}}"], env: { ...QUIET_ENV } };
}
function dockerLinuxProofCommand(target = CURRENT_TARGET, options = {}) {
  const image = options.image ?? "hello-world";
  if (!IMAGE.test(image)) {
    throw new InputError(
      "image",
      `\`${image}\` is not an image reference; use a name like \`hello-world\` or \`busybox:1.36\`.`
    );
  }
  return command(target, [
    "run",
    "--rm",
    "--platform",
    "linux",
    "--network",
    "none",
    image,
    ...options.command ?? []
  ]);
}

// packages/core/src/docker/endpoints.ts
function normalizeEndpoint(endpoint) {
  const trimmed = endpoint.trim().replace(/[.,;]+$/, "");
  const pipe2 = pipeName(trimmed);
  if (pipe2 !== null) return `npipe:////./pipe/${pipe2}`;
  if (/^unix:\/\//i.test(trimmed)) return `unix://${trimmed.slice(7)}`;
  if (trimmed.startsWith("/")) return `unix://${trimmed}`;
  return trimmed;
}
function pipeName(endpoint) {
  const m = /^(?:npipe:)?[\\/]{2,4}\.[\\/]pipe[\\/]([^\\/\s:"']+)$/i.exec(endpoint.trim());
  return m ? m[1] : null;
}
function sameEndpoint(a, b) {
  if (!a || !b) return false;
  const na = normalizeEndpoint(a);
  const nb = normalizeEndpoint(b);
  if (na.startsWith("npipe:") && nb.startsWith("npipe:")) return na.toLowerCase() === nb.toLowerCase();
  return na === nb;
}
function endpointFromRequestUrl(url) {
  const m = /^https?:\/\/([^/\s"]+)/i.exec(url);
  if (!m) return null;
  let host;
  try {
    host = decodeURIComponent(m[1]);
  } catch {
    return null;
  }
  if (pipeName(host) !== null) return normalizeEndpoint(host);
  if (host.startsWith("/")) return `unix://${host}`;
  if (/^[\w.-]+:\d+$/.test(host) && !host.startsWith("api.moby.localhost")) return `tcp://${host}`;
  return null;
}
var WINDOWS_PIPES = [
  {
    endpoint: "npipe:////./pipe/docker_engine",
    context: "default",
    implies: ["moby-windows-server", "desktop-wsl2", "desktop-hyperv", "desktop-windows", "podman", "rancher-desktop"],
    description: "Default pipe: a Windows dockerd (runners, Windows Server), or Docker Desktop proxying to its active engine; Podman and Rancher Desktop take it when it is free."
  },
  {
    endpoint: "npipe:////./pipe/dockerDesktopLinuxEngine",
    context: "desktop-linux",
    implies: ["desktop-wsl2", "desktop-hyperv"],
    description: "Docker Desktop's Linux engine (WSL 2 or Hyper-V backend)."
  },
  {
    endpoint: "npipe:////./pipe/dockerDesktopWindowsEngine",
    context: "desktop-windows",
    implies: ["desktop-windows"],
    description: "Docker Desktop's Windows-containers engine."
  },
  {
    endpoint: "npipe:////./pipe/docker_engine_linux",
    implies: ["desktop-wsl2", "desktop-hyperv"],
    description: "Docker Desktop 2.x Linux engine (legacy)."
  },
  {
    endpoint: "npipe:////./pipe/podman-machine-default",
    implies: ["podman"],
    description: "Podman machine (a WSL 2 distribution named podman-machine-default)."
  },
  {
    endpoint: "npipe:////./pipe/setup_docker_action",
    context: "setup-docker-action",
    implies: ["moby-windows-server"],
    description: "dockerd registered by docker/setup-docker-action (Windows containers)."
  }
];
function knownEndpoints(host) {
  if (host.os === "windows") return WINDOWS_PIPES.map((e) => ({ ...e, implies: [...e.implies] }));
  if (host.os === "unknown") return [];
  const list = [];
  const runtimeDir = host.xdgRuntimeDir ?? (host.uid !== void 0 ? `/run/user/${host.uid}` : null);
  const home = host.homeDir ?? null;
  if (host.isWsl) {
    list.push({
      endpoint: "unix:///var/run/docker.sock",
      context: "default",
      implies: host.wslVersion === 1 ? ["wsl1-dockerd"] : ["wsl-dockerd", "desktop-wsl2", "rancher-desktop", "podman"],
      description: "dockerd inside this distribution, or Docker Desktop's or Rancher Desktop's WSL integration proxy."
    });
  } else {
    list.push({
      endpoint: "unix:///var/run/docker.sock",
      context: "default",
      implies: [],
      description: host.os === "darwin" ? "Default socket, a link to Docker Desktop or another VM engine on macOS." : "Rootful dockerd of this Linux host."
    });
  }
  if (runtimeDir && host.os === "linux") {
    list.push({
      endpoint: `unix://${runtimeDir}/docker.sock`,
      implies: host.isWsl ? ["wsl-dockerd"] : [],
      description: "Rootless dockerd of this user."
    });
    list.push({
      endpoint: `unix://${runtimeDir}/podman/podman.sock`,
      implies: ["podman"],
      description: "Rootless Podman's Docker-compatible API service."
    });
  }
  if (host.os === "linux") {
    list.push({
      endpoint: "unix:///run/podman/podman.sock",
      implies: ["podman"],
      description: "Rootful Podman's Docker-compatible API service."
    });
  }
  if (home && !host.isWsl) {
    if (host.os === "linux") {
      list.push({
        endpoint: `unix://${home}/.docker/desktop/docker.sock`,
        context: "desktop-linux",
        implies: [],
        description: "Docker Desktop for Linux (a VM engine; not a Windows backend)."
      });
    } else {
      list.push({
        endpoint: `unix://${home}/.docker/run/docker.sock`,
        context: "desktop-linux",
        implies: [],
        description: "Docker Desktop for Mac."
      });
    }
    list.push({
      endpoint: `unix://${home}/.rd/docker.sock`,
      context: "rancher-desktop",
      implies: ["rancher-desktop"],
      description: "Rancher Desktop's engine (moby mode)."
    });
    list.push({
      endpoint: `unix://${home}/.colima/default/docker.sock`,
      context: "colima",
      implies: [],
      description: "Colima VM engine (not a Windows backend)."
    });
  }
  return list;
}
function describeEndpoint(endpoint, host) {
  const candidates = endpoint.startsWith("npipe:") ? WINDOWS_PIPES : knownEndpoints(host);
  return candidates.find((e) => sameEndpoint(e.endpoint, endpoint)) ?? null;
}

// packages/core/src/docker/connection-errors.ts
var ACCESS_DENIED_TAILS = [
  "access is denied",
  "zugriff verweigert",
  "accès refusé",
  "acceso denegado",
  "accesso negato",
  "acesso negado",
  "toegang geweigerd",
  "odmowa dostępu",
  "отказано в доступе",
  "erişim engellendi",
  "アクセスが拒否されました",
  "拒绝访问",
  "存取被拒",
  "액세스가 거부되었습니다",
  "přístup byl odepřen",
  "åtkomst nekad",
  "adgang nægtet",
  "tilgang nektet",
  "käyttö estetty",
  "hozzáférés megtagadva"
];
var RULES = [
  {
    kind: "wsl-integration-off",
    test: /The command 'docker' could not be found in this WSL \d+ distro/i
  },
  {
    kind: "cli-not-found",
    test: /(?:^|[\s:])docker(?:\.exe)?'?:? (?:command )?not found|command not found: docker\b|FullyQualifiedErrorId\s*:\s*CommandNotFoundException|'docker(?:\.exe)?' is not recognized|The term 'docker(?:\.exe)?' is not recognized|executable file not found in \$PATH.*docker|"docker(?:\.exe)?": executable file not found/i
  },
  {
    kind: "context-not-found",
    test: /context "([^"]*)"(?:: context)? not found|Current context "([^"]*)" is not found/i,
    read: (m) => ({ detail: { context: m[1] ?? m[2] ?? "" } })
  },
  {
    kind: "api-too-new",
    test: /client version (\S+) is too new\. Maximum supported API version is ([\d.]+)/i,
    read: (m) => ({ detail: { clientApi: m[1], serverMaxApi: m[2] } })
  },
  {
    kind: "api-too-old",
    test: /client version (\S+) is too old\. Minimum supported API version is ([\d.]+)/i,
    read: (m) => ({ detail: { clientApi: m[1], serverMinApi: m[2] } })
  },
  {
    kind: "linux-image-unsupported",
    test: /image operating system "linux" cannot be used on this platform|no matching manifest for windows/i
  },
  {
    kind: "container-os-mismatch",
    test: /container operating system does not match the host operating system|0xc0370101|0xc0370106/i
  },
  {
    kind: "engine-behind-proxy-down",
    test: /request returned Bad Gateway for API route and version (\S+)/i,
    read: (m) => ({ endpoint: endpointFromRequestUrl(m[1]) })
  },
  {
    kind: "engine-behind-proxy-down",
    test: /Error response from daemon: open (\\\\\.\\pipe\\docker_engine_(?:linux|windows))/i,
    read: (m) => ({ endpoint: normalizeEndpoint(m[1]) })
  },
  {
    kind: "engine-failed",
    test: /request returned (?:500 )?Internal Server Error for API route and version (\S+)/i,
    read: (m) => ({ endpoint: endpointFromRequestUrl(m[1]) })
  },
  {
    kind: "engine-failed",
    test: /Docker Desktop is unable to start|Docker Desktop is (?:starting|stopping)|Docker Desktop is manually paused/i
  },
  {
    kind: "permission-denied",
    test: /permission denied while trying to connect to the (?:Docker daemon socket|docker API) at (\S+?)[:;]?(?:\s|$)/i,
    read: (m) => ({ endpoint: normalizeEndpoint(m[1]) })
  },
  {
    kind: "permission-denied",
    test: /dial unix (\S+?): connect: permission denied/i,
    read: (m) => ({ endpoint: normalizeEndpoint(m[1]) })
  },
  {
    kind: "engine-not-running",
    test: /failed to connect to the docker API at (\S+?)[;:]?(?:\s|$)/i,
    read: (m) => ({ endpoint: normalizeEndpoint(m[1]) })
  },
  {
    kind: "engine-not-running",
    test: /Cannot connect to the Docker daemon at (\S+?)\.? Is the docker daemon running/i,
    read: (m) => ({ endpoint: normalizeEndpoint(m[1]) })
  },
  {
    kind: "engine-not-running",
    // Older CLIs: `error during connect: Get "http://%2F%2F.%2Fpipe%2F…/v1.51/version": open //./pipe/…: <localized>`
    test: /error during connect:.*?(?:open ([\\/]{2}\.[\\/]pipe[\\/][^:\s]+)|"?(https?:\/\/[^\s"]+))/i,
    read: (m) => ({ endpoint: m[1] ? normalizeEndpoint(m[1]) : endpointFromRequestUrl(m[2]) })
  },
  {
    kind: "engine-not-running",
    test: /dial (?:unix|tcp) (\S+?): connect: (?:no such file or directory|connection refused)/i,
    read: (m) => ({ endpoint: m[1].startsWith("/") ? normalizeEndpoint(m[1]) : `tcp://${m[1]}` })
  },
  {
    kind: "engine-not-running",
    test: /open ([\\/]{2}\.[\\/]pipe[\\/][^:\s]+):/i,
    read: (m) => ({ endpoint: normalizeEndpoint(m[1]) })
  },
  {
    kind: "tls",
    test: /tls: (?:failed to verify certificate|bad certificate|first record does not look like a TLS handshake)|x509: certificate/i
  },
  {
    kind: "timeout",
    test: /context deadline exceeded|i\/o timeout|Timeout exceeded while awaiting headers/i
  },
  {
    kind: "docker-host-overrides-context",
    test: /DOCKER_HOST environment variable overrides the active context/i
  },
  {
    kind: "daemon-error",
    test: /Error response from daemon: /i
  }
];
var ELEVATION = /must be run (?:elevated|with elevated privileges) to connect/i;
var MAX_LINE = 400;
var MAX_ERRORS = 50;
function parseDockerErrors(input) {
  const text2 = decodeOutput(input);
  const errors = [];
  const warnings = [];
  const limit = Math.min(text2.length, 4 * 1024 * 1024);
  for (const rawLine of text2.slice(0, limit).split("\n")) {
    if (errors.length >= MAX_ERRORS) {
      warnings.push(`More than ${MAX_ERRORS} docker errors in the output; the rest were skipped.`);
      break;
    }
    const line = rawLine.trim();
    if (line === "" || line.length > 64 * 1024) continue;
    const found = matchLine(line);
    if (found) errors.push(found);
  }
  return parsed(errors.length > 0, dedupe(errors), warnings);
}
function matchLine(line) {
  for (const rule of RULES) {
    const m = rule.test.exec(line);
    if (!m) continue;
    const read = rule.read?.(m, line) ?? {};
    let kind = rule.kind;
    if (kind === "engine-not-running" && pipeName(read.endpoint?.replace(/^npipe:/, "") ?? "") !== null) {
      const lower = line.toLowerCase();
      if (ACCESS_DENIED_TAILS.some((t) => lower.includes(t))) kind = "permission-denied";
    }
    const error3 = {
      kind,
      endpoint: read.endpoint ?? null,
      line: line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line
    };
    if (ELEVATION.test(line)) error3.mayNeedElevation = true;
    if (read.detail) error3.detail = read.detail;
    return error3;
  }
  return null;
}
function dedupe(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    const key = e.endpoint ? `${e.kind}|${e.endpoint}` : `${e.kind}|${e.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function describeDockerError(error3, host) {
  const at = error3.endpoint ? ` at \`${error3.endpoint}\`` : "";
  switch (error3.kind) {
    case "engine-not-running":
      if (host?.os === "linux" && !host.isWsl) {
        return `No Docker engine answers${at}: start it (\`sudo systemctl start docker\`), or check \`DOCKER_HOST\` and the docker context (\`docker context use\`).`;
      }
      return `No Docker engine answers${at}: start Docker Desktop (or the engine this context names), or switch context with \`docker context use\`.` + (error3.mayNeedElevation ? " On the default Windows pipe, an unelevated shell may also be refused." : "");
    case "permission-denied":
      return `The engine${at} refused this user: join the \`docker-users\` group (Windows) or \`docker\` group (Linux), then sign in again.`;
    case "engine-failed":
      return `The engine${at} answered but is starting or failed: wait, or restart Docker Desktop and read its logs.`;
    case "engine-behind-proxy-down":
      return `A proxy${at} answered but the engine behind it did not: restart Docker Desktop or Rancher Desktop.`;
    case "api-too-new":
      return `The CLI speaks a newer API (${error3.detail?.clientApi ?? "?"}) than the engine (max ${error3.detail?.serverMaxApi ?? "?"}): set DOCKER_API_VERSION or upgrade the engine.`;
    case "api-too-old":
      return `The engine requires API ${error3.detail?.serverMinApi ?? "?"} or newer; the client asked for ${error3.detail?.clientApi ?? "?"}: upgrade the client or SDK.`;
    case "context-not-found":
      return `Docker context \`${error3.detail?.context ?? "?"}\` does not exist: run \`docker context ls\` and \`docker context use <name>\`, or unset DOCKER_CONTEXT.`;
    case "cli-not-found":
      return "The `docker` command is not installed or not on PATH.";
    case "wsl-integration-off":
      return "Docker Desktop's WSL integration is off for this distribution: enable it in Settings → Resources → WSL integration.";
    case "linux-image-unsupported":
      return "The engine runs Windows containers and cannot run Linux images: switch Docker Desktop to Linux containers, or use a Linux engine.";
    case "container-os-mismatch":
      return "The Windows image does not match the host build: use an image tag for this Windows version, or Hyper-V isolation.";
    case "tls":
      return `TLS to the engine${at} failed: check DOCKER_CERT_PATH and DOCKER_TLS_VERIFY.`;
    case "timeout":
      return `The engine${at} did not answer in time.`;
    case "docker-host-overrides-context":
      return "DOCKER_HOST is set and overrides the active docker context.";
    case "daemon-error":
      return `The engine${at} answered with an error.`;
  }
}

// packages/core/src/docker/json-scan.ts
var MAX_SCANNED_CHARS = 4 * 1024 * 1024;
function scanJsonValues(text2) {
  const warnings = [];
  let source = text2;
  if (source.length > MAX_SCANNED_CHARS) {
    warnings.push(
      `Output is ${source.length} characters long; only the first ${MAX_SCANNED_CHARS} were read. A docker answer is far smaller: check what printed it.`
    );
    source = source.slice(0, MAX_SCANNED_CHARS);
  }
  const values = [];
  const restParts = [];
  let restFrom = 0;
  let budget = source.length * 8 + 1e6;
  let truncatedAt = -1;
  let i = 0;
  let atLineStart = true;
  while (i < source.length) {
    const ch = source.charCodeAt(i);
    if ((ch === 123 || ch === 91) && atLineStart) {
      const end = findClose(source, i, budget);
      budget -= (end.scanned ?? 0) + 1;
      if (end.index >= 0) {
        const slice = source.slice(i, end.index + 1);
        const value = tryParse(slice);
        if (value.ok) {
          restParts.push(source.slice(restFrom, i));
          values.push({ value: value.value, start: i, end: end.index + 1 });
          i = end.index + 1;
          restFrom = i;
          atLineStart = false;
          continue;
        }
      } else if (end.reason === "eof" && ch === 123 && truncatedAt < 0) {
        truncatedAt = i;
      }
      if (budget <= 0) {
        warnings.push("Output holds too many unbalanced brackets to scan fully; the rest was skipped.");
        break;
      }
    }
    if (ch === 10) atLineStart = true;
    else if (ch !== 32 && ch !== 9) atLineStart = false;
    i++;
  }
  restParts.push(source.slice(restFrom));
  if (truncatedAt >= 0 && !values.some((v) => v.start > truncatedAt)) {
    const head = source.slice(truncatedAt, truncatedAt + 40).replace(/\s+/g, " ");
    warnings.push(
      `JSON output starting \`${head}\` never closes: it looks truncated (cut by a size limit or a crash).`
    );
  }
  return { values, rest: restParts.join(""), warnings };
}
function findClose(text2, start, budget) {
  const stack = [];
  let inString = false;
  let escaped = false;
  const limit = Math.min(text2.length, start + Math.max(budget, 0));
  for (let j = start; j < limit; j++) {
    const c = text2.charCodeAt(j);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 34) inString = false;
      else if (c === 10) return { index: -1, reason: "mismatch", scanned: j - start };
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) stack.push(c);
    else if (c === 125 || c === 93) {
      const open4 = stack.pop();
      if (c === 125 && open4 !== 123 || c === 93 && open4 !== 91) {
        return { index: -1, reason: "mismatch", scanned: j - start };
      }
      if (stack.length === 0) return { index: j, scanned: j - start };
    }
  }
  return { index: -1, reason: limit < text2.length ? "budget" : "eof", scanned: limit - start };
}
function tryParse(slice) {
  try {
    return { ok: true, value: JSON.parse(slice) };
  } catch {
    return { ok: false };
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function getKey(record2, key) {
  if (Object.hasOwn(record2, key)) return record2[key];
  const lower = key.toLowerCase();
  for (const k of Object.keys(record2)) if (k.toLowerCase() === lower) return record2[k];
  return void 0;
}
function str(value) {
  if (typeof value === "string") {
    const t = value.trim();
    return t === "" ? null : t;
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}
function num(value) {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}
function bool(value) {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    const t = value.trim().toLowerCase();
    if (t === "true") return true;
    if (t === "false") return false;
  }
  return null;
}
function strList(value) {
  if (!Array.isArray(value)) return [];
  return value.map(str).filter((s) => s !== null);
}

// packages/core/src/docker/text-blocks.ts
var LABEL_LINE = /^( *)([A-Za-z][A-Za-z0-9 ./()_+-]*?):(?:[ \t]+(.*?))?[ \t]*$/;
var LOG_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
function parseTextTree(text2) {
  const roots = [];
  const stack = [];
  for (const rawLine of text2.split("\n")) {
    const line = rawLine.replace(LOG_TIMESTAMP, "").replace(/\t/g, "    ").replace(/\s+$/, "");
    if (line.trim() === "") continue;
    const match = LABEL_LINE.exec(line);
    const indent = line.length - line.trimStart().length;
    const node2 = match ? { key: match[2].trim(), value: (match[3] ?? "").trim(), indent, children: [] } : { key: null, value: line.trim(), indent, children: [] };
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node2);
    else roots.push(node2);
    stack.push(node2);
  }
  return roots;
}
var VERSION_CLIENT_KEYS = ["api version", "go version", "git commit", "os/arch", "built"];
var INFO_CLIENT_KEYS = ["debug mode", "plugins"];
var INFO_SERVER_KEYS = ["server version", "containers", "operating system", "ostype", "kernel version", "images"];
function findTextSections(text2) {
  const sections = [];
  parseTextTree(text2).forEach((node2, order) => {
    if (node2.indent !== 0 || node2.key === null) return;
    const key = node2.key.toLowerCase();
    if (key !== "client" && key !== "server") return;
    const keys = new Set(node2.children.map((c) => c.key?.toLowerCase()).filter((k) => !!k));
    const hasAny = (list) => list.some((k) => keys.has(k));
    if (key === "client") {
      if (hasAny(INFO_CLIENT_KEYS)) sections.push({ kind: "info-client", node: node2, order });
      else if (hasAny(VERSION_CLIENT_KEYS)) sections.push({ kind: "version-client", node: node2, order });
      return;
    }
    if (hasAny(INFO_SERVER_KEYS)) sections.push({ kind: "info-server", node: node2, order });
    else if (node2.children.some((c) => c.key !== null && c.children.some((g) => g.key?.toLowerCase() === "version"))) {
      sections.push({ kind: "version-server", node: node2, order });
    } else if (node2.value !== "") sections.push({ kind: "version-server", node: node2, order });
  });
  return sections;
}
function child2(node2, key) {
  const lower = key.toLowerCase();
  return node2.children.find((c) => c.key?.toLowerCase() === lower);
}
function childValue(node2, key) {
  const found = child2(node2, key);
  return found && found.value !== "" ? found.value : null;
}
function looseLines(text2) {
  return text2.split("\n").map((l) => l.replace(LOG_TIMESTAMP, "").trim()).filter((l) => l !== "");
}

// packages/core/src/docker/version.ts
var EMPTY = { form: "none", client: null, server: null, errors: [] };
function parseDockerVersion(input, scan) {
  const text2 = decodeOutput(input);
  const found = scan ?? scanJsonValues(text2);
  const warnings = [...found.warnings];
  const json = found.values.map((v) => v.value).find(isVersionJson);
  if (json) {
    const errors2 = parseDockerErrors(found.rest);
    const value2 = {
      form: "json",
      client: clientFromJson(getKey(json, "Client")),
      server: serverFromJson(getKey(json, "Server")),
      errors: errors2.value
    };
    return parsed(true, value2, [...warnings, ...errors2.warnings]);
  }
  const sections = findTextSections(text2);
  const clientIndex = sections.findIndex((s) => s.kind === "version-client");
  const clientSection = sections[clientIndex];
  const serverSection = clientSection !== void 0 ? sections.slice(clientIndex + 1).find((s) => s.kind === "version-server") : sections.find((s) => s.kind === "version-server");
  const errors = parseDockerErrors(text2);
  if (!clientSection && !serverSection) {
    if (text2.trim() !== "" && errors.value.length === 0) {
      warnings.push(`No \`docker version\` output found (it starts with \`${preview(text2)}\`).`);
    }
    return parsed(false, { ...EMPTY, errors: errors.value }, warnings);
  }
  const value = {
    form: "text",
    client: clientSection ? clientFromText(clientSection.node) : null,
    server: serverSection ? serverFromText(serverSection.node) : null,
    errors: errors.value
  };
  return parsed(true, value, [...warnings, ...errors.warnings]);
}
function isVersionJson(value) {
  if (!isRecord(value)) return false;
  const client = getKey(value, "Client");
  const server = getKey(value, "Server");
  return isRecord(client) || isRecord(server);
}
function clientFromJson(value) {
  if (!isRecord(value)) return null;
  const platform2 = getKey(value, "Platform");
  return {
    version: str(getKey(value, "Version")),
    apiVersion: str(getKey(value, "ApiVersion")),
    defaultApiVersion: str(getKey(value, "DefaultAPIVersion")),
    os: str(getKey(value, "Os")),
    arch: str(getKey(value, "Arch")),
    context: str(getKey(value, "Context")),
    platformName: isRecord(platform2) ? str(getKey(platform2, "Name")) : null
  };
}
function serverFromJson(value) {
  if (!isRecord(value)) return null;
  const platform2 = getKey(value, "Platform");
  const rawComponents = getKey(value, "Components");
  const components = [];
  let engineDetails = {};
  if (Array.isArray(rawComponents)) {
    for (const c of rawComponents) {
      if (!isRecord(c)) continue;
      const name = str(getKey(c, "Name"));
      if (!name) continue;
      components.push({ name, version: str(getKey(c, "Version")) });
      const details = getKey(c, "Details");
      if (/engine$/i.test(name) && isRecord(details)) engineDetails = details;
    }
  }
  const pick2 = (key, detailKey = key) => str(getKey(value, key)) ?? str(getKey(engineDetails, detailKey));
  const facts = {
    platformName: isRecord(platform2) ? str(getKey(platform2, "Name")) : null,
    version: str(getKey(value, "Version")) ?? components.find((c) => /engine$/i.test(c.name))?.version ?? null,
    apiVersion: pick2("ApiVersion"),
    minApiVersion: pick2("MinAPIVersion"),
    os: pick2("Os"),
    arch: pick2("Arch"),
    kernelVersion: pick2("KernelVersion"),
    components
  };
  return facts.version || facts.platformName || components.length > 0 || facts.os ? facts : null;
}
function clientFromText(node2) {
  const [os6, arch2] = splitOsArch(childValue(node2, "OS/Arch"));
  return {
    version: childValue(node2, "Version"),
    apiVersion: firstToken(childValue(node2, "API version")),
    defaultApiVersion: null,
    os: os6,
    arch: arch2,
    context: childValue(node2, "Context"),
    platformName: node2.value || null
  };
}
function serverFromText(node2) {
  const components = node2.children.filter((c) => c.key !== null && c.children.length > 0).map((c) => ({ name: c.key, version: childValue(c, "Version") }));
  const engine = node2.children.find((c) => c.key !== null && /engine$/i.test(c.key) && c.children.length > 0);
  const api = engine ? childValue(engine, "API version") ?? childValue(engine, "APIVersion") : null;
  const min = api ? /minimum version ([\d.]+)/i.exec(api)?.[1] : void 0;
  let [os6, arch2] = splitOsArch(engine ? childValue(engine, "OS/Arch") : null);
  if (engine && !os6) os6 = childValue(engine, "Os");
  if (engine && !arch2) arch2 = childValue(engine, "Arch");
  return {
    platformName: node2.value || null,
    version: engine ? childValue(engine, "Version") : components[0]?.version ?? null,
    apiVersion: firstToken(api),
    minApiVersion: min ?? (engine ? childValue(engine, "MinAPIVersion") : null),
    os: os6,
    arch: arch2,
    kernelVersion: engine ? childValue(engine, "KernelVersion") ?? childValue(engine, "Kernel Version") : null,
    components
  };
}
function splitOsArch(value) {
  if (!value) return [null, null];
  const [os6, ...rest] = value.split("/");
  return [os6?.trim() || null, rest.join("/").trim() || null];
}
function firstToken(value) {
  return value?.split(/\s+/)[0] || null;
}
function preview(text2) {
  return text2.trim().slice(0, 40).replace(/\s+/g, " ").replace(/`/g, "'");
}

// packages/core/src/docker/info.ts
var PODMAN_ONLY_KEYS = ["BuildahVersion", "Rootless", "Uptime", "SwapFree", "SwapTotal"];
function emptyInfo(form) {
  return {
    form,
    serverVersion: null,
    osType: null,
    operatingSystem: null,
    kernelVersion: null,
    isolation: null,
    name: null,
    labels: [],
    driver: null,
    dockerRootDir: null,
    httpProxy: null,
    cgroupVersion: null,
    ncpu: null,
    memTotal: null,
    productLicense: null,
    podmanKeys: [],
    serverPlugins: { volume: [], network: [], log: [], authorization: [] },
    clientPlugins: [],
    clientVersion: null,
    clientContext: null,
    serverWarnings: [],
    serverErrors: [],
    clientErrors: [],
    errors: []
  };
}
function parseDockerInfo(input, scan) {
  const text2 = decodeOutput(input);
  const found = scan ?? scanJsonValues(text2);
  const warnings = [...found.warnings];
  const json = found.values.map((v) => v.value).find(isInfoJson);
  if (json) {
    const errors2 = parseDockerErrors(found.rest);
    const facts2 = infoFromJson(json);
    facts2.errors = [
      ...errors2.value,
      ...parseDockerErrors([...facts2.serverErrors, ...facts2.clientErrors].join("\n")).value
    ];
    return parsed(true, facts2, [...warnings, ...errors2.warnings]);
  }
  const sections = findTextSections(text2);
  const server = sections.find((s) => s.kind === "info-server");
  const client = sections.find((s) => s.kind === "info-client");
  const errors = parseDockerErrors(text2);
  if (!server && !client) {
    if (text2.trim() !== "" && errors.value.length === 0) {
      warnings.push(`No \`docker info\` output found (it starts with \`${preview(text2)}\`).`);
    }
    return parsed(false, { ...emptyInfo("none"), errors: errors.value }, warnings);
  }
  const facts = emptyInfo("text");
  if (server) readServerText(server.node, facts);
  if (client) {
    facts.clientVersion = childValue(client.node, "Version");
    facts.clientContext = childValue(client.node, "Context");
    const plugins = child2(client.node, "Plugins");
    facts.clientPlugins = plugins ? plugins.children.map((c) => c.key ?? c.value).filter(Boolean) : [];
  }
  for (const line of looseLines(text2)) {
    if (/^WARNING:/i.test(line)) facts.serverWarnings.push(line);
    else if (/^ERROR:/i.test(line)) facts.serverErrors.push(line.replace(/^ERROR:\s*/i, ""));
  }
  facts.errors = errors.value;
  return parsed(true, facts, [...warnings, ...errors.warnings]);
}
function isInfoJson(value) {
  if (!isRecord(value)) return false;
  return ["ServerVersion", "OSType", "ClientInfo", "ServerErrors", "OperatingSystem"].some(
    (k) => getKey(value, k) !== void 0
  );
}
function infoFromJson(json) {
  const facts = emptyInfo("json");
  facts.serverVersion = str(getKey(json, "ServerVersion"));
  facts.osType = str(getKey(json, "OSType"));
  facts.operatingSystem = str(getKey(json, "OperatingSystem"));
  facts.kernelVersion = str(getKey(json, "KernelVersion"));
  facts.isolation = str(getKey(json, "Isolation"));
  facts.name = str(getKey(json, "Name"));
  facts.labels = strList(getKey(json, "Labels"));
  facts.driver = str(getKey(json, "Driver"));
  facts.dockerRootDir = str(getKey(json, "DockerRootDir"));
  facts.httpProxy = str(getKey(json, "HttpProxy"));
  facts.cgroupVersion = str(getKey(json, "CgroupVersion"));
  facts.ncpu = num(getKey(json, "NCPU")) || null;
  facts.memTotal = num(getKey(json, "MemTotal")) || null;
  facts.productLicense = str(getKey(json, "ProductLicense"));
  facts.podmanKeys = PODMAN_ONLY_KEYS.filter((k) => getKey(json, k) !== void 0);
  const plugins = getKey(json, "Plugins");
  if (isRecord(plugins)) {
    facts.serverPlugins = {
      volume: strList(getKey(plugins, "Volume")),
      network: strList(getKey(plugins, "Network")),
      log: strList(getKey(plugins, "Log")),
      authorization: strList(getKey(plugins, "Authorization"))
    };
  }
  facts.serverWarnings = strList(getKey(json, "Warnings"));
  facts.serverErrors = strList(getKey(json, "ServerErrors"));
  facts.clientErrors = strList(getKey(json, "ClientErrors"));
  const clientInfo = getKey(json, "ClientInfo");
  if (isRecord(clientInfo)) {
    facts.clientVersion = str(getKey(clientInfo, "Version"));
    facts.clientContext = str(getKey(clientInfo, "Context"));
    const list = getKey(clientInfo, "Plugins");
    if (Array.isArray(list)) {
      facts.clientPlugins = list.map((p) => isRecord(p) ? str(getKey(p, "Name")) : null).filter((n) => n !== null);
    }
  }
  return facts;
}
function readServerText(node2, facts) {
  facts.serverVersion = childValue(node2, "Server Version");
  facts.osType = childValue(node2, "OSType");
  facts.operatingSystem = childValue(node2, "Operating System");
  facts.kernelVersion = childValue(node2, "Kernel Version");
  facts.isolation = childValue(node2, "Default Isolation");
  facts.name = childValue(node2, "Name");
  facts.driver = childValue(node2, "Storage Driver");
  facts.dockerRootDir = childValue(node2, "Docker Root Dir");
  facts.httpProxy = childValue(node2, "HTTP Proxy");
  facts.cgroupVersion = childValue(node2, "Cgroup Version");
  facts.ncpu = num(childValue(node2, "CPUs"));
  facts.memTotal = parseSize(childValue(node2, "Total Memory"));
  facts.productLicense = childValue(node2, "Product License");
  const labels = child2(node2, "Labels");
  if (labels) facts.labels = labels.children.map((c) => c.key === null ? c.value : `${c.key}: ${c.value}`);
  const plugins = child2(node2, "Plugins");
  if (plugins) {
    const list = (key) => childValue(plugins, key)?.split(/\s+/).filter(Boolean) ?? [];
    facts.serverPlugins = {
      volume: list("Volume"),
      network: list("Network"),
      log: list("Log"),
      authorization: list("Authorization")
    };
  }
}
var UNITS = { b: 1, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, tib: 1024 ** 4 };
function parseSize(value) {
  const m = value ? /^([\d.]+)\s*([KMGT]?i?B)$/i.exec(value) : null;
  if (!m) return null;
  const unit = UNITS[m[2].toLowerCase()] ?? UNITS[`${m[2].toLowerCase().replace("b", "ib")}`] ?? null;
  return unit === null ? null : Math.round(Number(m[1]) * unit);
}
function infoShowsAnswer(info2) {
  return !!info2 && info2.serverVersion !== null && info2.serverErrors.length === 0;
}

// packages/core/src/docker/classify.ts
function classifyDockerBackend(evidence) {
  const notes = new Notes();
  const current = evidence.current ?? null;
  const hostOs = resolveHostOs(evidence, notes);
  const ctx = resolveContext(evidence, notes);
  const cliVersion = evidence.cli.version ?? current?.version?.client?.version ?? current?.info?.clientVersion ?? null;
  const others = (evidence.others ?? []).filter((o) => !sameEndpoint(o.endpoint, ctx.endpoint) && answered(o));
  const otherEngines = others.map((o) => {
    const verdict = classifyEngine(
      o,
      { ...evidence, host: { ...evidence.host, os: hostOs } },
      new Notes(),
      o.endpoint,
      o.context
    );
    return {
      endpoint: o.endpoint,
      backend: verdict.backend,
      engineOs: verdict.engineOs,
      serverVersion: serverVersionOf(o)
    };
  });
  const base = {
    endpoint: ctx.endpoint,
    context: ctx.name,
    cliVersion,
    otherEngines
  };
  const cliMissing = !evidence.cli.present || (current?.errors ?? []).some((e) => e.kind === "cli-not-found" || e.kind === "wsl-integration-off");
  if (cliMissing) {
    explainMissingCli(evidence, notes);
    return finish(evidence, notes, {
      ...base,
      backend: "none",
      linuxContainers: false,
      engineOs: null,
      confidence: "high",
      serverVersion: null,
      desktopVersion: null
    });
  }
  if (current && answered(current)) {
    const verdict = classifyEngine(
      current,
      { ...evidence, host: { ...evidence.host, os: hostOs } },
      notes,
      ctx.endpoint,
      ctx.name
    );
    warnIfDesktopSidelined(evidence, verdict.backend, otherEngines, notes);
    return finish(evidence, notes, {
      ...base,
      backend: verdict.backend,
      linuxContainers: verdict.linuxContainers,
      engineOs: verdict.engineOs,
      ...verdict.isolation ? { isolation: verdict.isolation } : {},
      confidence: verdict.confidence,
      serverVersion: serverVersionOf(current),
      desktopVersion: desktopVersionOf(current)
    });
  }
  return finish(evidence, notes, { ...base, ...classifySilentEngine(evidence, current, ctx, otherEngines, notes) });
}
function answered(probe) {
  return probe.answered || !!probe.version?.server || infoShowsAnswer(probe.info);
}
var Notes = class {
  evidence = [];
  warnings = [];
  because(text2) {
    if (!this.evidence.includes(text2)) this.evidence.push(text2);
  }
  warn(text2) {
    if (!this.warnings.includes(text2)) this.warnings.push(text2);
  }
};
function resolveHostOs(evidence, notes) {
  if (evidence.host.os !== "unknown") return evidence.host.os;
  const endpoint = evidence.context?.endpoint ?? evidence.dockerHost ?? evidence.current?.endpoint ?? null;
  if (endpoint && pipeName(endpoint.replace(/^npipe:/i, "")) !== null) {
    notes.because(`Host taken as Windows: the CLI dials the named pipe \`${normalizeEndpoint(endpoint)}\`.`);
    return "windows";
  }
  return "unknown";
}
function resolveContext(evidence, notes) {
  const listed = evidence.contexts?.find((c) => c.current) ?? null;
  let name = evidence.dockerContext ?? evidence.context?.name ?? listed?.name ?? null;
  name ??= evidence.current?.version?.client?.context ?? evidence.current?.info?.clientContext ?? null;
  let endpoint = evidence.context?.endpoint ?? null;
  if (!endpoint && name) endpoint = evidence.contexts?.find((c) => c.name === name)?.endpoint ?? null;
  endpoint ??= listed?.endpoint ?? evidence.current?.endpoint ?? null;
  if (evidence.dockerHost) {
    endpoint = evidence.dockerHost;
    notes.because(`DOCKER_HOST=\`${evidence.dockerHost}\` overrides the docker context.`);
  } else if (name || endpoint) {
    notes.because(
      `The CLI uses context \`${name ?? "default"}\`${endpoint ? ` → \`${normalizeEndpoint(endpoint)}\`` : ""}.`
    );
  }
  return { name, endpoint: endpoint ? normalizeEndpoint(endpoint) : null };
}
var WSL2_KERNEL = /microsoft-standard(?:-WSL2)?|-WSL2\b/i;
var WSL1_KERNEL = /^\d+\.\d+\.\d+-\d+-Microsoft\b/;
var LINUXKIT_KERNEL = /linuxkit/i;
var DESKTOP_LABEL = /^com\.docker\.desktop\.address=/i;
var WINDOWS_KERNEL = /^\d+\.\d+ \d{4,5} \(/;
function classifyEngine(probe, evidence, notes, endpoint, context) {
  const host = evidence.host;
  const server = probe.version?.server ?? null;
  const info2 = probe.info ?? null;
  const platformName = server?.platformName ?? null;
  const components = server?.components ?? [];
  const os6 = (info2?.operatingSystem ?? "").trim();
  const kernel = info2?.kernelVersion ?? server?.kernelVersion ?? null;
  let osType = (info2?.osType ?? server?.os ?? "").toLowerCase() || null;
  if (!osType && (info2?.driver === "windowsfilter" || kernel && WINDOWS_KERNEL.test(kernel))) osType = "windows";
  const settings = evidence.desktopSettings ?? null;
  const pipe2 = endpoint ? pipeName(endpoint.replace(/^npipe:/i, "")) : null;
  const podmanComponent = components.find((c) => /podman engine/i.test(c.name));
  const podmanPlatform = platformName && /^linux\/\w+\//.test(platformName) ? platformName : null;
  const buildah = info2?.podmanKeys.includes("BuildahVersion") ?? false;
  if (podmanComponent || podmanPlatform || buildah) {
    if (podmanComponent) notes.because(`Server component \`${podmanComponent.name}\` is Podman's.`);
    if (podmanPlatform) notes.because(`Server platform \`${podmanPlatform}\` has Podman's os/arch/distro form.`);
    if (buildah) notes.because("`docker info` carries `BuildahVersion`, a key only Podman sends.");
    if (kernel && WSL2_KERNEL.test(kernel)) notes.because(`Kernel \`${kernel}\`: the Podman machine runs in WSL 2.`);
    return { backend: "podman", linuxContainers: true, engineOs: "linux", confidence: "high" };
  }
  if (/Rancher Desktop/i.test(os6)) {
    notes.because(`Operating System is \`${os6}\` (Rancher Desktop's engine distribution, moby mode).`);
    return { backend: "rancher-desktop", linuxContainers: true, engineOs: "linux", confidence: "high" };
  }
  if (osType === "windows") {
    const isolation = parseIsolation(info2?.isolation);
    const verdict = (backend, confidence) => ({
      backend,
      linuxContainers: false,
      engineOs: "windows",
      ...isolation ? { isolation } : {},
      confidence
    });
    notes.because("OSType is `windows`: this engine runs Windows containers, not Linux ones.");
    if (isolation) notes.because(`Default isolation is \`${isolation}\`.`);
    const desktopSigns = [
      platformName && /^Docker Desktop/i.test(platformName) ? `server platform \`${platformName}\`` : null,
      context === "desktop-windows" ? "context `desktop-windows`" : null,
      pipe2 && /^dockerDesktopWindowsEngine$/i.test(pipe2) ? "endpoint `dockerDesktopWindowsEngine`" : null,
      info2?.labels.some((l) => DESKTOP_LABEL.test(l)) ? "the `com.docker.desktop.address` label" : null
    ].filter((s) => s !== null);
    if (desktopSigns.length > 0) {
      notes.because(`Docker Desktop in Windows-containers mode: ${desktopSigns.join(", ")}.`);
      return verdict("desktop-windows", "high");
    }
    const serverSigns = [
      /Windows Server/i.test(os6) ? `Operating System \`${os6}\`` : null,
      pipe2 && /^setup_docker_action$/i.test(pipe2) ? "endpoint `setup_docker_action` (docker/setup-docker-action)" : null,
      context === "setup-docker-action" ? "context `setup-docker-action`" : null,
      host.windowsServer ? "the host runs Windows Server" : null
    ].filter((s) => s !== null);
    if (serverSigns.length > 0) {
      notes.because(`Moby (dockerd) on Windows, not Docker Desktop: ${serverSigns.join(", ")}.`);
      return verdict("moby-windows-server", /Windows Server/i.test(os6) ? "high" : "medium");
    }
    if (settings?.useWindowsContainers) {
      notes.because("Docker Desktop settings say `useWindowsContainers: true`.");
      return verdict("desktop-windows", "medium");
    }
    notes.warn(
      `A Windows engine answers${os6 ? ` on \`${os6}\`` : ""} without Docker Desktop's marks: taken as a plain dockerd (moby) install.`
    );
    return verdict("moby-windows-server", "low");
  }
  const desktopOs = /^Docker Desktop$/i.test(os6) || /^Docker for Windows$/i.test(os6) || /^Docker for Mac$/i.test(os6);
  const desktopLabel = info2?.labels.some((l) => DESKTOP_LABEL.test(l)) ?? false;
  const desktopProxy = /http\.docker\.internal/i.test(info2?.httpProxy ?? "");
  const desktopPlatform = platformName !== null && /^Docker Desktop/i.test(platformName);
  const linuxEngine = { linuxContainers: true, engineOs: "linux" };
  if (desktopOs || (desktopLabel || desktopPlatform) && !(kernel && WSL1_KERNEL.test(kernel))) {
    const signs = [
      desktopOs ? `Operating System \`${os6}\`` : null,
      desktopPlatform ? `server platform \`${platformName}\`` : null,
      desktopLabel ? "the `com.docker.desktop.address` label" : null,
      desktopProxy ? "the `http.docker.internal` proxy" : null
    ].filter((s) => s !== null);
    notes.because(`Docker Desktop's Linux engine: ${signs.join(", ")}.`);
    if (host.os === "darwin" || host.os === "linux" && !host.isWsl) {
      const where = host.os === "darwin" ? "macOS" : "Linux";
      notes.because(`The host is ${where}: Docker Desktop for ${where} is not one of the Windows backends.`);
      return { backend: host.os === "darwin" ? "desktop-mac" : "desktop-linux", ...linuxEngine, confidence: "high" };
    }
    const wslSetting = settings?.wslEngineEnabled ?? null;
    if (kernel && WSL2_KERNEL.test(kernel)) {
      notes.because(`Kernel \`${kernel}\` is a WSL 2 kernel.`);
      if (wslSetting === false) {
        notes.warn(
          "Docker Desktop settings say `wslEngineEnabled: false` (Hyper-V), but the engine runs a WSL 2 kernel."
        );
      }
      if (host.isWsl) notes.because("Reached from inside WSL through Docker Desktop's WSL integration.");
      noteDesktopDistro(evidence, notes);
      return { backend: "desktop-wsl2", ...linuxEngine, confidence: "high" };
    }
    if (kernel && LINUXKIT_KERNEL.test(kernel)) {
      notes.because(`Kernel \`${kernel}\` is LinuxKit: Docker Desktop's Hyper-V VM.`);
      if (wslSetting === true) {
        notes.warn(
          "Docker Desktop settings say `wslEngineEnabled: true`, but the engine runs a LinuxKit (Hyper-V) kernel."
        );
      }
      return { backend: "desktop-hyperv", ...linuxEngine, confidence: host.os === "windows" ? "high" : "medium" };
    }
    if (wslSetting !== null) {
      notes.because(`Docker Desktop settings say \`wslEngineEnabled: ${wslSetting}\`.`);
      if (kernel) notes.warn(`Kernel \`${kernel}\` is neither a WSL 2 nor a LinuxKit kernel (a custom kernel?).`);
      return { backend: wslSetting ? "desktop-wsl2" : "desktop-hyperv", ...linuxEngine, confidence: "medium" };
    }
    notes.warn(
      `Cannot tell Docker Desktop's WSL 2 backend from Hyper-V: ${kernel ? `kernel \`${kernel}\` is neither` : "no kernel version"} and no Desktop settings were read. Assumed WSL 2, the default.`
    );
    return { backend: "desktop-wsl2", ...linuxEngine, confidence: "low" };
  }
  if (kernel && WSL1_KERNEL.test(kernel)) {
    notes.because(`Kernel \`${kernel}\` is a WSL 1 kernel: dockerd answers but containers cannot run there.`);
    return { backend: "wsl1-dockerd", linuxContainers: false, engineOs: "linux", confidence: "high" };
  }
  if (kernel && WSL2_KERNEL.test(kernel)) {
    notes.because(
      `Kernel \`${kernel}\` is a WSL 2 kernel and the engine is a distribution's own dockerd${os6 ? ` (Operating System \`${os6}\`)` : ""}, without Docker Desktop's label or proxy.`
    );
    if (desktopProxy) notes.warn("The engine uses the `http.docker.internal` proxy, which is Docker Desktop’s.");
    return { backend: "wsl-dockerd", ...linuxEngine, confidence: os6 ? "high" : "medium" };
  }
  if (host.os === "linux" && host.isWsl && endpoint?.startsWith("unix://")) {
    notes.because(
      `Inside WSL, a local socket answers with kernel \`${kernel ?? "unknown"}\`: taken as this distribution's dockerd.`
    );
    notes.warn("The kernel does not look like a WSL kernel (a custom kernel?).");
    return { backend: "wsl-dockerd", ...linuxEngine, confidence: "medium" };
  }
  const label = host.os === "linux" ? "native Linux engine" : host.os === "darwin" ? "macOS VM engine" : "remote or custom Linux engine";
  notes.because(
    `A Linux engine answers${kernel ? ` with kernel \`${kernel}\`` : ""}${os6 ? ` on \`${os6}\`` : ""}: a ${label}, which is none of the Windows backends.`
  );
  if (host.os === "windows") {
    notes.warn(
      `The CLI reaches a Linux engine that is not Docker Desktop, WSL, Rancher Desktop or Podman${endpoint ? ` at \`${endpoint}\`` : ""}; it runs Linux containers, but elsewhere.`
    );
  }
  if (osType !== "linux") {
    return { backend: "none", linuxContainers: null, engineOs: null, confidence: "low" };
  }
  const localSocket = endpoint === null || endpoint.startsWith("unix://");
  const vmSocket = /\.(colima|rd|lima)\//.test(endpoint ?? "");
  return {
    backend: host.os === "linux" && !host.isWsl && localSocket && !vmSocket ? "native-linux" : "other-linux",
    ...linuxEngine,
    confidence: host.os === "unknown" ? "low" : "medium"
  };
}
function parseIsolation(value) {
  const v = value?.toLowerCase();
  return v === "hyperv" || v === "process" ? v : void 0;
}
function noteDesktopDistro(evidence, notes) {
  const distro = evidence.wslDistros?.find((d) => d.name.toLowerCase() === "docker-desktop");
  if (distro) notes.because("WSL lists the `docker-desktop` distribution.");
}
function classifySilentEngine(evidence, current, ctx, otherEngines, notes) {
  const errors = current?.errors ?? [];
  const stopped = {
    backend: "stopped",
    linuxContainers: false,
    engineOs: null,
    confidence: "high",
    serverVersion: null,
    desktopVersion: null
  };
  if (!current) {
    notes.because("No probe of the current engine was made.");
    return { ...stopped, linuxContainers: null, confidence: "low" };
  }
  notes.because(`The docker CLI is installed but no engine answered${ctx.endpoint ? ` at \`${ctx.endpoint}\`` : ""}.`);
  for (const error3 of errors.slice(0, 3)) notes.because(`CLI error: ${error3.line}`);
  const first = mostTelling(errors);
  if (first) notes.warn(describeDockerError(first, evidence.host));
  const cliVersion = evidence.cli.version ?? current.version?.client?.version ?? null;
  const rancherCli = cliVersion !== null && /-rd$/i.test(cliVersion) || /[\\/]Rancher Desktop[\\/]resources[\\/]/i.test(evidence.cli.path ?? "");
  const rdDistro = evidence.wslDistros?.find((d) => d.name.toLowerCase() === "rancher-desktop");
  if (rancherCli) {
    notes.because(
      cliVersion && /-rd$/i.test(cliVersion) ? `Client version \`${cliVersion}\` ends in \`-rd\`: the CLI ships with Rancher Desktop.` : `The docker CLI lives under Rancher Desktop's resources (\`${evidence.cli.path}\`).`
    );
    if (rdDistro && /running/i.test(rdDistro.state ?? "")) {
      notes.because("The `rancher-desktop` WSL distribution is running, yet no docker engine answers.");
      notes.warn(
        "Rancher Desktop runs in containerd mode: use `nerdctl`, or switch its container engine to dockerd (moby) to use the docker CLI."
      );
      return { ...stopped, backend: "rancher-desktop", linuxContainers: null, engineOs: "linux", confidence: "medium" };
    }
    notes.warn("Rancher Desktop is stopped, or runs in containerd mode (then use `nerdctl`, or switch it to dockerd).");
  }
  if (errors.some((e) => e.kind === "engine-behind-proxy-down" && e.endpoint?.startsWith("unix://"))) {
    notes.because("A WSL integration proxy answered 'Bad Gateway': Rancher Desktop's proxy is up, its engine is not.");
  }
  const settings = evidence.desktopSettings;
  const ctxPipe = ctx.endpoint ? pipeName(ctx.endpoint.replace(/^npipe:/i, "")) : null;
  if (settings?.useWindowsContainers && ctxPipe && /^dockerDesktopLinuxEngine$/i.test(ctxPipe)) {
    notes.warn(
      "Docker Desktop is in Windows-containers mode, so its Linux engine is off: switch to Linux containers (`docker desktop engine use linux` or the tray menu)."
    );
  }
  if (ctx.endpoint) {
    const known = describeEndpoint(ctx.endpoint, evidence.host);
    if (known) notes.because(`\`${ctx.endpoint}\` is the endpoint of ${lowerFirst(known.description)}`);
  }
  const alive = otherEngines[0];
  if (alive) {
    notes.warn(
      `The CLI's ${ctx.name ? `context \`${ctx.name}\`` : "endpoint"} points at an engine that does not answer, but ${alive.backend} answers at \`${alive.endpoint}\`: run \`docker context use <name>\` for it, or set DOCKER_HOST=${alive.endpoint}.`
    );
  }
  if (errors.some((e) => e.kind === "api-too-new" || e.kind === "api-too-old")) {
    notes.because("An engine answered but refused the API version, so the CLI cannot use it.");
    return { ...stopped, confidence: "medium" };
  }
  return stopped;
}
function mostTelling(errors) {
  const order = [
    "context-not-found",
    "permission-denied",
    "api-too-new",
    "api-too-old",
    "engine-failed",
    "engine-behind-proxy-down",
    "engine-not-running",
    "tls",
    "timeout",
    "daemon-error"
  ];
  for (const kind of order) {
    const found = errors.find((e) => e.kind === kind);
    if (found) return found;
  }
  return void 0;
}
function lowerFirst(text2) {
  return text2.charAt(0).toLowerCase() + text2.slice(1);
}
function explainMissingCli(evidence, notes) {
  const integrationOff = evidence.current?.errors.find((e) => e.kind === "wsl-integration-off");
  if (integrationOff) {
    notes.because(`Docker Desktop's stub answered instead of the CLI: ${integrationOff.line}`);
    const distro = evidence.host.wslDistroName;
    const settings = evidence.desktopSettings;
    if (distro && settings && !settings.integratedWslDistros.some((d) => d.toLowerCase() === distro.toLowerCase())) {
      notes.because(`\`${distro}\` is not in Docker Desktop's \`integratedWslDistros\`.`);
    }
    notes.warn(
      "Enable Docker Desktop's WSL integration for this distribution (Settings → Resources → WSL integration), and make sure Docker Desktop is running."
    );
    return;
  }
  notes.because("The `docker` CLI is not installed or not on PATH.");
  const desktop = evidence.desktopInstalled || !!evidence.desktopSettings || evidence.wslDistros?.some((d) => d.name.toLowerCase() === "docker-desktop");
  if (desktop) {
    notes.warn(
      "Docker Desktop looks installed but `docker` is not on PATH: start Docker Desktop once, or add `C:\\Program Files\\Docker\\Docker\\resources\\bin` to PATH."
    );
  }
  if (evidence.wslDistros?.some((d) => d.name.toLowerCase() === "rancher-desktop")) {
    notes.warn("Rancher Desktop's WSL distribution exists, but its `docker` CLI is not on PATH.");
  }
  if (evidence.wslDistros?.some((d) => d.name.toLowerCase() === "podman-machine-default")) {
    notes.warn("A Podman machine exists; install the docker CLI or use `podman` directly.");
  }
}
function warnIfDesktopSidelined(evidence, backend, otherEngines, notes) {
  if (backend.startsWith("desktop-")) {
    const desktopElsewhere = otherEngines.filter((o) => !o.backend.startsWith("desktop-"));
    for (const o of desktopElsewhere) notes.because(`Another engine (${o.backend}) also answers at \`${o.endpoint}\`.`);
    return;
  }
  const desktopAnswers = otherEngines.find((o) => o.backend.startsWith("desktop-"));
  const desktopInstalled = desktopAnswers || evidence.desktopInstalled || evidence.desktopSettings || evidence.wslDistros?.some((d) => d.name.toLowerCase() === "docker-desktop");
  if (desktopInstalled) {
    notes.warn(
      `Docker Desktop is installed${desktopAnswers ? ` and answers at \`${desktopAnswers.endpoint}\`` : ""}, but the CLI targets ${backend === "none" ? "another engine" : backend}: switch with \`docker context use\` if that is not intended.`
    );
  }
  for (const o of otherEngines) {
    if (o !== desktopAnswers) notes.because(`Another engine (${o.backend}) also answers at \`${o.endpoint}\`.`);
  }
}
function serverVersionOf(probe) {
  return probe.info?.serverVersion ?? probe.version?.server?.version ?? null;
}
function desktopVersionOf(probe) {
  const name = probe.version?.server?.platformName ?? "";
  return /^Docker Desktop\s+(\d+\.\d+(?:\.\d+)?)/i.exec(name)?.[1] ?? null;
}
function finish(evidence, notes, draft) {
  let linuxContainers = draft.linuxContainers;
  const proof = evidence.linuxProof;
  if (proof) {
    if (proof.ok) {
      if (linuxContainers === false && draft.engineOs === "windows") {
        notes.warn("A Linux container ran although the engine reports Windows: check the probe output.");
      }
      linuxContainers = true;
      notes.because("`docker run --platform linux` of a tiny image succeeded.");
    } else if (proof.errors.some((e) => e.kind === "linux-image-unsupported")) {
      linuxContainers = false;
      notes.because("`docker run --platform linux` was refused: the engine cannot run Linux images.");
    } else {
      const line = proof.errors[0]?.line;
      notes.warn(
        `The Linux-container proof failed${line ? `: ${line}` : ""}; the engine may still work once it can pull.`
      );
      if (draft.backend === "wsl1-dockerd") linuxContainers = false;
    }
  }
  return { ...draft, linuxContainers, evidence: notes.evidence, warnings: notes.warnings };
}

// packages/core/src/docker/context.ts
var ENDPOINT_TOKEN = /^(?:npipe|unix|tcp|ssh|fd|http|https):\/\/\S*$/i;
function parseDockerContextList(input) {
  const text2 = decodeOutput(input);
  const { entries, scan } = jsonEntries(text2);
  if (entries.length > 0) return parsed(true, dedupe2(entries), scan.warnings);
  const table = parseTable(text2);
  if (table.length > 0) return parsed(true, dedupe2(table), scan.warnings);
  const warnings = [...scan.warnings];
  if (text2.trim() !== "") warnings.push(`No \`docker context ls\` output found (it starts with \`${preview(text2)}\`).`);
  return parsed(false, [], warnings);
}
function jsonEntries(text2) {
  const scan = scanJsonValues(text2);
  const entries = [];
  for (const found of scan.values) {
    for (const item of Array.isArray(found.value) ? found.value : [found.value]) {
      const entry = entryFromJson(item);
      if (entry) entries.push(entry);
    }
  }
  return { entries, scan };
}
function entryFromJson(item) {
  if (!isRecord(item)) return null;
  const name = str(getKey(item, "Name"));
  if (!name) return null;
  const endpoint = str(getKey(item, "DockerEndpoint"));
  const endpoints = getKey(item, "Endpoints");
  const dockerEndpoint = isRecord(endpoints) ? getKey(endpoints, "docker") : void 0;
  const host = isRecord(dockerEndpoint) ? str(getKey(dockerEndpoint, "Host")) : null;
  const metadata = getKey(item, "Metadata");
  const address = endpoint ?? host;
  return {
    name,
    description: str(getKey(item, "Description")) ?? (isRecord(metadata) ? str(getKey(metadata, "Description")) : null),
    endpoint: address ? normalizeEndpoint(address) : null,
    current: bool(getKey(item, "Current")) ?? false,
    error: str(getKey(item, "Error"))
  };
}
function parseTable(text2) {
  const lines = text2.split("\n");
  const headerIndex = lines.findIndex((l) => /^\s*NAME\s+.*\bDOCKER ENDPOINT\b/.test(l));
  if (headerIndex < 0) return [];
  const header = lines[headerIndex];
  const errorColumn = header.search(/\bERROR\s*$/);
  const descriptionColumn = header.search(/\bDESCRIPTION\b/);
  const endpointColumn = header.search(/\bDOCKER ENDPOINT\b/);
  const entries = [];
  for (const line of lines.slice(headerIndex + 1)) {
    if (line.trim() === "") continue;
    const tokens = line.trim().split(/\s+/);
    const first = tokens[0];
    if (!first || !/^[A-Za-z0-9][A-Za-z0-9_.+-]*$/.test(first)) break;
    const current = tokens[1] === "*";
    const endpointAt = tokens.findIndex((t, i) => i > 0 && ENDPOINT_TOKEN.test(t));
    if (endpointAt < 0) {
      const error3 = readError(line, errorColumn);
      if (error3 === null) break;
      entries.push({ name: first, description: null, endpoint: null, current, error: error3 });
      continue;
    }
    const byColumns = descriptionColumn > 0 && endpointColumn > descriptionColumn && line.length > endpointColumn ? line.slice(descriptionColumn, endpointColumn).trim() : null;
    const description = (byColumns ?? tokens.slice(current ? 2 : 1, endpointAt).join(" ")) || null;
    entries.push({
      name: first,
      description,
      endpoint: normalizeEndpoint(tokens[endpointAt]),
      current,
      error: readError(line, errorColumn)
    });
  }
  return entries;
}
function readError(line, column) {
  if (column <= 0 || line.length <= column) return null;
  return line.slice(column).trim() || null;
}
function dedupe2(entries) {
  const byName = /* @__PURE__ */ new Map();
  for (const e of entries) if (!byName.has(e.name)) byName.set(e.name, e);
  return [...byName.values()];
}
function currentContext(entries) {
  return entries.find((e) => e.current) ?? null;
}

// packages/core/src/docker/desktop-files.ts
import { access as access2, open as open3 } from "node:fs/promises";
import path8 from "node:path";

// packages/core/src/docker/desktop-settings.ts
function emptySettings() {
  return {
    wslEngineEnabled: null,
    useWindowsContainers: null,
    integratedWslDistros: [],
    enableIntegrationWithDefaultWslDistro: null,
    memoryMiB: null,
    cpus: null,
    autoStart: null,
    exposeDockerApiOnTcp2375: null,
    lockedKeys: []
  };
}
function parseDesktopSettings(input) {
  const text2 = decodeOutput(input);
  const scan = scanJsonValues(text2);
  const root = scan.values.map((v) => v.value).find(isRecord);
  const settings = emptySettings();
  if (!root) {
    const warnings2 = [...scan.warnings];
    if (text2.trim() !== "")
      warnings2.push(`Docker Desktop settings are not JSON (they start with \`${preview(text2)}\`).`);
    return parsed(false, settings, warnings2);
  }
  const warnings = [...scan.warnings];
  const read = (key, admin = root) => {
    const raw = getKey(admin, key);
    if (isRecord(raw) && getKey(raw, "value") !== void 0) {
      if (bool(getKey(raw, "locked")) === true) settings.lockedKeys.push(key);
      return getKey(raw, "value");
    }
    return raw;
  };
  const linuxVm = getKey(root, "linuxVM");
  settings.wslEngineEnabled = bool(read("wslEngineEnabled")) ?? (isRecord(linuxVm) ? bool(read("wslEngineEnabled", linuxVm)) : null);
  settings.useWindowsContainers = bool(read("useWindowsContainers"));
  const distros = read("integratedWslDistros");
  settings.integratedWslDistros = strList(distros);
  if (distros !== void 0 && !Array.isArray(distros)) {
    warnings.push("Docker Desktop setting `integratedWslDistros` is not a list; it was ignored.");
  }
  settings.enableIntegrationWithDefaultWslDistro = bool(read("enableIntegrationWithDefaultWslDistro"));
  settings.memoryMiB = num(read("memoryMiB"));
  settings.cpus = num(read("cpus"));
  settings.autoStart = bool(read("autoStart"));
  settings.exposeDockerApiOnTcp2375 = bool(read("exposeDockerAPIOnTCP2375"));
  return parsed(true, settings, warnings);
}
function mergeDesktopSettings(files) {
  const layers = [];
  if (files.adminSettings != null) {
    layers.push({ name: "admin-settings.json", result: parseDesktopSettings(files.adminSettings) });
  }
  if (files.settingsStore != null) {
    layers.push({ name: "settings-store.json", result: parseDesktopSettings(files.settingsStore) });
  }
  if (files.settings != null) layers.push({ name: "settings.json", result: parseDesktopSettings(files.settings) });
  const merged = emptySettings();
  const warnings = [];
  for (const { name, result } of layers) {
    warnings.push(...result.warnings.map((w) => `${name}: ${w}`));
    if (!result.recognized) continue;
    const v = result.value;
    const use = (key, value, none) => name !== "admin-settings.json" || v.lockedKeys.includes(key) ? value : none;
    merged.wslEngineEnabled ??= use("wslEngineEnabled", v.wslEngineEnabled, null);
    merged.useWindowsContainers ??= use("useWindowsContainers", v.useWindowsContainers, null);
    if (merged.integratedWslDistros.length === 0) {
      merged.integratedWslDistros = use("integratedWslDistros", v.integratedWslDistros, []);
    }
    merged.enableIntegrationWithDefaultWslDistro ??= use(
      "enableIntegrationWithDefaultWslDistro",
      v.enableIntegrationWithDefaultWslDistro,
      null
    );
    merged.memoryMiB ??= use("memoryMiB", v.memoryMiB, null);
    merged.cpus ??= use("cpus", v.cpus, null);
    merged.autoStart ??= use("autoStart", v.autoStart, null);
    merged.exposeDockerApiOnTcp2375 ??= use("exposeDockerAPIOnTCP2375", v.exposeDockerApiOnTcp2375, null);
    for (const key of v.lockedKeys) if (!merged.lockedKeys.includes(key)) merged.lockedKeys.push(key);
  }
  return parsed(
    layers.some((l) => l.result.recognized),
    merged,
    warnings
  );
}

// packages/core/src/docker/desktop-files.ts
var NO_DESKTOP = { settings: null, settingsFiles: [], installed: null, version: null };
var MAX_DESKTOP_SETTINGS_BYTES = 1024 * 1024;
function desktopFilePaths(env, platform2) {
  const join4 = platform2 === "win32" ? path8.win32.join : path8.posix.join;
  const appData = env.APPDATA;
  const programData = env.ProgramData ?? env.PROGRAMDATA;
  const programFiles = env.ProgramFiles ?? env.PROGRAMFILES;
  return {
    settingsStore: appData ? join4(appData, "Docker", "settings-store.json") : null,
    settings: appData ? join4(appData, "Docker", "settings.json") : null,
    adminSettings: programData ? join4(programData, "DockerDesktop", "admin-settings.json") : null,
    executable: programFiles ? join4(programFiles, "Docker", "Docker", "Docker Desktop.exe") : null
  };
}
var FILE_NAMES = {
  settingsStore: "settings-store.json",
  settings: "settings.json",
  adminSettings: "admin-settings.json"
};
function desktopFactsFromFiles(texts, known = {}) {
  const keys = ["settingsStore", "settings", "adminSettings"];
  const clip3 = (text2) => text2 == null ? null : text2.slice(0, MAX_DESKTOP_SETTINGS_BYTES);
  const clipped = {
    settingsStore: clip3(texts.settingsStore),
    settings: clip3(texts.settings),
    adminSettings: clip3(texts.adminSettings)
  };
  const found = keys.filter((k) => clipped[k] !== null).map((k) => known.paths?.[k] ?? FILE_NAMES[k]);
  const version2 = known.version || null;
  if (found.length === 0) return { settings: null, settingsFiles: [], installed: known.installed ?? null, version: version2 };
  return { settings: mergeDesktopSettings(clipped), settingsFiles: found, installed: true, version: version2 };
}
async function readDesktopFiles(env, platform2, files) {
  const paths = desktopFilePaths(env, platform2);
  const read = (file) => file ? files.read(file).catch(() => null) : Promise.resolve(null);
  const exists2 = (file) => file && files.exists ? files.exists(file).catch(() => null) : Promise.resolve(null);
  const [settingsStore, settings, adminSettings, executable] = await Promise.all([
    read(paths.settingsStore),
    read(paths.settings),
    read(paths.adminSettings),
    exists2(paths.executable)
  ]);
  return desktopFactsFromFiles({ settingsStore, settings, adminSettings }, { paths, installed: executable });
}
var nodeHostFiles = {
  async read(file) {
    try {
      const handle = await open3(file, "r");
      try {
        const buffer = Buffer.alloc(MAX_DESKTOP_SETTINGS_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return decodeOutput(buffer.subarray(0, bytesRead));
      } finally {
        await handle.close();
      }
    } catch {
      return null;
    }
  },
  async exists(file) {
    try {
      await access2(file);
      return true;
    } catch {
      return false;
    }
  }
};

// packages/core/src/docker/host-facts.ts
var HOSTED_WINDOWS_SERVER = /^win\d\d$/i;
function dockerHostFacts(mode, env, extras = {}) {
  const home = extras.homeDir || env.HOME;
  const local = {
    ...home ? { homeDir: home } : {},
    ...extras.uid !== void 0 ? { uid: extras.uid } : {},
    ...env.XDG_RUNTIME_DIR ? { xdgRuntimeDir: env.XDG_RUNTIME_DIR } : {}
  };
  switch (mode) {
    case "windows": {
      const imageOs = env.ImageOS ?? env.IMAGEOS;
      return imageOs && HOSTED_WINDOWS_SERVER.test(imageOs) ? { os: "windows", windowsServer: true } : { os: "windows" };
    }
    case "wsl":
      return { os: "linux", isWsl: true, wslDistroName: env.WSL_DISTRO_NAME ?? null, ...local };
    case "linux":
    case "darwin":
      return { os: mode, ...local };
    default:
      return { os: "unknown" };
  }
}

// packages/core/src/docker/probe.ts
var DEFAULT_TIMEOUT_MS = 1e4;
var DEFAULT_PROOF_TIMEOUT_MS = 12e4;
var DEFAULT_MAX_OUTPUT = 1024 * 1024;
var DockerProbe = class {
  #options;
  constructor(options) {
    this.#options = options;
  }
  /** `docker version` and `docker info` against one target, run concurrently. */
  async probe(target = CURRENT_TARGET) {
    const [version2, info2] = await Promise.all([
      this.#call(dockerVersionCommand(target), "docker version"),
      this.#call(dockerInfoCommand(target), "docker info")
    ]);
    return this.#assemble(target, version2, info2);
  }
  /**
   * Probe another endpoint: `docker version` first, and `docker info` only when something answered (a dead pipe
   * costs one call). Info is what tells Rancher Desktop and WSL distributions apart.
   */
  async probeEndpoint(endpoint, timeoutMs) {
    const target = { kind: "host", endpoint };
    const version2 = await this.#call(dockerVersionCommand(target), `docker --host ${endpoint} version`, timeoutMs);
    const parsedVersion = parseDockerVersion(version2.stdout);
    const info2 = version2.result?.exitCode === 0 && parsedVersion.value.server ? await this.#call(dockerInfoCommand(target), `docker --host ${endpoint} info`, timeoutMs) : null;
    return this.#assemble(target, version2, info2);
  }
  /** `docker context ls`; an empty list with warnings when it fails. */
  async contexts() {
    const outcome = await this.#call(dockerContextListCommand(), "docker context ls");
    const list = parseDockerContextList(outcome.stdout);
    const warnings = [...outcome.warnings];
    if (outcome.result && outcome.result.exitCode !== 0 && !list.recognized) {
      warnings.push(`\`docker context ls\` failed (exit ${outcome.result.exitCode}): ${firstLine(outcome.stderr)}`);
    } else warnings.push(...list.warnings.map((w) => `docker context ls: ${w}`));
    return { ...list, warnings, cliMissing: outcome.cliMissing };
  }
  /** Run a tiny Linux image; `ok` only when it exits 0. */
  async linuxProof(target = CURRENT_TARGET, options = {}) {
    const outcome = await this.#call(
      dockerLinuxProofCommand(target, options),
      "docker run (Linux container proof)",
      options.timeoutMs ?? DEFAULT_PROOF_TIMEOUT_MS
    );
    return { ok: outcome.result?.exitCode === 0, errors: outcome.errors, warnings: outcome.warnings };
  }
  /**
   * Everything the classifier needs: contexts, the current engine, optionally other endpoints and the proof.
   * The other endpoints are asked as soon as the CLI's own endpoint is known (at once with `DOCKER_HOST`, else when
   * `docker context ls` answers), while the current engine's `version` and `info` are still in flight.
   */
  async collect(options) {
    const warnings = [];
    const dockerHost = this.#parentValue("DOCKER_HOST") ?? null;
    const dockerContext = this.#parentValue("DOCKER_CONTEXT") ?? null;
    const contextsPending = this.contexts();
    const currentPending = this.probe(CURRENT_TARGET);
    const othersPending = this.#probeOthers(options, dockerHost, contextsPending);
    const [contexts, current, others] = await Promise.all([contextsPending, currentPending, othersPending]);
    const cliMissing = contexts.cliMissing && current.errors.some((e) => e.kind === "cli-not-found");
    warnings.push(...contexts.warnings, ...current.warnings);
    const listed = currentContext(contexts.value);
    const contextName = dockerHost ? "default" : current.version?.client?.context ?? listed?.name ?? null;
    const contextEndpoint = dockerHost ? normalizeEndpoint(dockerHost) : contexts.value.find((c) => c.name === contextName)?.endpoint ?? listed?.endpoint ?? null;
    current.context = contextName;
    current.endpoint = contextEndpoint;
    const otherProbes = cliMissing ? [] : others.filter((o) => !sameEndpoint(o.endpoint, contextEndpoint));
    for (const other of otherProbes) warnings.push(...otherEndpointWarnings(other));
    let linuxProof = null;
    const linuxEngine = (current.info?.osType ?? current.version?.server?.os) === "linux";
    if (options.linuxProof && current.answered && linuxEngine) {
      const proof = await this.linuxProof(CURRENT_TARGET, options.linuxProof === true ? {} : options.linuxProof);
      warnings.push(...proof.warnings);
      linuxProof = { ok: proof.ok, errors: proof.errors };
    }
    const evidence = {
      host: options.host,
      cli: {
        present: !cliMissing,
        path: this.#options.docker,
        version: current.version?.client?.version ?? current.info?.clientVersion ?? null
      },
      dockerHost,
      dockerContext,
      context: { name: contextName, endpoint: contextEndpoint },
      contexts: contexts.value,
      current,
      others: otherProbes,
      linuxProof,
      ...options.desktopSettings !== void 0 ? { desktopSettings: options.desktopSettings } : {},
      ...options.desktopInstalled !== void 0 ? { desktopInstalled: options.desktopInstalled } : {},
      ...options.wslDistros ? { wslDistros: options.wslDistros } : {}
    };
    return { evidence, warnings: dedupe3(warnings) };
  }
  /**
   * The other endpoints, started once the CLI's own endpoint is known so that it is not asked twice: immediately
   * when `DOCKER_HOST` names it, else when `docker context ls` answers (a local file read, no engine involved).
   */
  async #probeOthers(options, dockerHost, contextsPending) {
    if (!options.otherEndpoints) return [];
    let current = dockerHost ? normalizeEndpoint(dockerHost) : null;
    if (!dockerHost) {
      const contexts = await contextsPending;
      if (contexts.cliMissing) return [];
      current = currentContext(contexts.value)?.endpoint ?? null;
    }
    const candidates = options.otherEndpoints === true ? knownEndpoints(options.host).map((e) => e.endpoint) : options.otherEndpoints;
    const unique = candidates.map(normalizeEndpoint).filter((ep, i, all) => all.findIndex((x) => sameEndpoint(x, ep)) === i).filter((ep) => !sameEndpoint(ep, current));
    const timeoutMs = options.otherEndpointTimeoutMs;
    return pool(unique, this.#options.concurrency ?? 4, (ep) => this.probeEndpoint(ep, timeoutMs));
  }
  #parentValue(name) {
    const own2 = this.#options.env;
    if (own2 && Object.hasOwn(own2, name)) return own2[name] || void 0;
    return (this.#options.parentEnv ?? process.env)[name] || void 0;
  }
  #assemble(target, version2, info2) {
    const warnings = [...version2.warnings, ...info2?.warnings ?? []];
    const v = parseDockerVersion(version2.stdout);
    const i = info2 ? parseDockerInfo(info2.stdout) : null;
    const label = target.kind === "host" ? `docker --host ${target.endpoint}` : "docker";
    if (version2.result && !v.recognized && version2.stdout.trim() !== "") {
      warnings.push(`${label} version: ${v.warnings.join(" ") || "output not understood."}`);
    } else warnings.push(...v.warnings.map((w) => `${label} version: ${w}`));
    if (info2 && i) {
      if (info2.result && !i.recognized && info2.stdout.trim() !== "") {
        warnings.push(`${label} info: ${i.warnings.join(" ") || "output not understood."}`);
      } else warnings.push(...i.warnings.map((w) => `${label} info: ${w}`));
    }
    const versionAnswered = version2.result?.exitCode === 0 && v.value.server !== null;
    const infoAnswered = !!info2 && info2.result?.exitCode === 0 && infoShowsAnswer(i?.value ?? null);
    const errors = dedupeErrors([
      ...version2.errors,
      ...v.value.errors,
      ...info2?.errors ?? [],
      ...i?.value.errors ?? []
    ]);
    if (!versionAnswered && !infoAnswered && errors.length === 0 && version2.result && version2.result.exitCode !== 0) {
      const said = firstLine(version2.stderr) || firstLine(version2.stdout);
      warnings.push(`${label} version failed (exit ${version2.result.exitCode})${said ? `: ${said}` : ""}.`);
    }
    return {
      endpoint: target.kind === "host" ? normalizeEndpoint(target.endpoint) : null,
      context: target.kind === "context" ? target.name : null,
      answered: versionAnswered || infoAnswered,
      version: v.recognized ? v.value : null,
      info: i?.recognized ? i.value : null,
      errors,
      warnings
    };
  }
  async #call(command2, label, timeoutMs) {
    const { runner, docker } = this.#options;
    const timeout = timeoutMs ?? this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let result;
    try {
      result = await runner.run(docker, command2.args, {
        env: { ...this.#options.env, ...command2.env },
        timeoutMs: timeout,
        maxOutputBytes: this.#options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT
      });
    } catch (error3) {
      return failedCall(error3, label, docker, timeout);
    }
    const stdout = decodeOutput(result.stdout);
    const stderr = decodeOutput(result.stderr);
    const warnings = [];
    if (result.truncated) {
      warnings.push(`${label}: output was cut at the size limit; the answer may be incomplete.`);
    }
    const errors = parseDockerErrors(stderr);
    warnings.push(...errors.warnings.map((w) => `${label}: ${w}`));
    const cliMissing = errors.value.some((e) => e.kind === "cli-not-found" || e.kind === "wsl-integration-off");
    if (result.exitCode !== 0 && /<html|<!doctype/i.test(stdout + stderr)) {
      warnings.push(`${label}: an HTML page came back instead of a docker answer (a proxy in the way?).`);
    }
    return { result, stdout, stderr, errors: errors.value, warnings, cliMissing };
  }
};
function otherEndpointWarnings(probe) {
  return probe.answered || probe.errors.some((e) => e.kind === "timeout") ? probe.warnings : [];
}
function failedCall(error3, label, docker, timeoutMs) {
  const empty = { result: null, stdout: "", stderr: "" };
  if (error3 instanceof CommandNotFoundError) {
    return {
      ...empty,
      errors: [{ kind: "cli-not-found", endpoint: null, line: error3.message }],
      warnings: [],
      cliMissing: true
    };
  }
  if (error3 instanceof CommandTimeoutError) {
    return {
      ...empty,
      errors: [{ kind: "timeout", endpoint: null, line: `${label} did not finish within ${timeoutMs} ms.` }],
      warnings: [`${label}: no answer within ${timeoutMs} ms; the engine or the CLI may be hung.`],
      cliMissing: false
    };
  }
  const code2 = error3?.code;
  if (code2 === "ENOENT") {
    return {
      ...empty,
      errors: [{ kind: "cli-not-found", endpoint: null, line: `${docker}: not found` }],
      warnings: [],
      cliMissing: true
    };
  }
  const message = error3 instanceof Error ? error3.message : String(error3);
  return { ...empty, errors: [], warnings: [`${label} could not run: ${preview(message)}`], cliMissing: false };
}
async function pool(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  });
  await Promise.all(workers);
  return results;
}
function firstLine(text2) {
  return text2.split("\n").map((l) => l.trim()).find((l) => l !== "")?.slice(0, 300) ?? "";
}
function dedupe3(list) {
  return [...new Set(list)];
}
function dedupeErrors(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    const key = `${e.kind}|${e.endpoint}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// packages/core/src/wsl/wslenv.ts
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function wslenvEntry(name, options = {}) {
  if (!ENV_NAME.test(name)) {
    throw new InputError(
      "environment variable name",
      `The environment variable name ${JSON.stringify(name)} cannot be forwarded through WSLENV: use letters, digits and underscores, not starting with a digit (e.g. MY_VAR).`
    );
  }
  let flags = "";
  if (options.list) flags += "l";
  else if (options.path) flags += "p";
  if (options.direction === "to-wsl") flags += "u";
  if (options.direction === "to-windows") flags += "w";
  return { name, flags };
}
function parseWslenv(value) {
  if (!value) return [];
  const entries = [];
  for (const item of value.split(":")) {
    const trimmed = item.trim();
    if (!trimmed) continue;
    const slash = trimmed.indexOf("/");
    const name = slash === -1 ? trimmed : trimmed.slice(0, slash);
    if (!name) continue;
    entries.push({ name, flags: slash === -1 ? "" : trimmed.slice(slash + 1) });
  }
  return entries;
}
function formatWslenv(entries) {
  return entries.map((entry) => entry.flags ? `${entry.name}/${entry.flags}` : entry.name).join(":");
}
function mergeWslenv(base, additions) {
  const merged = [];
  const byName = /* @__PURE__ */ new Map();
  const put = (entry, override) => {
    const existing = byName.get(entry.name);
    if (existing) {
      if (override) existing.flags = entry.flags;
      return;
    }
    const copy = { ...entry };
    byName.set(copy.name, copy);
    merged.push(copy);
  };
  for (const entry of parseWslenv(base)) put(entry, false);
  for (const addition of additions) put(typeof addition === "string" ? wslenvEntry(addition) : addition, true);
  return formatWslenv(merged);
}

// packages/core/src/wsl/argv.ts
function wslListVerboseArgs(options = {}) {
  return ["--list", "--verbose", ...options.all ? ["--all"] : []];
}

// packages/core/src/docker/wsl-distros.ts
function wslDistroFacts(distros) {
  return distros.map((d) => ({
    name: d.name,
    state: d.state,
    version: d.version === 1 || d.version === 2 ? d.version : null
  }));
}
function dockerDesktopDistro(distros) {
  return distros?.find((d) => d.name.toLowerCase() === "docker-desktop");
}
async function listWslDistroFacts(runner, wsl, timeoutMs) {
  try {
    const result = await runner.run(wsl, wslListVerboseArgs(), { timeoutMs, maxOutputBytes: 256 * 1024 });
    const list = parseListVerbose(result.stdout);
    if (list.recognized) return { distros: wslDistroFacts(list.value.distros), warnings: [] };
    return { distros: null, warnings: result.exitCode === 0 ? list.warnings : [] };
  } catch (error3) {
    const message = error3 instanceof Error ? error3.message : String(error3);
    return { distros: null, warnings: [`wsl --list --verbose could not run: ${message.split("\n")[0]}`] };
  }
}

// packages/core/src/docker/survey.ts
async function surveyDocker(options) {
  const probe = new DockerProbe({
    runner: options.runner,
    docker: options.docker,
    timeoutMs: options.timeoutMs,
    parentEnv: options.parentEnv,
    concurrency: options.concurrency ?? 8
  });
  const [collected, desktopFacts, listing, refinements] = await Promise.all([
    probe.collect({
      host: options.host,
      otherEndpoints: options.otherEndpoints,
      ...options.otherEndpointTimeoutMs !== void 0 ? { otherEndpointTimeoutMs: options.otherEndpointTimeoutMs } : {},
      linuxProof: options.linuxProof ?? false
    }),
    options.desktop ?? Promise.resolve(NO_DESKTOP),
    options.wslDistros ?? Promise.resolve(null),
    options.hostRefinements ?? Promise.resolve({})
  ]);
  const evidence = collected.evidence;
  evidence.host = { ...evidence.host, ...refinements };
  const distros = listing?.distros ?? null;
  if (distros) evidence.wslDistros = distros;
  if (desktopFacts.settings?.recognized) evidence.desktopSettings = desktopFacts.settings.value;
  const installed = desktopFacts.installed === true || dockerDesktopDistro(distros) ? true : desktopFacts.installed;
  if (installed !== null) evidence.desktopInstalled = installed;
  const warnings = [
    ...collected.warnings,
    ...(desktopFacts.settings?.warnings ?? []).map((w) => `Docker Desktop settings: ${w}`),
    ...listing?.warnings ?? []
  ];
  const classification = classifyDockerBackend(evidence);
  return {
    evidence,
    classification,
    warnings: [...new Set(warnings)],
    desktop: { ...desktopFacts, installed, version: classification.desktopVersion ?? desktopFacts.version }
  };
}

// packages/core/src/version.ts
var VERSION = "0.1.0";
var TOOL_NAME = "wsl-ready";

// packages/core/src/report/errors.ts
var ReportValidationError = class extends WslReadyError {
  errors;
  constructor(errors, context = "The report") {
    super(
      "report-invalid",
      `${context} does not match Report v1:
${errors.map((line) => `- ${line}`).join("\n")}
Fix the producer that wrote it, or update wsl-ready if the report comes from a newer version.`
    );
    this.errors = errors;
  }
};

// packages/core/src/report/text.ts
var CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
var INVISIBLE_CHARS = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
var LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function sanitizeText(value) {
  return value.replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n").replace(/\t/g, " ").replace(CONTROL_CHARS, "").replace(INVISIBLE_CHARS, "").replace(LONE_SURROGATES, "�");
}
function singleLine(value) {
  return sanitizeText(value).replace(/\s*\n\s*/g, " ").trim();
}
function clampText(value, max) {
  if (value.length <= max) return value;
  if (max <= 0) return "";
  let count = 0;
  let cut = 0;
  let offset = 0;
  for (const ch of value) {
    if (count === max - 1) cut = offset;
    count += 1;
    offset += ch.length;
    if (count > max) return `${value.slice(0, cut)}…`;
  }
  return value;
}
function codePointLength2(value) {
  let n = 0;
  for (const _ of value) n += 1;
  return n;
}
function cleanLine(value, max) {
  return cleanWindow(value, max, singleLine);
}
function cleanLines(value, max) {
  return cleanWindow(value, max, sanitizeText);
}
function cleanWindow(value, max, clean) {
  let end = max * 2 + 8;
  if (value.length <= end) return clampText(clean(value), max);
  const code2 = value.charCodeAt(end - 1);
  if (code2 >= 55296 && code2 <= 56319) end -= 1;
  const cleaned = clean(value.slice(0, end));
  if (codePointLength2(cleaned) > max) return clampText(cleaned, max);
  const head = clampText(cleaned, Math.max(max - 1, 0));
  return head.endsWith("…") ? head : `${head}…`;
}

// packages/core/src/report/validate.ts
var MAX_VALIDATION_ERRORS = 20;
function validateReport(value) {
  const result = reportV1Schema.safeParse(value);
  if (result.success) return { ok: true, report: result.data };
  return { ok: false, errors: formatIssues(result.error.issues) };
}
function formatIssues(issues) {
  const lines = issues.map((issue3) => `${formatPath(issue3.path)}: ${cleanLine(issue3.message, 300)}`);
  if (lines.length <= MAX_VALIDATION_ERRORS) return lines;
  const shown = lines.slice(0, MAX_VALIDATION_ERRORS - 1);
  shown.push(`…and ${lines.length - shown.length} more problems`);
  return shown;
}
function formatPath(path10) {
  if (path10.length === 0) return "(root)";
  let out = "";
  for (const segment of path10) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (typeof segment === "string" && /^[A-Za-z_$][\w$-]{0,63}$/.test(segment))
      out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(cleanLine(String(segment), 40))}]`;
  }
  return out;
}

// packages/core/src/report/create.ts
function createReport(input = {}, options = {}) {
  const warnings = (input.warnings ?? []).map((text2) => clampText(text2, REPORT_LIMITS.text));
  const checks = (input.checks ?? []).map(fitCheck);
  if (checks.length > REPORT_LIMITS.checks) {
    warnings.push(
      `${checks.length - REPORT_LIMITS.checks} checks were left out (a report holds at most ${REPORT_LIMITS.checks}).`
    );
    checks.length = REPORT_LIMITS.checks;
  }
  const distros = [...input.distros ?? []];
  if (distros.length > REPORT_LIMITS.distros) {
    warnings.push(
      `${distros.length - REPORT_LIMITS.distros} distributions were left out (a report holds at most ${REPORT_LIMITS.distros}).`
    );
    distros.length = REPORT_LIMITS.distros;
  }
  const phases = input.phases ? input.phases.slice(0, REPORT_LIMITS.phases) : void 0;
  if (warnings.length > REPORT_LIMITS.warnings) warnings.length = REPORT_LIMITS.warnings;
  const candidate = {
    schemaVersion: 1,
    tool: input.tool ?? { name: TOOL_NAME, version: VERSION },
    generatedAt: input.generatedAt ?? (options.now ?? (() => /* @__PURE__ */ new Date()))().toISOString(),
    source: input.source ?? { kind: "cli", name: TOOL_NAME },
    host: input.host ?? { os: processHostOs(process.platform), arch: process.arch, isWsl: false },
    ...input.runner ? { runner: input.runner } : {},
    ...input.run ? { run: input.run } : {},
    ...input.wsl ? { wsl: input.wsl } : {},
    distros,
    ...input.docker ? { docker: input.docker } : {},
    checks,
    summary: summarize(checks),
    ...phases ? { phases } : {},
    ...warnings.length > 0 || input.warnings ? { warnings } : {}
  };
  const result = validateReport(candidate);
  if (!result.ok) throw new ReportValidationError(result.errors, "The new report");
  return result.report;
}
function fitCheck(check) {
  const fitted = {
    ...check,
    title: clampText(check.title, REPORT_LIMITS.shortText),
    summary: clampText(check.summary, REPORT_LIMITS.text),
    durationMs: Number.isFinite(check.durationMs) ? Math.min(Math.max(check.durationMs, 0), REPORT_LIMITS.durationMs) : check.durationMs
  };
  if (check.remediation !== void 0) fitted.remediation = clampText(check.remediation, REPORT_LIMITS.longText);
  if (check.evidence !== void 0) {
    const entries = Object.entries(check.evidence).slice(0, REPORT_LIMITS.evidenceEntries).map(([key, value]) => [
      clampText(key, REPORT_LIMITS.evidenceKey),
      typeof value === "string" ? clampText(value, REPORT_LIMITS.evidenceValue) : value
    ]);
    fitted.evidence = Object.fromEntries(entries);
  }
  return fitted;
}
function processHostOs(platform2) {
  switch (platform2) {
    case "win32":
    case "cygwin":
      return "windows";
    case "linux":
    case "darwin":
    case "freebsd":
    case "openbsd":
    case "netbsd":
    case "sunos":
    case "aix":
    case "android":
      return platform2;
    default:
      return "other";
  }
}

// packages/core/src/report/markdown-budget.ts
var MARKDOWN_MAX_LENGTH = 6e4;
var NOTE_RESERVE = 400;
function fitMarkdown(blocks, maxLength = MARKDOWN_MAX_LENGTH) {
  const limit = Math.min(Math.max(maxLength, 1e3), MARKDOWN_MAX_LENGTH);
  let total = blocks.reduce((sum, block) => sum + block.text.length, 0);
  if (total <= limit) return blocks.map((block) => block.text).join("");
  const budget = limit - NOTE_RESERVE;
  const kept = blocks.map(() => true);
  let droppedDetails = 0;
  let droppedRows = 0;
  for (const kind of ["details", "row"]) {
    for (let i = blocks.length - 1; i >= 0 && total > budget; i -= 1) {
      const block = blocks[i];
      if (block.kind !== kind || !kept[i]) continue;
      kept[i] = false;
      total -= block.text.length;
      if (kind === "details") droppedDetails += 1;
      else droppedRows += 1;
    }
  }
  const liveGroups = new Set(blocks.filter((block, i) => kept[i] && block.kind !== "fixed").map((b) => b.group));
  let text2 = "";
  blocks.forEach((block, i) => {
    if (!kept[i]) return;
    if (block.kind === "fixed" && block.group !== void 0 && !liveGroups.has(block.group)) return;
    text2 += block.text;
  });
  let cut = false;
  if (text2.length > budget) {
    const end = text2.lastIndexOf("\n", budget);
    text2 = text2.slice(0, end > 0 ? end + 1 : budget);
    cut = true;
  }
  return text2 + truncationNote(droppedDetails, droppedRows, cut);
}
function truncationNote(details, rows, cut) {
  const parts = [];
  if (details > 0) parts.push(`${details} collapsed ${details === 1 ? "section" : "sections"}`);
  if (rows > 0) parts.push(`${rows} ${rows === 1 ? "row" : "rows"}`);
  if (cut) parts.push("the end of the report");
  return `
**Shortened to fit GitHub's size limit** (left out: ${parts.join(", ")}). The full report is in the JSON artifact of the run.
`;
}

// packages/core/src/report/markdown-escape.ts
var CELL_MAX_CHARS = 200;
var DEFAULT_LINK_HOSTS = [
  "aka.ms",
  "learn.microsoft.com",
  "docs.microsoft.com",
  "github.com",
  "docs.github.com",
  "docs.docker.com",
  "docs.rancherdesktop.io",
  "podman.io",
  "podman-desktop.io"
];
var ZWSP = "&#8203;";
var URL_PATTERN = /(?:\b[a-z][a-z0-9+.-]{0,31}:\/\/|\bwww\.)[^\s<>|]*/gi;
var TRAILING_URL_PUNCTUATION = /[.,:;!?'")\]}*_~]+$/;
var INLINE_SPECIAL = /[\\`*_[\]~$|<>&#]|@(?=[A-Za-z0-9_-])|\bGH-(?=\d)/gi;
function escapeInlineChunk(text2) {
  return text2.replace(INLINE_SPECIAL, (match, offset, whole) => {
    switch (match) {
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case "&":
        return "&amp;";
      case "@":
        return `@${ZWSP}`;
      case "#":
        return /\d/.test(whole.charAt(offset + 1)) ? `#${ZWSP}` : "\\#";
      default:
        return match.length === 1 ? `\\${match}` : `${match.slice(0, 2)}${ZWSP}-`;
    }
  });
}
function escapeLine(line) {
  let out = "";
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING_URL_PUNCTUATION, "");
    if (url.length === 0) continue;
    out += escapeInlineChunk(line.slice(last, match.index)) + codeSpan(url, { maxLength: Number.POSITIVE_INFINITY });
    last = match.index + url.length;
  }
  out += escapeInlineChunk(line.slice(last));
  return out.replace(/^[-+=]/, "\\$&").replace(/^(\d{1,9})([.)])/, "$1\\$2");
}
function escapeMarkdownText(value, options = {}) {
  return escapeLine(cleanLine(value, options.maxLength ?? CELL_MAX_CHARS));
}
function escapeMarkdownLines(value, options = {}) {
  const text2 = cleanLines(value, options.maxLength ?? 2e3);
  const lines = text2.split("\n").map((line) => line.trim()).filter((line) => line.length > 0).map(escapeLine);
  return lines.join(`\\
${options.indent ?? ""}`);
}
function codeSpan(value, options = {}) {
  const text2 = cleanLine(value, options.maxLength ?? CELL_MAX_CHARS);
  if (text2.length === 0) return "";
  if (/[<>]/.test(text2)) return escapeLine(text2);
  const longestRun = Math.max(0, ...Array.from(text2.matchAll(/`+/g), (m) => m[0].length));
  const fence = "`".repeat(longestRun + 1);
  const pad = text2.startsWith("`") || text2.endsWith("`") || text2.startsWith(" ") && text2.endsWith(" ") ? " " : "";
  const body = options.table ? text2.replace(/\|/g, "\\|") : text2;
  return `${fence}${pad}${body}${pad}${fence}`;
}
function escapeHtmlText(value, options = {}) {
  const text2 = cleanLine(value, options.maxLength ?? CELL_MAX_CHARS);
  return text2.replace(/[&<>"'`]|@(?=[A-Za-z0-9_-])|#(?=\d)|\bGH-(?=\d)|:\/\/|\bwww\./gi, (match) => {
    switch (match) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "'":
        return "&#39;";
      case "`":
        return "&#96;";
      case "@":
      case "#":
        return `${match}${ZWSP}`;
      case "://":
        return `:${ZWSP}//`;
      default:
        return match.length === 4 ? `${match.slice(0, 3)}${ZWSP}.` : `${match.slice(0, 2)}${ZWSP}-`;
    }
  });
}
function allowedLinkTarget(url, hosts = DEFAULT_LINK_HOSTS) {
  if (url.length > 2048 || /[\s<>]/.test(url)) return null;
  let parsed2;
  try {
    parsed2 = new URL(url);
  } catch {
    return null;
  }
  if (parsed2.protocol !== "https:" || parsed2.username || parsed2.password || parsed2.port) return null;
  const host = parsed2.hostname.toLowerCase();
  if (!hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))) return null;
  return parsed2.href.replace(/[()|'"`\\[\]*_]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}
function markdownLink(url, label, options = {}) {
  const target = allowedLinkTarget(url, options.hosts);
  if (target === null) return codeSpan(url, { table: options.table ?? false });
  return `[${escapeLabel(label)}](${target})`;
}
function escapeLabel(label) {
  return escapeInlineChunk(cleanLine(label, 80)).replace(/^[-+=]/, "\\$&");
}
function tableRow(cells) {
  return `| ${cells.map((cell) => cell.length === 0 ? " " : cell).join(" | ")} |`;
}
function tableHeader(headers) {
  return `${tableRow(headers)}
|${headers.map(() => " --- ").join("|")}|`;
}

// packages/core/src/report/render-json.ts
function renderJson(report) {
  const result = validateReport(report);
  if (!result.ok) throw new ReportValidationError(result.errors);
  const ordered = {
    ...result.report,
    checks: result.report.checks.map(
      (check) => check.evidence === void 0 ? check : { ...check, evidence: sortKeys(check.evidence) }
    )
  };
  return `${JSON.stringify(ordered, null, 2)}
`;
}
function sortKeys(record2) {
  return Object.fromEntries(Object.entries(record2).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}

// packages/core/src/report/facts.ts
var code = (value) => ({ kind: "code", value });
var text = (value) => ({ kind: "text", value });
function defaultDistro(report) {
  return report.distros.find((distro) => distro.default) ?? report.distros.find((distro) => distro.name === report.wsl?.defaultDistribution);
}
function reportFacts(report) {
  const facts = [];
  const { host, runner, wsl, docker } = report;
  const hostValue = [code(host.os), text(" "), code(host.arch)];
  if (host.windowsBuild) hostValue.push(text(", build "), code(host.windowsBuild));
  if (host.windowsEdition) hostValue.push(text(`, ${host.windowsEdition}`));
  if (host.isWsl) hostValue.push(text(", inside WSL"));
  facts.push({ key: "host", label: "Host", value: hostValue });
  if (runner) {
    const value = [code(runner.name)];
    if (runner.imageOs) {
      value.push(text(", image "), code(runner.imageOs));
      if (runner.imageVersion) value.push(text(" "), code(runner.imageVersion));
    }
    value.push(text(", "), ...runner.environment ? [text(`${runner.environment} `)] : [], code(runner.arch));
    facts.push({ key: "runner", label: "Runner", value });
  }
  let wslValue;
  if (!wsl) wslValue = [text("not checked")];
  else if (!wsl.installed) wslValue = [text("not installed")];
  else {
    wslValue = [wsl.version ? code(wsl.version) : text("installed, version unknown")];
    if (wsl.kind) wslValue.push(text(wsl.kind === "store" ? " (Store)" : " (inbox)"));
    if (wsl.wslgVersion) wslValue.push(text(", WSLg "), code(wsl.wslgVersion));
  }
  facts.push({ key: "wsl", label: "WSL", value: wslValue });
  facts.push({
    key: "kernel",
    label: "Kernel",
    value: [wsl?.kernelVersion ? code(wsl.kernelVersion) : text("unknown")]
  });
  const distro = defaultDistro(report);
  const distroName = distro?.name ?? wsl?.defaultDistribution ?? null;
  const distroVersion = distro?.version ?? wsl?.defaultVersion ?? null;
  const distroValue = distroName ? [code(distroName)] : [text("none")];
  const details = [distroVersion ? `WSL ${distroVersion}` : null, distro?.state ?? null].filter(Boolean);
  if (distroName && details.length > 0) distroValue.push(text(` (${details.join(", ")})`));
  if (distro?.osRelease?.prettyName) distroValue.push(text(`, ${distro.osRelease.prettyName}`));
  facts.push({ key: "default-distro", label: "Default distro", value: distroValue });
  let dockerValue;
  if (!docker) dockerValue = [text("not checked")];
  else {
    dockerValue = [code(docker.backend)];
    if (docker.serverVersion) {
      dockerValue.push(text(", engine "), code(docker.serverVersion));
      if (docker.engineOs) dockerValue.push(text(` (${docker.engineOs})`));
    }
    if (docker.desktopVersion) dockerValue.push(text(", Docker Desktop "), code(docker.desktopVersion));
    if (docker.context) dockerValue.push(text(", context "), code(docker.context));
  }
  facts.push({ key: "docker", label: "Docker backend", value: dockerValue });
  const linux = docker?.linuxContainers ?? null;
  facts.push({
    key: "linux-containers",
    label: "Linux containers",
    value: [text(linux === null ? "unknown" : linux ? "yes" : "no")],
    tone: linux === null ? "unknown" : linux ? "good" : "bad"
  });
  return facts;
}
function countsText(summary2) {
  const { counts } = summary2;
  const parts = [];
  if (counts.fail > 0) parts.push(`${counts.fail} failed`);
  if (counts.error > 0) parts.push(`${counts.error} ${counts.error === 1 ? "error" : "errors"}`);
  if (counts.warn > 0) parts.push(`${counts.warn} ${counts.warn === 1 ? "warning" : "warnings"}`);
  if (counts.pass > 0) parts.push(`${counts.pass} passed`);
  if (counts.skip > 0) parts.push(`${counts.skip} skipped`);
  return parts.length > 0 ? parts.join(", ") : "no checks ran";
}
var VERDICT_WORDS = {
  ready: "Ready",
  degraded: "Degraded",
  "not-ready": "Not ready"
};
var SEVERITY = { error: 0, fail: 1, warn: 2, pass: 3, skip: 4 };
function severity(status) {
  return SEVERITY[status] ?? 5;
}
var AREA_NAMES = {
  host: "Host",
  windows: "Windows",
  runner: "Runner",
  virtualization: "Virtualization",
  wsl: "WSL",
  distro: "Distributions",
  distros: "Distributions",
  config: "Configuration",
  network: "Network",
  docker: "Docker",
  io: "I/O"
};
function areaName(area) {
  return Object.hasOwn(AREA_NAMES, area) ? AREA_NAMES[area] : area;
}
function groupByArea(checks) {
  const groups = /* @__PURE__ */ new Map();
  for (const check of checks) {
    const group2 = groups.get(check.area);
    if (group2) group2.push(check);
    else groups.set(check.area, [check]);
  }
  return Array.from(groups, ([area, grouped]) => ({ area, checks: grouped }));
}
function worstStatus(checks) {
  let worst = "skip";
  for (const check of checks) if (severity(check.status) < severity(worst)) worst = check.status;
  return worst;
}

// packages/core/src/report/markdown-parts.ts
var STATUS_EMOJI = {
  pass: "✅",
  warn: "⚠️",
  fail: "❌",
  error: "❗",
  skip: "➖"
};
var VERDICT_EMOJI = {
  ready: "✅",
  degraded: "⚠️",
  "not-ready": "❌"
};
var TONE_EMOJI = { good: "✅", bad: "❌", unknown: "➖" };
function statusEmoji(status) {
  return STATUS_EMOJI[status] ?? "❔";
}
function verdictEmoji(status) {
  return VERDICT_EMOJI[status] ?? "❔";
}
function segmentsMarkdown(segments, table) {
  const out = segments.map(
    (segment) => segment.kind === "code" ? codeSpan(segment.value, { table }) : (
      // Prose segments keep their own spacing; escaping trims, so put the edges back.
      keepEdges(segment.value, escapeMarkdownText(segment.value))
    )
  );
  return out.join("");
}
function keepEdges(raw, escaped) {
  const lead = /^\s/.test(raw) ? " " : "";
  const trail = /\s$/.test(raw) && escaped.length > 0 ? " " : "";
  return `${lead}${escaped}${trail}`;
}
function factsTable(facts) {
  const rows = facts.map((fact) => {
    const value = segmentsMarkdown(fact.value, true);
    return tableRow([fact.label, fact.tone ? `${TONE_EMOJI[fact.tone]} ${value}` : value]);
  });
  return `${tableHeader(["Fact", "Value"])}
${rows.join("\n")}
`;
}
function reportFactsTable(report) {
  return factsTable(reportFacts(report));
}
function checkBullet(check, links, where) {
  const indent = "  ";
  const lines = [];
  const head = `- ${statusEmoji(check.status)} **${escapeMarkdownText(check.title)}** (${codeSpan(check.id)})` + (where ? ` on ${where}` : "");
  const summary2 = escapeMarkdownLines(check.summary, { maxLength: 1e3, indent });
  lines.push(summary2 ? `${head}: ${summary2}` : head);
  if (check.remediation?.trim()) {
    lines.push(`**Fix:** ${escapeMarkdownLines(check.remediation, { maxLength: 2e3, indent })}`);
  }
  if (check.docsUrl) lines.push(`**Docs:** ${docsLink(check.docsUrl, links)}`);
  const evidence = evidenceText(check);
  if (evidence) lines.push(`**Evidence:** ${evidence}`);
  return `${lines.join(`\\
${indent}`)}
`;
}
function docsLink(url, links, table = false) {
  const label = (() => {
    if (url.length > 2048) return url.slice(0, 60);
    try {
      const parsed2 = new URL(url);
      return `${parsed2.hostname}${parsed2.pathname === "/" ? "" : parsed2.pathname}`;
    } catch {
      return url;
    }
  })();
  return markdownLink(url, clampText(label, 60), { hosts: links.linkHosts, table });
}
var EVIDENCE_SHOWN = 8;
function evidenceText(check) {
  if (!check.evidence) return "";
  const entries = Object.entries(check.evidence);
  if (entries.length === 0) return "";
  const shown = entries.slice(0, EVIDENCE_SHOWN).map(
    ([key, value]) => `${codeSpan(key, { maxLength: 40 })} ${codeSpan(String(value), { maxLength: 120 }) || '""'}`
  );
  if (entries.length > EVIDENCE_SHOWN) shown.push(`and ${entries.length - EVIDENCE_SHOWN} more`);
  return shown.join(", ");
}
function problemChecks(checks) {
  return {
    failures: checks.filter((check) => check.status === "fail" || check.status === "error"),
    warnings: checks.filter((check) => check.status === "warn")
  };
}
function checkTableRow(check, links, withArea) {
  const title = `${escapeMarkdownText(check.title, { maxLength: 120 })} ${codeSpan(check.id, { table: true, maxLength: 80 })}`;
  const result = escapeMarkdownText(check.summary);
  const docs = check.docsUrl ? ` ${docsLink(check.docsUrl, links, true)}` : "";
  const cells = [statusEmoji(check.status)];
  if (withArea) cells.push(escapeMarkdownText(areaName(check.area), { maxLength: 60 }));
  cells.push(title, `${result}${docs}`, durationText(check.durationMs));
  return tableRow(cells);
}
function checkTableHeader(withArea) {
  return tableHeader(withArea ? ["", "Area", "Check", "Result", "Time"] : ["", "Check", "Result", "Time"]);
}
function durationText(ms) {
  return Number.isFinite(ms) && ms >= 0 ? formatDuration(ms) : "?";
}
function detailsBlock(summary2, body) {
  return `<details><summary>${summary2}</summary>

${body.trimEnd()}

</details>

`;
}
function areaDetailsBlocks(checks, links) {
  const ordered = groupByArea(checks).map((group2, index) => ({ ...group2, index, worst: worstStatus(group2.checks) }));
  ordered.sort((a, b) => severity(a.worst) - severity(b.worst) || a.index - b.index);
  return ordered.map(({ area, checks: list, worst }) => {
    const label = escapeHtmlText(areaName(area), { maxLength: 60 });
    const summary2 = `${statusEmoji(worst)} ${label}: ${countsText(summarize(list))}`;
    const body = `${checkTableHeader(false)}
${list.map((check) => checkTableRow(check, links, false)).join("\n")}
`;
    return { kind: "details", text: detailsBlock(summary2, body) };
  });
}
function heading(level, textValue) {
  const hashes = "#".repeat(Math.min(Math.max(Math.trunc(level), 1), 6));
  return `${hashes} ${textValue}

`;
}
function timestampCode(value) {
  return codeSpan(value, { maxLength: 40 });
}

// packages/core/src/report/render-markdown.ts
var PHASE_LABELS = {
  ok: "✅ ok",
  cached: "♻️ cached",
  skipped: "➖ skipped",
  failed: "❌ failed",
  "timed-out": "⏱️ timed out"
};
function renderMarkdown(report, options = {}) {
  const level = Math.min(Math.max(Math.trunc(options.headingLevel ?? 2), 1), 5);
  const links = options.linkHosts ? { linkHosts: options.linkHosts } : {};
  const blocks = [];
  const fixed = (text2, group2) => blocks.push(group2 ? { kind: "fixed", text: text2, group: group2 } : { kind: "fixed", text: text2 });
  const title = escapeMarkdownText(options.title ?? "WSL readiness", { maxLength: 100 });
  const verdict = report.summary.status;
  fixed(heading(level, `${verdictEmoji(verdict)} ${title}: ${VERDICT_WORDS[verdict] ?? verdict}`));
  const counts = countsText(report.summary);
  fixed(`${counts.charAt(0).toUpperCase()}${counts.slice(1)}. ${provenance(report, options)}

`);
  fixed(`${reportFactsTable(report)}
`);
  const { failures, warnings } = problemChecks(report.checks);
  pushList(
    blocks,
    level + 1,
    "Failures",
    "failures",
    failures.map((check) => checkBullet(check, links))
  );
  pushList(
    blocks,
    level + 1,
    "Warnings",
    "warnings",
    warnings.map((check) => checkBullet(check, links))
  );
  if (report.checks.length === 0) fixed("No checks ran.\n\n");
  else {
    fixed(heading(level + 1, "Checks"), "checks");
    for (const block of areaDetailsBlocks(report.checks, links)) blocks.push({ ...block, group: "checks" });
  }
  if (report.phases && report.phases.length > 0) {
    fixed(`${heading(level + 1, "Timing")}${tableHeader(["Phase", "Status", "Duration"])}
`, "phases");
    let total = 0;
    for (const phase of report.phases) {
      total += Number.isFinite(phase.durationMs) ? phase.durationMs : 0;
      blocks.push({
        kind: "row",
        group: "phases",
        text: `${tableRow([escapeMarkdownText(phase.name, { maxLength: 100 }), PHASE_LABELS[phase.status] ?? "?", durationText(phase.durationMs)])}
`
      });
    }
    fixed(`${tableRow(["**Total**", "", formatDuration(total)])}

`, "phases");
  }
  const notes = (report.warnings ?? []).map(
    (warning2) => `- ${escapeMarkdownLines(warning2, { maxLength: 1e3, indent: "  " })}
`
  );
  pushList(blocks, level + 1, "Notes", "notes", notes);
  return fitMarkdown(blocks, Math.min(options.maxLength ?? MARKDOWN_MAX_LENGTH, MARKDOWN_MAX_LENGTH));
}
function pushList(blocks, level, title, group2, items) {
  if (items.length === 0) return;
  blocks.push({ kind: "fixed", group: group2, text: heading(level, title) });
  for (const item of items) blocks.push({ kind: "row", group: group2, text: item });
  blocks.push({ kind: "fixed", group: group2, text: "\n" });
}
function provenance(report, options) {
  const parts = [
    `Reported by ${codeSpan(report.tool.name, { maxLength: 60 })} ${codeSpan(report.tool.version, { maxLength: 60 })}`,
    `(${report.source.kind === "action" ? "action" : "CLI"} ${codeSpan(report.source.name, { maxLength: 60 })})`,
    `at ${timestampCode(report.generatedAt)}`
  ];
  let text2 = `${parts.join(" ")}.`;
  if (report.run) {
    text2 += ` Run ${codeSpan(String(report.run.runId))} attempt ${codeSpan(String(report.run.runAttempt))} of ${codeSpan(report.run.repository, { maxLength: 100 })} at ${codeSpan(report.run.sha.slice(0, 12))}`;
    if (report.run.matrixKey) text2 += `, ${escapeMarkdownText(report.run.matrixKey, { maxLength: 100 })}`;
    text2 += ".";
  }
  if (options.runUrl) text2 += ` ${markdownLink(options.runUrl, "View the run", { hosts: options.linkHosts })}`;
  return text2;
}

// packages/core/src/text/edit-distance.ts
function editDistance(a, b, options = {}) {
  const { swaps = true, limit = Number.POSITIVE_INFINITY } = options;
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  if (scratch.length < 3 * width) scratch = new Uint32Array(Math.max(3 * width, 2 * scratch.length));
  let prevPrev = scratch.subarray(0, width);
  let prev = scratch.subarray(width, 2 * width);
  let row = scratch.subarray(2 * width, 3 * width);
  for (let j = 0; j < width; j++) prev[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, prevPrev[j - 2] + 1);
      }
      row[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit && prevMin > limit) return limit + 1;
    prevMin = rowMin;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  const distance = prev[b.length];
  return distance > limit ? limit + 1 : distance;
}
var scratch = new Uint32Array(3 * 32);

// packages/core/src/runner/executable-name.ts
function executableBaseName(file) {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.toLowerCase().replace(/\.exe$/, "");
}
function isWslExecutable(file) {
  return executableBaseName(file) === "wsl";
}

// packages/core/src/runner/env.ts
function mergeEnv(base, overrides, platform2 = process.platform) {
  const merged = {};
  for (const [name, value] of Object.entries(base)) if (value !== void 0) merged[name] = value;
  if (!overrides) return merged;
  const caseInsensitive = platform2 === "win32";
  for (const [name, value] of Object.entries(overrides)) {
    if (caseInsensitive) {
      const lower = name.toLowerCase();
      for (const existing of Object.keys(merged)) if (existing.toLowerCase() === lower) delete merged[existing];
    }
    if (value === void 0) delete merged[name];
    else merged[name] = value;
  }
  return merged;
}
function findName(env, name, platform2) {
  if (platform2 !== "win32") return Object.hasOwn(env, name) ? name : void 0;
  const lower = name.toLowerCase();
  return Object.keys(env).find((key) => key.toLowerCase() === lower);
}
function withWslDefaults(file, env, callerEnv, platform2 = process.platform) {
  if (!isWslExecutable(file)) return env;
  if (callerEnv && findName(callerEnv, "WSL_UTF8", platform2) !== void 0) return env;
  const result = { ...env };
  const existing = findName(result, "WSL_UTF8", platform2);
  if (existing !== void 0) delete result[existing];
  result.WSL_UTF8 = "1";
  const insideWsl = platform2 !== "win32" && Boolean(env.WSL_DISTRO_NAME || env.WSL_INTEROP);
  if (insideWsl) result.WSLENV = mergeWslenv(result.WSLENV, ["WSL_UTF8"]);
  return result;
}

// packages/core/src/runner/errors.ts
var CommandAbortedError = class extends WslReadyError {
  argv;
  constructor(argv, cause) {
    super(
      "command-aborted",
      `\`${formatArgv(argv)}\` was cancelled before it finished, and its processes were stopped.`,
      {
        cause
      }
    );
    this.argv = argv;
  }
};

// packages/core/src/runner/exit-code.ts
import { constants as constants3 } from "node:os";
var WSL_FAILURE_EXIT_CODE = -1;
var WSL_FAILURE_SPELLINGS = /* @__PURE__ */ new Set([-1, 4294967295, 255]);
function normalizeExitCode(file, rawExitCode, signal) {
  if (rawExitCode === null) {
    const number3 = signal ? constants3.signals[signal] : void 0;
    return number3 === void 0 ? WSL_FAILURE_EXIT_CODE : 128 + number3;
  }
  if (isWslExecutable(file) && WSL_FAILURE_SPELLINGS.has(rawExitCode)) return WSL_FAILURE_EXIT_CODE;
  return rawExitCode;
}

// packages/core/src/runner/kill-tree.ts
import { spawn as spawn2 } from "node:child_process";
import path9 from "node:path";
function killProcessTree(pid, signal, platform2 = process.platform, env = process.env) {
  if (platform2 === "win32") {
    const systemRoot = env.SystemRoot ?? env.SYSTEMROOT ?? "C:\\Windows";
    const taskkill = path9.win32.join(systemRoot, "System32", "taskkill.exe");
    try {
      const killer = spawn2(taskkill, ["/T", "/F", "/PID", String(pid)], { stdio: "ignore", windowsHide: true });
      killer.on("error", () => killSingle(pid, signal));
    } catch {
      killSingle(pid, signal);
    }
    return;
  }
  try {
    process.kill(-pid, signal);
  } catch {
    killSingle(pid, signal);
  }
}
function killSingle(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
  }
}

// packages/core/src/runner/node-runner.ts
import { spawn as spawn3 } from "node:child_process";
import { existsSync as existsSync2 } from "node:fs";
import { performance as performance2 } from "node:perf_hooks";

// packages/core/src/runner/streaming.ts
function validateStdio(options) {
  const { stdio } = options;
  if (stdio !== void 0 && stdio !== "pipe" && stdio !== "inherit") {
    throw new InputError("stdio", `stdio must be 'pipe' or 'inherit', not ${JSON.stringify(stdio)}.`);
  }
  if (stdio === "inherit" && (options.onStdout || options.onStderr)) {
    throw new InputError(
      "stdio",
      "onStdout/onStderr need stdio: 'pipe' (with 'inherit' the output never passes through this process)."
    );
  }
}

// packages/core/src/runner/node-runner.ts
var DEFAULT_TIMEOUT_MS2 = 6e4;
var DEFAULT_MAX_OUTPUT_BYTES = 16 * 1024 * 1024;
var MAX_TIMER_MS = 2 ** 31 - 1;
var FORWARDED_SIGNALS = ["SIGINT", "SIGTERM"];
var NodeCommandRunner = class {
  defaultTimeoutMs;
  maxOutputBytes;
  killGraceMs;
  exitDrainMs;
  baseEnv;
  constructor(options = {}) {
    this.defaultTimeoutMs = positive(options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS2, "defaultTimeoutMs");
    this.maxOutputBytes = positive(options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES, "maxOutputBytes");
    this.killGraceMs = positive(options.killGraceMs ?? 2e3, "killGraceMs");
    this.exitDrainMs = positive(options.exitDrainMs ?? 1e3, "exitDrainMs");
    this.baseEnv = options.env ?? process.env;
  }
  async run(file, args, options = {}) {
    const argv = [file, ...args];
    const timeoutMs = positive(options.timeoutMs ?? this.defaultTimeoutMs, "timeoutMs");
    const maxOutputBytes = positive(options.maxOutputBytes ?? this.maxOutputBytes, "maxOutputBytes");
    validateStdio(options);
    const inherit = options.stdio === "inherit";
    if (options.signal?.aborted) throw new CommandAbortedError(argv, options.signal.reason);
    const env = withWslDefaults(file, mergeEnv(this.baseEnv, options.env), options.env);
    const windows = process.platform === "win32";
    const output = inherit ? "inherit" : "pipe";
    return new Promise((resolve2, reject) => {
      const started = performance2.now();
      let child3;
      try {
        child3 = spawn3(file, [...args], {
          cwd: options.cwd,
          env,
          stdio: [options.input === void 0 ? "ignore" : "pipe", output, output],
          // POSIX: the child leads a new process group, so a timeout can stop its grandchildren too.
          detached: !windows,
          windowsHide: true,
          shell: false
        });
      } catch (error3) {
        reject(spawnError(error3, file, argv, options.cwd));
        return;
      }
      const stdout = [];
      const stderr = [];
      let collected = 0;
      let truncated = false;
      let stopReason;
      let callbackError;
      let rawExitCode = null;
      let exitSignal = null;
      let exited = false;
      let settled = false;
      const timers = [];
      let escalate;
      const finish2 = (failure2) => {
        if (settled) return;
        settled = true;
        for (const timer of timers) clearTimeout(timer);
        if (escalate && (windows || !groupAlive(child3.pid))) clearTimeout(escalate);
        options.signal?.removeEventListener("abort", onAbort);
        for (const [signal, handler] of forwarders) process.off(signal, handler);
        child3.stdout?.destroy();
        child3.stderr?.destroy();
        child3.stdin?.destroy();
        if (failure2) return reject(failure2);
        if (stopReason === "callback") return reject(callbackError);
        if (stopReason === "timeout") return reject(new CommandTimeoutError(argv, timeoutMs));
        if (stopReason === "abort") return reject(new CommandAbortedError(argv, options.signal?.reason));
        const result = {
          exitCode: normalizeExitCode(file, rawExitCode, exitSignal),
          rawExitCode,
          stdout: Buffer.concat(stdout),
          stderr: Buffer.concat(stderr),
          durationMs: Math.round(performance2.now() - started)
        };
        if (truncated) result.truncated = true;
        resolve2(result);
      };
      const stop = (reason) => {
        if (stopReason || settled) return;
        stopReason = reason;
        const pid = child3.pid;
        if (pid === void 0) return finish2();
        killProcessTree(pid, "SIGTERM");
        escalate = setTimeout(() => killProcessTree(pid, "SIGKILL"), this.killGraceMs);
        timers.push(setTimeout(() => finish2(), this.killGraceMs + 1e3));
      };
      const onAbort = () => stop("abort");
      options.signal?.addEventListener("abort", onAbort, { once: true });
      timers.push(setTimeout(() => stop("timeout"), Math.min(timeoutMs, MAX_TIMER_MS)));
      const forwarders = [];
      if (inherit && !windows) {
        for (const signal of FORWARDED_SIGNALS) {
          const handler = () => {
            if (child3.pid !== void 0 && !exited) killProcessTree(child3.pid, signal);
          };
          forwarders.push([signal, handler]);
          process.on(signal, handler);
        }
      }
      const streamed = Boolean(options.onStdout || options.onStderr);
      const collect = (sink, listener) => (chunk) => {
        if (settled) return;
        if (listener) {
          try {
            listener(chunk);
          } catch (error3) {
            callbackError = error3;
            stop("callback");
            return;
          }
        }
        if (truncated) return;
        const room = maxOutputBytes - collected;
        if (chunk.length > room) {
          if (room > 0) sink.push(chunk.subarray(0, room));
          collected = maxOutputBytes;
          truncated = true;
          if (!streamed) stop("cap");
          return;
        }
        sink.push(chunk);
        collected += chunk.length;
      };
      child3.stdout?.on("data", collect(stdout, options.onStdout));
      child3.stderr?.on("data", collect(stderr, options.onStderr));
      if (child3.stdin) {
        child3.stdin.on("error", () => {
        });
        child3.stdin.end(options.input);
      }
      child3.on("error", (error3) => {
        if (child3.pid === void 0 && !exited) finish2(spawnError(error3, file, argv, options.cwd));
      });
      child3.on("exit", (code2, signal) => {
        exited = true;
        rawExitCode = code2;
        exitSignal = signal;
        if (!stopReason) timers.push(setTimeout(() => finish2(), this.exitDrainMs));
      });
      child3.on("close", (code2, signal) => {
        if (!exited) {
          rawExitCode = code2;
          exitSignal = signal;
          exited = true;
        }
        finish2();
      });
    });
  }
};
function groupAlive(pid) {
  if (pid === void 0) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
function positive(value, name) {
  if (!Number.isFinite(value) || value <= 0) {
    throw new InputError(name, `${name} must be a positive number of ${name.endsWith("Bytes") ? "bytes" : "ms"}.`);
  }
  return value;
}
function spawnError(error3, file, argv, cwd) {
  const code2 = error3?.code;
  if ((code2 === "ENOENT" || code2 === "ENOTDIR") && cwd !== void 0 && !existsSync2(cwd)) {
    return new InputError(
      "cwd",
      `The working directory ${JSON.stringify(cwd)} does not exist; create it or pass another.`
    );
  }
  if (code2 === "ENOENT" || code2 === "EACCES" || code2 === "ENOTDIR" || code2 === "EPERM") {
    return new CommandNotFoundError(file, error3);
  }
  if (code2 === "ERR_INVALID_ARG_VALUE" || code2 === "ERR_INVALID_ARG_TYPE") {
    return new InputError(
      "argv",
      `\`${formatArgv(argv)}\` cannot be run: an argument or variable holds a NUL byte or is not text.`
    );
  }
  const detail = error3 instanceof Error ? error3.message : String(error3);
  return new WslReadyError("command-start-failed", `Could not start \`${formatArgv(argv)}\`: ${detail}`, {
    cause: error3
  });
}

// packages/core/src/runner/retry.ts
function backoffDelay(attempt, baseDelayMs, maxDelayMs, random) {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + ceiling / 2 * Math.min(Math.max(random(), 0), 1));
}

// packages/core/src/actions/artifact-client.ts
import { createHash as createHash2 } from "node:crypto";
import { readFile, stat as stat2 } from "node:fs/promises";
import { basename as basename3 } from "node:path";

// packages/core/src/actions/artifact-name.ts
import { createHash } from "node:crypto";
var ARTIFACT_NAME_FORBIDDEN = /* @__PURE__ */ new Map([
  ['"', "double quote"],
  [":", "colon"],
  ["<", "less than"],
  [">", "greater than"],
  ["|", "vertical bar"],
  ["*", "asterisk"],
  ["?", "question mark"],
  ["\r", "carriage return"],
  ["\n", "line feed"],
  ["\\", "backslash"],
  ["/", "forward slash"]
]);
var REPORT_ARTIFACT_PREFIX = "wsl-ready-report";
var MAX_PART_LENGTH = 60;
function artifactNameProblem(name) {
  if (!name) return "the artifact name is empty";
  for (const [char, words] of ARTIFACT_NAME_FORBIDDEN) {
    if (name.includes(char)) return `the artifact name "${name}" contains a ${words} (${JSON.stringify(char)})`;
  }
  return void 0;
}
function artifactName(job, suffix) {
  const parts = [REPORT_ARTIFACT_PREFIX, sanitizeArtifactNamePart(job) || "job"];
  if (suffix !== void 0 && suffix !== "") parts.push(sanitizeArtifactNamePart(suffix) || "cell");
  return parts.join("-");
}
function sanitizeArtifactNamePart(part) {
  const cleaned = part.normalize("NFC").replace(/[\u0000-\u001f\u007f":<>|*?\\/\s]+/g, "-").replace(/-{2,}/g, "-").replace(/^[-.]+|[-.]+$/g, "");
  const clamped = cleaned.length > MAX_PART_LENGTH ? cleaned.slice(0, MAX_PART_LENGTH).replace(/[-.]+$/, "") : cleaned;
  if (clamped === part) return clamped;
  const hash = createHash("sha256").update(part).digest("hex").slice(0, 8);
  return clamped ? `${clamped}-${hash}` : hash;
}
function matrixCellSuffix(matrix) {
  if (!matrix) return "";
  return Object.keys(matrix).sort().map((key) => {
    const value = matrix[key];
    return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
  }).join("-");
}

// packages/core/src/actions/errors.ts
var ActionsServiceUnavailableError = class extends WslReadyError {
  service;
  constructor(service, reason) {
    super("actions-service-unavailable", `The GitHub Actions ${service} service is not available: ${reason}`);
    this.service = service;
  }
};
var ActionsServiceError = class extends WslReadyError {
  service;
  method;
  /** HTTP status of the last answer; undefined when the request never got one (network error, timeout). */
  status;
  /** The Twirp error code (`already_exists`, `permission_denied`, …) when the service sent one. */
  twirpCode;
  constructor(service, method, detail, options) {
    super(
      "actions-service-failed",
      `${method} on the GitHub Actions ${service} service failed: ${detail.message}`,
      options
    );
    this.service = service;
    this.method = method;
    this.status = detail.status;
    this.twirpCode = detail.twirpCode;
  }
};
var BlobTransferError = class extends WslReadyError {
  status;
  constructor(message, status, options) {
    super("blob-transfer-failed", message, options);
    this.status = status;
  }
};
var RuntimeTokenError = class extends WslReadyError {
  constructor(reason) {
    super(
      "runtime-token",
      `The job's ACTIONS_RUNTIME_TOKEN cannot be used for artifacts: ${reason}. It is set by the Actions runner; do not override it in the workflow.`
    );
  }
};

// packages/core/src/actions/http.ts
var RETRYABLE_STATUSES = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
var defaultSleep = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms));
function sleepUnlessAborted(sleep, ms, signal) {
  if (!signal) return sleep(ms);
  signal.throwIfAborted();
  return new Promise((resolve2, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    sleep(ms).then(
      () => {
        signal.removeEventListener("abort", onAbort);
        resolve2();
      },
      (error3) => {
        signal.removeEventListener("abort", onAbort);
        reject(error3);
      }
    );
  });
}
async function fetchWithRetry(fetchFn, url, makeInit, options = {}) {
  const attempts = Math.max(1, Math.floor(options.attempts ?? 5));
  const baseDelayMs = options.baseDelayMs ?? 1e3;
  const maxDelayMs = options.maxDelayMs ?? 3e4;
  const timeoutMs = options.timeoutMs ?? 6e4;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const { signal } = options;
  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    let reason;
    let retryAfterMs = 0;
    try {
      const init = makeInit();
      const response = await fetchBeforeDeadline(
        fetchFn,
        url,
        signal ? { ...init, signal: init.signal ? AbortSignal.any([init.signal, signal]) : signal } : init,
        timeoutMs
      );
      if (!RETRYABLE_STATUSES.has(response.status) || attempt >= attempts) return response;
      retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
      if (retryAfterMs > maxDelayMs) return response;
      await response.body?.cancel().catch(() => void 0);
      reason = `HTTP ${response.status}`;
    } catch (error3) {
      signal?.throwIfAborted();
      if (attempt >= attempts) throw error3;
      reason = isTimeout(error3) ? `timeout after ${timeoutMs} ms` : describeNetworkError(error3);
    }
    const delayMs = Math.max(backoffDelay(attempt, baseDelayMs, maxDelayMs, random), retryAfterMs);
    options.onRetry?.({ url: redactUrl(url), attempt, delayMs, reason });
    await sleepUnlessAborted(sleep, delayMs, signal);
  }
}
async function fetchBeforeDeadline(fetchFn, url, init, timeoutMs) {
  const deadline = new AbortController();
  const timer = setTimeout(
    () => deadline.abort(new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError")),
    timeoutMs
  );
  const signal = init.signal ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal;
  try {
    return await fetchFn(url, { ...init, signal });
  } finally {
    clearTimeout(timer);
  }
}
function withRetryLog(retry, debug2, prefix) {
  return {
    ...retry,
    onRetry: (event) => {
      debug2(
        `${prefix}: attempt ${event.attempt} on ${event.url} failed (${event.reason}); retrying in ${event.delayMs} ms`
      );
      retry?.onRetry?.(event);
    }
  };
}
function parseRetryAfter(value, now = Date.now()) {
  if (!value) return 0;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1e3);
  const date3 = Date.parse(value);
  return Number.isNaN(date3) ? 0 : Math.max(0, date3 - now);
}
function redactUrl(url) {
  try {
    const parsed2 = new URL(url);
    return `${parsed2.origin}${parsed2.pathname}${parsed2.search ? "?…" : ""}`;
  } catch {
    return "(unparsable URL)";
  }
}
function isTimeout(error3) {
  return error3 instanceof Error && (error3.name === "TimeoutError" || error3.name === "AbortError");
}
function describeNetworkError(error3) {
  if (!(error3 instanceof Error)) return String(error3);
  const cause = error3.cause;
  const code2 = typeof cause?.code === "string" ? cause.code : void 0;
  const detail = typeof cause?.message === "string" ? cause.message : void 0;
  return [error3.message, code2 && !detail?.includes(code2) ? code2 : void 0, detail].filter(Boolean).join(": ");
}

// packages/core/src/actions/blob.ts
var BLOB_API_VERSION = "2024-11-04";
var DEFAULT_BLOCK_SIZE = 8 * 1024 * 1024;
async function uploadBytesToBlob(url, bytes, options) {
  await putBlob(url, bytes, options);
  return { sizeBytes: bytes.byteLength, blocks: 0 };
}
async function putBlob(url, bytes, options) {
  const headers = {
    "x-ms-version": BLOB_API_VERSION,
    "x-ms-blob-type": "BlockBlob",
    "content-type": "application/octet-stream"
  };
  if (options.contentType) headers["x-ms-blob-content-type"] = options.contentType;
  await blobRequest("upload", url, () => ({ method: "PUT", headers, body: bytes }), options);
}
async function blobRequest(what, url, makeInit, options) {
  let response;
  try {
    response = await fetchWithRetry(options.fetch, url, makeInit, {
      timeoutMs: 3e5,
      ...options.retry,
      ...options.signal ? { signal: options.signal } : {}
    });
  } catch (error3) {
    if (options.signal?.aborted) throw options.signal.reason;
    const reason = isTimeout(error3) ? "timed out" : describeNetworkError(error3);
    throw new BlobTransferError(`Blob ${what} to ${redactUrl(url)} failed: ${reason}`, void 0, { cause: error3 });
  }
  if (response.ok) {
    await response.body?.cancel().catch(() => void 0);
    return;
  }
  throw new BlobTransferError(
    `Blob ${what} to ${redactUrl(url)} failed with HTTP ${response.status}${await storageErrorCode(response)}.`,
    response.status
  );
}
async function storageErrorCode(response) {
  const header = response.headers.get("x-ms-error-code");
  const text2 = await response.text().catch(() => "");
  const code2 = header ?? /<Code>([^<]{1,100})<\/Code>/.exec(text2)?.[1];
  return code2 ? ` (${code2})` : "";
}

// packages/core/src/actions/runtime-token.ts
function backendIdsFromToken(token) {
  const payload = token.split(".")[1];
  if (!payload) throw new RuntimeTokenError("it is not a JWT");
  let claims;
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    throw new RuntimeTokenError("its payload is not JSON");
  }
  const scp = claims?.scp;
  if (typeof scp !== "string" || !scp) throw new RuntimeTokenError("it has no `scp` claim");
  for (const scope of scp.split(" ")) {
    const parts = scope.split(":");
    if (parts[0] !== "Actions.Results") continue;
    const [, run, job] = parts;
    if (parts.length !== 3 || !run || !job) throw new RuntimeTokenError("its Actions.Results scope is malformed");
    return { workflowRunBackendId: run, workflowJobRunBackendId: job };
  }
  throw new RuntimeTokenError("it has no Actions.Results scope");
}

// packages/core/src/actions/service-env.ts
function readServiceEnv(env) {
  const retention = Number.parseInt(env.GITHUB_RETENTION_DAYS ?? "", 10);
  return {
    resultsUrl: nonEmpty(env.ACTIONS_RESULTS_URL),
    runtimeToken: nonEmpty(env.ACTIONS_RUNTIME_TOKEN),
    cacheServiceV2: Boolean(nonEmpty(env.ACTIONS_CACHE_SERVICE_V2)),
    legacyCacheUrl: nonEmpty(env.ACTIONS_CACHE_URL),
    ghes: isGhesServerUrl(env.GITHUB_SERVER_URL),
    cacheMode: (env.ACTIONS_CACHE_MODE ?? "").trim().toLowerCase(),
    maxRetentionDays: Number.isFinite(retention) && retention > 0 ? retention : void 0
  };
}
function isGhesServerUrl(serverUrl) {
  let host;
  try {
    host = new URL(serverUrl || "https://github.com").hostname.trimEnd().toUpperCase();
  } catch {
    return false;
  }
  return !(host === "GITHUB.COM" || host.endsWith(".GHE.COM") || host.endsWith(".LOCALHOST"));
}
function artifactUnavailableReason(service) {
  if (service.ghes) return "this is GitHub Enterprise Server, which has no artifact service v4.";
  if (!service.resultsUrl || !service.runtimeToken) {
    return "ACTIONS_RESULTS_URL or ACTIONS_RUNTIME_TOKEN is not set (not running as a step of a GitHub Actions job).";
  }
  return void 0;
}
function nonEmpty(value) {
  return value?.trim() ? value.trim() : void 0;
}

// packages/core/src/actions/twirp.ts
var CACHE_TWIRP_SERVICE = "github.actions.results.api.v1.CacheService";
var ARTIFACT_TWIRP_SERVICE = "github.actions.results.api.v1.ArtifactService";
function createTwirpClient(options) {
  const twirpService = options.service === "cache" ? CACHE_TWIRP_SERVICE : ARTIFACT_TWIRP_SERVICE;
  return {
    async call(method, request, callOptions = {}) {
      const url = new URL(`/twirp/${twirpService}/${method}`, options.baseUrl).href;
      const body = JSON.stringify(request);
      let response;
      try {
        response = await fetchWithRetry(
          options.fetch,
          url,
          () => ({
            method: "POST",
            headers: {
              authorization: `Bearer ${options.token}`,
              "content-type": "application/json",
              accept: "application/json",
              "user-agent": options.userAgent ?? "wsl-ready"
            },
            body
          }),
          callOptions.signal ? { ...options.retry, signal: callOptions.signal } : options.retry
        );
      } catch (error3) {
        if (callOptions.signal?.aborted) throw callOptions.signal.reason;
        const message = isTimeout(error3) ? "the service did not answer in time" : describeNetworkError(error3);
        throw new ActionsServiceError(options.service, method, { message }, { cause: error3 });
      }
      const text2 = await response.text().catch(() => "");
      const parsed2 = parseJson(text2);
      if (!response.ok) {
        const twirpCode = typeof parsed2?.code === "string" ? parsed2.code : void 0;
        const msg = typeof parsed2?.msg === "string" ? parsed2.msg : text2.slice(0, 300);
        throw new ActionsServiceError(options.service, method, {
          status: response.status,
          twirpCode,
          message: `HTTP ${response.status}${twirpCode ? ` ${twirpCode}` : ""}${msg ? `: ${msg.slice(0, 500)}` : ""}`
        });
      }
      if (!parsed2) {
        throw new ActionsServiceError(options.service, method, {
          status: response.status,
          message: "the answer is not a JSON object"
        });
      }
      return parsed2;
    }
  };
}
function twirpField(message, protoName) {
  if (protoName in message) return message[protoName];
  return message[protoName.replace(/_([a-z])/g, (_, c) => c.toUpperCase())];
}
function twirpString(message, protoName) {
  const value = twirpField(message, protoName);
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : void 0;
}
function twirpBool(message, protoName) {
  return twirpField(message, protoName) === true;
}
function parseJson(text2) {
  try {
    const value = JSON.parse(text2);
    return value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}

// packages/core/src/actions/zip.ts
import { crc32, deflateRawSync } from "node:zlib";
var ZIP_MAX_ENTRY_BYTES = 4294967294;
function createZip(entries, options = {}) {
  const level = options.level ?? 6;
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    if (entry.data.byteLength > ZIP_MAX_ENTRY_BYTES) throw new RangeError(`${entry.name} is too large for a ZIP entry`);
    const name = Buffer.from(entry.name.replace(/\\/g, "/").replace(/^\/+/, ""), "utf8");
    const stored = level === 0;
    const body = stored ? Buffer.from(entry.data) : deflateRawSync(entry.data, { level });
    const checksum = crc32(entry.data);
    const { time: time3, date: date3 } = dosDateTime(entry.modified ?? /* @__PURE__ */ new Date());
    const flags = 2048;
    const method = stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(67324752, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time3, 10);
    local.writeUInt16LE(date3, 12);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.byteLength, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(33639248, 0);
    central.writeUInt16LE(788, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(time3, 12);
    central.writeUInt16LE(date3, 14);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.byteLength, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(33188 << 16 >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(101010256, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
function dosDateTime(when) {
  const year = Math.min(Math.max(when.getFullYear(), 1980), 2107);
  return {
    time: when.getHours() << 11 | when.getMinutes() << 5 | Math.floor(when.getSeconds() / 2),
    date: year - 1980 << 9 | when.getMonth() + 1 << 5 | when.getDate()
  };
}

// packages/core/src/actions/artifact-client.ts
var ARTIFACT_VERSION = 7;
var MAX_IN_MEMORY_ARTIFACT_BYTES = 64 * 1024 * 1024;
function createArtifactClient(options) {
  const service = readServiceEnv(options.env);
  const unavailableReason = artifactUnavailableReason(service);
  const fetchFn = options.fetch ?? globalThis.fetch;
  const debug2 = options.debug ?? (() => {
  });
  const retry = withRetryLog(options.retry, debug2, "artifact");
  let twirp;
  return {
    unavailableReason,
    async uploadFile(name, source, uploadOptions = {}) {
      if (unavailableReason) throw new ActionsServiceUnavailableError("artifact", unavailableReason);
      const problem = artifactNameProblem(name);
      if (problem) throw new ActionsServiceError("artifact", "CreateArtifact", { message: `${problem}.` });
      const ids = backendIdsFromToken(service.runtimeToken);
      const entry = await readSource(source);
      const zip = createZip([{ name: entry.fileName, data: entry.bytes, modified: entry.modified }], {
        level: uploadOptions.compressionLevel
      });
      const digest = createHash2("sha256").update(zip).digest("hex");
      twirp ??= createTwirpClient({
        service: "artifact",
        baseUrl: new URL(service.resultsUrl).origin,
        token: service.runtimeToken,
        fetch: fetchFn,
        retry
      });
      const retentionDays = capRetention(uploadOptions.retentionDays, service.maxRetentionDays);
      const create = {
        workflow_run_backend_id: ids.workflowRunBackendId,
        workflow_job_run_backend_id: ids.workflowJobRunBackendId,
        name,
        mime_type: "application/zip",
        version: ARTIFACT_VERSION
      };
      if (retentionDays) {
        const expires = options.now?.() ?? /* @__PURE__ */ new Date();
        expires.setDate(expires.getDate() + retentionDays);
        create.expires_at = expires.toISOString();
      }
      const created = await twirp.call("CreateArtifact", create);
      const uploadUrl = twirpString(created, "signed_upload_url");
      if (!twirpBool(created, "ok") || !uploadUrl) {
        throw new ActionsServiceError("artifact", "CreateArtifact", {
          message: "the service did not accept the artifact"
        });
      }
      debug2(`artifact: uploading ${name} (${zip.length} bytes zipped)`);
      await uploadBytesToBlob(uploadUrl, zip, { fetch: fetchFn, retry, contentType: "application/zip" });
      const finalized = await twirp.call("FinalizeArtifact", {
        workflow_run_backend_id: ids.workflowRunBackendId,
        workflow_job_run_backend_id: ids.workflowJobRunBackendId,
        name,
        size: String(zip.length),
        hash: `sha256:${digest}`
      });
      const id = Number(twirpString(finalized, "artifact_id"));
      if (!twirpBool(finalized, "ok") || !Number.isSafeInteger(id)) {
        throw new ActionsServiceError("artifact", "FinalizeArtifact", {
          message: "the service did not finalize the artifact"
        });
      }
      return { id, name, sizeBytes: zip.length, digest: `sha256:${digest}`, retentionDays };
    }
  };
}
async function readSource(source) {
  if (typeof source !== "string") {
    if (source.bytes.byteLength > MAX_IN_MEMORY_ARTIFACT_BYTES)
      throw tooLarge(source.fileName, source.bytes.byteLength);
    return { fileName: source.fileName, bytes: source.bytes, modified: /* @__PURE__ */ new Date() };
  }
  const info2 = await stat2(source);
  if (info2.size > MAX_IN_MEMORY_ARTIFACT_BYTES) throw tooLarge(source, info2.size);
  return { fileName: basename3(source), bytes: await readFile(source), modified: info2.mtime };
}
function tooLarge(what, size) {
  return new ActionsServiceError("artifact", "CreateArtifact", {
    message: `${what} is ${size} bytes; this client uploads files up to ${MAX_IN_MEMORY_ARTIFACT_BYTES} bytes. Use actions/upload-artifact for big files.`
  });
}
function capRetention(days, max) {
  if (days === void 0 || !Number.isFinite(days) || days <= 0) return void 0;
  const whole = Math.max(1, Math.floor(days));
  return max !== void 0 ? Math.min(whole, max) : whole;
}

// packages/core/src/actions/inputs.ts
var TRUE_WORDS = ["true", "yes", "1"];
var FALSE_WORDS = ["false", "no", "0"];
function parseBooleanInput(name, raw, fallback) {
  const value = (raw ?? "").trim().toLowerCase();
  if (value === "" && fallback !== void 0) return fallback;
  if (TRUE_WORDS.includes(value)) return true;
  if (FALSE_WORDS.includes(value)) return false;
  throw new InputError(
    name,
    `Input \`${name}\` must be one of true, false, yes, no, 1 or 0 (any case), not ${describe2(raw)}. Fix the \`with:\` block of the step.`
  );
}
function parseListInput(raw) {
  const items = (raw ?? "").split(/[\r\n,]+/).map((item) => item.trim()).filter(Boolean);
  return [...new Set(items)];
}
function parseIntegerInput(name, raw, options = {}) {
  const value = (raw ?? "").trim();
  const { min, max, fallback } = options;
  if (value === "" && fallback !== void 0) return fallback;
  const range = min !== void 0 && max !== void 0 ? ` from ${min} to ${max}` : min !== void 0 ? ` of at least ${min}` : max !== void 0 ? ` of at most ${max}` : "";
  const number3 = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number3) || min !== void 0 && number3 < min || max !== void 0 && number3 > max) {
    throw new InputError(
      name,
      `Input \`${name}\` must be a whole number${range}, not ${describe2(raw)}. Fix the \`with:\` block of the step.`
    );
  }
  return number3;
}
function describe2(raw) {
  if (raw === void 0 || raw.trim() === "") return "empty";
  const shown = raw.length > 60 ? `${raw.slice(0, 60)}…` : raw;
  return `"${shown.replace(/[\r\n]+/g, " ")}"`;
}
var MAX_MATRIX_CHARS = 64 * 1024;
function parseMatrixInput(name, raw) {
  const text2 = (raw ?? "").trim();
  if (text2 === "" || text2 === "null") return null;
  let parsed2;
  try {
    parsed2 = text2.length <= MAX_MATRIX_CHARS ? JSON.parse(text2) : void 0;
  } catch {
    parsed2 = void 0;
  }
  if (typeof parsed2 === "object" && parsed2 !== null && !Array.isArray(parsed2)) return parsed2;
  throw new InputError(
    name,
    `Input \`${name}\` must be the job's matrix as a JSON object, \`${name}: \${{ toJSON(matrix) }}\` (or nothing outside a matrix job), not ${describe2(raw)}. Fix the \`with:\` block of the step.`
  );
}

// packages/core/src/actions/job-summary.ts
import { appendFile as appendFile2, stat as stat3 } from "node:fs/promises";
var STEP_SUMMARY_MAX_BYTES = 1024 * 1024;
var SUMMARY_TRUNCATED_NOTE = "\n\n> [!NOTE]\n> This summary was shortened to fit GitHub's 1 MiB step summary limit; the full report is in the job's artifact.\n";
function fitStepSummary(markdown, maxBytes = STEP_SUMMARY_MAX_BYTES) {
  if (Buffer.byteLength(markdown, "utf8") <= maxBytes) return { text: markdown, truncated: false };
  const budget = maxBytes - Buffer.byteLength(SUMMARY_TRUNCATED_NOTE, "utf8");
  if (budget <= 0) return { text: "", truncated: true };
  const head = Buffer.from(markdown, "utf8").subarray(0, budget).toString("utf8");
  const lastNewline = head.lastIndexOf("\n");
  const cut = lastNewline > 0 ? head.slice(0, lastNewline) : head.replace(/\uFFFD+$/, "");
  return { text: `${cut}${SUMMARY_TRUNCATED_NOTE}`, truncated: true };
}
async function writeJobSummary(markdown, env) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return { written: false, bytes: 0, truncated: false };
  const used = await stat3(file).then(
    (info2) => info2.size,
    () => 0
  );
  const { text: text2, truncated } = fitStepSummary(markdown, STEP_SUMMARY_MAX_BYTES - used);
  if (!text2) return { written: false, bytes: 0, truncated };
  await appendFile2(file, text2, "utf8");
  return { written: true, bytes: Buffer.byteLength(text2, "utf8"), truncated };
}

// packages/core/src/actions/report-artifact.ts
import { mkdir as mkdir2, mkdtemp, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";

// packages/core/src/actions/run-context.ts
var REPOSITORY = /^[A-Za-z0-9-]+\/(?!\.\.?$)[A-Za-z0-9_.-]+$/;
var SHA = /^[0-9a-f]{7,64}$/i;
function readRunFacts(env, matrix = null) {
  const runId = Number(env.GITHUB_RUN_ID);
  const runAttempt = Number(env.GITHUB_RUN_ATTEMPT || "1");
  const repository = env.GITHUB_REPOSITORY ?? "";
  const sha = env.GITHUB_SHA ?? "";
  if (!Number.isSafeInteger(runId) || runId <= 0 || !Number.isSafeInteger(runAttempt) || runAttempt <= 0)
    return void 0;
  if (!REPOSITORY.test(repository) || !SHA.test(sha)) return void 0;
  const run = {
    repository,
    runId,
    runAttempt,
    job: clip(env.GITHUB_JOB) ?? "unknown",
    workflow: clip(env.GITHUB_WORKFLOW) ?? "unknown",
    sha
  };
  const matrixKey = clip(matrixCellSuffix(matrix));
  if (matrixKey) run.matrixKey = matrixKey;
  return run;
}
function actionRunContext(env, matrix = null) {
  const runner = readRunnerFacts(env);
  const run = readRunFacts(env, matrix);
  return { ...runner ? { runner } : {}, ...run ? { run } : {} };
}
function reportArtifactName(env, matrix = null) {
  const step = (env.GITHUB_ACTION ?? "").replace(/^_+/, "");
  const attempt = Number(env.GITHUB_RUN_ATTEMPT);
  const suffix = [
    matrixCellSuffix(matrix),
    step,
    Number.isSafeInteger(attempt) && attempt > 1 ? `attempt${attempt}` : ""
  ].filter((part) => part !== "").join("-");
  return artifactName(env.GITHUB_JOB || "job", suffix);
}
function workflowRunUrl(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  if (!server || !repository || !REPOSITORY.test(repository) || !/^\d+$/.test(runId ?? "")) return void 0;
  return `${server.replace(/\/+$/, "")}/${repository}/actions/runs/${runId}`;
}
function clip(value) {
  return value ? value.slice(0, REPORT_LIMITS.shortText) : void 0;
}

// packages/core/src/actions/report-artifact.ts
var REPORT_FILE_NAME = "wsl-ready-report.json";
async function writeReportArtifact(report, options) {
  const path10 = join3(options.dir, options.fileName ?? REPORT_FILE_NAME);
  await mkdir2(options.dir, { recursive: true });
  await writeFile2(path10, typeof report === "string" ? report : renderJson(report), "utf8");
  const upload = options.upload;
  if (!upload) return { path: path10, artifact: void 0, notUploaded: void 0 };
  if (upload.client.unavailableReason) {
    const why = `The report was not uploaded as an artifact: ${upload.client.unavailableReason}`;
    options.io?.info(why);
    return { path: path10, artifact: void 0, notUploaded: why };
  }
  try {
    const artifact = await upload.client.uploadFile(upload.name, path10, { retentionDays: upload.retentionDays });
    options.io?.info(
      `Uploaded the report as artifact ${artifact.name} (id ${artifact.id}, ${artifact.sizeBytes} bytes).`
    );
    return { path: path10, artifact, notUploaded: void 0 };
  } catch (error3) {
    const hint = upload.nameTakenHint && isNameTaken(error3) ? ` ${upload.nameTakenHint}` : "";
    const why = `The report was not uploaded as an artifact: ${error3 instanceof Error ? error3.message : String(error3)}${hint}`;
    options.io?.warning(why);
    return { path: path10, artifact: void 0, notUploaded: why };
  }
}
function isNameTaken(error3) {
  return error3 instanceof ActionsServiceError && (error3.status === 409 || error3.twirpCode === "already_exists");
}
var STEP_ID_HINT = "Artifact names must be unique in a workflow run: give each wsl-ready step of the job its own `id`.";
var MATRIX_INPUT_HINT = "Artifact names must be unique in a workflow run: in a matrix job, give the step `matrix: ${{ toJSON(matrix) }}` so that each cell's report gets its own name.";
async function publishReportArtifact(report, options) {
  const name = reportArtifactName(options.env, options.matrix);
  const dir = options.env.RUNNER_TEMP ? join3(options.env.RUNNER_TEMP, "wsl-ready", name) : await mkdtemp(join3(tmpdir(), `${name}-`));
  const written = await writeReportArtifact(report, {
    dir,
    ...options.artifacts ? {
      upload: {
        client: options.artifacts,
        name,
        ...options.retentionDays !== void 0 ? { retentionDays: options.retentionDays } : {},
        nameTakenHint: options.matrix ? STEP_ID_HINT : MATRIX_INPUT_HINT
      }
    } : {},
    ...options.io ? { io: options.io } : {}
  });
  return { ...written, name };
}

// packages/core/src/actions/run-action.ts
var POST_STATE = "isPost";
async function runAction(options) {
  const { io } = options;
  const phase = options.post && io.getState(POST_STATE) === "true" ? "post" : "main";
  try {
    if (phase === "post") {
      await options.post();
    } else {
      if (options.post) io.saveState(POST_STATE, "true");
      await options.main();
    }
  } catch (error3) {
    io.debug(error3 instanceof Error && error3.stack ? error3.stack : String(error3));
    io.setFailed(failureMessage(error3));
  }
  return phase;
}
function failureMessage(error3) {
  if (error3 instanceof WslReadyError) {
    const remediation = remediationOf(error3);
    return remediation && !error3.message.includes(remediation[0]) ? `${error3.message}
What to do:
${remediation.map((step, i) => `${i + 1}. ${step}`).join("\n")}` : error3.message;
  }
  const message = error3 instanceof Error ? error3.message : String(error3);
  return `Unexpected error: ${message || "(no message)"}
This is likely a bug in wsl-ready. Re-run the job with debug logging (ACTIONS_STEP_DEBUG) and report it with the log.`;
}
function remediationOf(error3) {
  const details = error3.details;
  const steps = details?.remediation;
  return Array.isArray(steps) && steps.length > 0 && steps.every((s) => typeof s === "string") ? steps : void 0;
}

// packages/docker-backend-check/src/action-io.ts
var actionsCoreIo = {
  getInput: (name) => getInput(name),
  setOutput: (name, value) => setOutput(name, value),
  info: (message) => info(message),
  debug: (message) => debug(message),
  warning: (message, title) => warning(message, title ? { title } : {}),
  setFailed: (message) => setFailed(message),
  group: (name, work) => group(name, work)
};

// packages/docker-backend-check/src/detect.ts
import { homedir } from "node:os";

// packages/docker-backend-check/src/counting-runner.ts
var CountingRunner = class {
  #inner;
  #counts = /* @__PURE__ */ new Map();
  constructor(inner) {
    this.#inner = inner;
  }
  run(file, args, options) {
    this.#counts.set(file, (this.#counts.get(file) ?? 0) + 1);
    return this.#inner.run(file, args, options);
  }
  /** Calls made to this file (the exact path or name given to `run`). */
  count(file) {
    return this.#counts.get(file) ?? 0;
  }
};

// packages/docker-backend-check/src/detect.ts
async function detectDocker(options) {
  const started = performance.now();
  const runner = new CountingRunner(options.runner);
  const mode = detectHostMode(options.env, options.platform);
  const host = dockerHostFacts(mode, options.env, {
    homeDir: options.env.HOME || homedir(),
    ...typeof process.getuid === "function" ? { uid: process.getuid() } : {}
  });
  const docker = options.dockerPath ?? resolveDockerExecutable(options.env, options.platform).file;
  const windows = host.os === "windows";
  const wsl = windows ? resolveWslExecutable(options.env, options.platform) : void 0;
  const survey = await surveyDocker({
    runner,
    docker,
    host,
    parentEnv: options.env,
    timeoutMs: options.timeoutMs,
    otherEndpoints: options.probeAllEndpoints,
    linuxProof: options.runContainer ? { image: "hello-world", timeoutMs: options.proofTimeoutMs } : false,
    ...windows ? { desktop: readDesktopFiles(options.env, options.platform, options.files) } : {},
    ...wsl ? { wslDistros: listWslDistroFacts(runner, wsl.file, options.timeoutMs) } : {}
  });
  return {
    ...survey,
    docker,
    probedEndpoints: (survey.evidence.others ?? []).map((o) => o.endpoint).filter((e) => e !== null),
    calls: { docker: runner.count(docker), wsl: wsl ? runner.count(wsl.file) : 0 },
    durationMs: Math.round(performance.now() - started)
  };
}

// packages/docker-backend-check/src/errors.ts
var InvalidInputsError = class extends WslReadyError {
  problems;
  constructor(problems) {
    const text2 = (p) => p.message.includes(`\`${p.input}\``) ? p.message : `${p.input}: ${p.message}`;
    super(
      "input",
      problems.length === 1 ? `Invalid input: ${text2(problems[0])}` : `${problems.length} inputs are invalid:
${problems.map((p) => `- ${text2(p)}`).join("\n")}`
    );
    this.problems = problems;
  }
};
var RequirementsNotMetError = class extends WslReadyError {
  messages;
  constructor(messages) {
    super("requirements-not-met", messages.join("\n"));
    this.messages = messages;
  }
};

// packages/docker-backend-check/src/backends.ts
function isDockerBackend(value) {
  return DOCKER_BACKENDS.includes(value);
}

// packages/docker-backend-check/src/did-you-mean.ts
function didYouMean(input, known) {
  const squash = (s) => s.toLowerCase().replace(/[\s_.-]+/g, "");
  const wanted = squash(input.slice(0, 64));
  if (wanted === "") return null;
  const exact = known.find((k) => squash(k) === wanted);
  if (exact) return exact;
  let best = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = editDistance(wanted, squash(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = best === null ? 0 : Math.max(1, Math.floor(Math.min(wanted.length, squash(best).length) / 3));
  if (best !== null && bestDistance <= allowed) return best;
  const containing = known.filter((k) => wanted.length >= 3 && squash(k).includes(wanted));
  if (containing.length === 1) return containing[0];
  const contained = known.filter((k) => squash(k).length >= 3 && wanted.includes(squash(k)));
  return contained.length === 1 ? contained[0] : null;
}

// packages/docker-backend-check/src/inputs.ts
var DEFAULT_TIMEOUT_SECONDS = 15;
var MAX_TIMEOUT_SECONDS = 600;
function parseInputs(read) {
  const problems = [];
  const attempt = (fallback, parse2) => {
    try {
      return parse2();
    } catch (error3) {
      if (error3 instanceof InputError) problems.push(error3);
      else throw error3;
      return fallback;
    }
  };
  const bool2 = (name, fallback) => attempt(fallback, () => parseBooleanInput(name, read(name), fallback));
  const expectBackend = parseExpectBackend(read("expect-backend"), problems);
  const requireLinuxContainers = bool2("require-linux-containers", false);
  const requireEngine = bool2("require-engine", true);
  const probeAllEndpoints = bool2("probe-all-endpoints", true);
  const runContainer = bool2("run-container", false);
  const report = bool2("report", true);
  const timeoutSeconds = attempt(
    DEFAULT_TIMEOUT_SECONDS,
    () => parseIntegerInput("timeout-seconds", read("timeout-seconds"), {
      min: 1,
      max: MAX_TIMEOUT_SECONDS,
      fallback: DEFAULT_TIMEOUT_SECONDS
    })
  );
  const dockerPathRaw = read("docker-path").trim();
  let dockerPath = null;
  if (dockerPathRaw !== "") {
    if (/[\u0000-\u001f]/.test(dockerPathRaw)) {
      problems.push(
        new InputError("docker-path", "contains control characters; give the path of the docker executable.")
      );
    } else dockerPath = dockerPathRaw;
  }
  const failOnText = read("fail-on").trim().toLowerCase() || "fail";
  let failOn = "fail";
  if (failOnText === "fail" || failOnText === "warn") failOn = failOnText;
  else {
    const hint = didYouMean(failOnText, ["fail", "warn"]);
    problems.push(
      new InputError(
        "fail-on",
        `got \`${clip2(failOnText)}\`; use \`fail\` or \`warn\`.${hint ? ` Did you mean \`${hint}\`?` : ""}`
      )
    );
  }
  const matrix = attempt(null, () => parseMatrixInput("matrix", read("matrix")));
  if (problems.length > 0) throw new InvalidInputsError(problems);
  return {
    expectBackend,
    requireLinuxContainers,
    requireEngine,
    probeAllEndpoints,
    runContainer,
    dockerPath,
    timeoutSeconds,
    failOn,
    report,
    matrix
  };
}
function parseExpectBackend(value, problems) {
  const items = parseListInput(value);
  if (items.length === 0 || items.some((s) => s.toLowerCase() === "any")) {
    if (items.length > 1) {
      problems.push(
        new InputError("expect-backend", "`any` cannot be combined with backend names; use one or the other.")
      );
    }
    return "any";
  }
  const chosen = [];
  for (const item of items) {
    const name = item.toLowerCase();
    if (isDockerBackend(name)) {
      if (!chosen.includes(name)) chosen.push(name);
      continue;
    }
    const hint = didYouMean(name, DOCKER_BACKENDS);
    problems.push(
      new InputError(
        "expect-backend",
        `\`${clip2(item)}\` is not a backend.${hint ? ` Did you mean \`${hint}\`?` : ""} Use \`any\` or a comma list of: ${DOCKER_BACKENDS.join(", ")}.`
      )
    );
  }
  return chosen;
}
function clip2(text2) {
  const flat = text2.replace(/[\u0000-\u001f`]/g, " ");
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

// packages/docker-backend-check/src/requirements.ts
var LINUX_BACKENDS = [
  "desktop-wsl2",
  "desktop-hyperv",
  "wsl-dockerd",
  "rancher-desktop",
  "podman",
  "native-linux",
  "desktop-mac",
  "desktop-linux",
  "other-linux"
];
function unmetRequirements(context) {
  const { inputs, verdict } = context;
  const unmet = [];
  const found = foundText(context);
  if (inputs.requireEngine && !verdict.engineAnswered) {
    unmet.push({
      id: "engine",
      title: "No Docker engine answers",
      expected: "a running Docker engine (`require-engine: true`)",
      found,
      fix: startEngineFix(context)
    });
  }
  if (inputs.expectBackend !== "any" && !inputs.expectBackend.includes(verdict.backend)) {
    const expected = inputs.expectBackend.map((b) => `\`${b}\``).join(" or ");
    unmet.push({
      id: "backend",
      title: "Unexpected Docker backend",
      expected: `backend ${expected}`,
      found,
      fix: backendFix(context, inputs.expectBackend)
    });
  }
  if (inputs.requireLinuxContainers && verdict.linuxContainers !== true) {
    unmet.push({
      id: "linux-containers",
      title: "Linux containers are not available",
      expected: "an engine that runs Linux containers (`require-linux-containers: true`)",
      found: verdict.linuxContainers === null ? `${found}, and whether it runs Linux containers could not be told` : found,
      fix: linuxContainersFix(context)
    });
  }
  return unmet;
}
function requirementMessage(unmet) {
  return `${unmet.title}: expected ${unmet.expected}; found ${unmet.found}. ${unmet.fix}`;
}
function foundText(context) {
  const { verdict, classification } = context;
  const where = verdict.endpoint ? ` at \`${verdict.endpoint}\`` : "";
  const ctx = verdict.context ? ` (context \`${verdict.context}\`)` : "";
  if (verdict.backend === "none" && !verdict.engineAnswered) {
    return classification.evidence.some((e) => /not installed|not on PATH/i.test(e)) || classification.cliVersion === null ? "`none`: the docker CLI is not installed or not on PATH" : "`none`: no engine answers";
  }
  if (verdict.backend === "stopped" && context.unusableAnswer) {
    return `\`stopped\`: something answers${where}${ctx}, but not with a usable Docker answer (${trimDot(clipLine(context.unusableAnswer))})`;
  }
  if (verdict.backend === "stopped") {
    const said = context.cliError?.line;
    return `\`stopped\`: the docker CLI${ctx} gets no answer${where}${said ? ` (it said: ${trimDot(clipLine(said))})` : ""}`;
  }
  const version2 = verdict.serverVersion ? ` ${verdict.serverVersion}` : "";
  const os6 = verdict.engineOs ? `, ${verdict.engineOs} containers` : "";
  return `\`${verdict.backend}\` (${verdict.description}${version2}${os6})${where}`;
}
function hostedWindowsRunner({ host, env }) {
  return host.os === "windows" && env.RUNNER_ENVIRONMENT === "github-hosted";
}
var SETUP_WSL2_DOCKER = "On GitHub-hosted Windows runners the preinstalled engine runs Windows containers only; Linux containers need Docker inside WSL 2: add a step `uses: wsl-ready/wsl-ready/packages/setup-wsl2@v1` with `docker: true` before this one and point the CLI at it (`DOCKER_HOST: ${{ steps.<id>.outputs.docker-host }}`).";
var KNOWN_CONTEXTS = {
  "npipe:////./pipe/dockerdesktoplinuxengine": "desktop-linux",
  "npipe:////./pipe/dockerdesktopwindowsengine": "desktop-windows",
  "npipe:////./pipe/setup_docker_action": "setup-docker-action",
  "npipe:////./pipe/docker_engine": "default"
};
function startEngineFix(context) {
  const { classification, verdict, host } = context;
  if (verdict.backend === "none" && classification.cliVersion === null) {
    return host.os === "windows" ? "Install Docker Desktop (or another engine) and make sure `docker` is on PATH, or give its path in `docker-path`." : "Install Docker (https://docs.docker.com/engine/install/) or give the path of the CLI in `docker-path`.";
  }
  if (context.cliError?.kind === "timeout") {
    return `The engine took the connection but did not answer within ${context.inputs.timeoutSeconds} s: it may be starting or hung. Restart it, or raise \`timeout-seconds\` if it is only slow.`;
  }
  if (context.cliError?.kind === "permission-denied") {
    return "This user may not open the engine: add it to the `docker-users` group (Windows) or the `docker` group (Linux), then start a new session.";
  }
  if (context.unusableAnswer) {
    return "The engine, or a proxy in front of it, sends broken answers: restart the engine, and if a proxy, VPN or port forward sits between the CLI and the engine, bypass it for this address.";
  }
  const alive = classification.otherEngines[0];
  if (alive) {
    return `\`${alive.backend}\` answers at \`${alive.endpoint}\`: switch the CLI to it (\`docker context use <name>\`, or set \`DOCKER_HOST: ${alive.endpoint}\`), or start the engine the CLI points at.`;
  }
  const desktopTarget = /dockerDesktop|docker_engine_linux/i.test(verdict.endpoint ?? "") || /^desktop-/.test(verdict.context ?? "");
  if (host.os === "windows" && (context.desktopInstalled || desktopTarget)) {
    return "Start Docker Desktop (`docker desktop start` on 4.37+, or from the Start menu) and wait until the engine is running.";
  }
  if (hostedWindowsRunner(context)) {
    return "Start the preinstalled engine (`Start-Service docker`), or for Linux containers add `setup-wsl2` with `docker: true`.";
  }
  if (host.os === "windows") {
    return "Start the engine: Docker Desktop, or the `docker` service of a dockerd install (`Start-Service docker`).";
  }
  if (host.os === "darwin") return "Start Docker Desktop (or Colima) and wait until the engine is running.";
  return "Start the engine (`sudo systemctl start docker`), or check `DOCKER_HOST` and the docker context.";
}
function backendFix(context, expected) {
  const { verdict } = context;
  const wants = (b) => expected.includes(b);
  if (!verdict.engineAnswered) return startEngineFix(context);
  const match = context.classification.otherEngines.find((o) => wants(o.backend));
  if (match?.endpoint) {
    const known = KNOWN_CONTEXTS[match.endpoint.toLowerCase()];
    return `\`${match.backend}\` answers at \`${match.endpoint}\`, but the CLI targets another engine: switch with \`docker context use ${known ?? "<name>"}\` or set \`DOCKER_HOST: ${match.endpoint}\`.`;
  }
  if (wants("desktop-wsl2") && verdict.backend === "desktop-hyperv") {
    return 'Switch Docker Desktop to the WSL 2 engine: Settings → General → "Use the WSL 2 based engine" (setting `wslEngineEnabled`), then restart Docker Desktop.';
  }
  if (wants("desktop-hyperv") && verdict.backend === "desktop-wsl2") {
    return 'Switch Docker Desktop to the Hyper-V engine: Settings → General → clear "Use the WSL 2 based engine" (needs Windows Pro, Enterprise or Education).';
  }
  if ((wants("desktop-wsl2") || wants("desktop-hyperv")) && verdict.backend === "desktop-windows") {
    return 'Switch Docker Desktop to Linux containers: `docker desktop engine use linux` (4.37+) or "Switch to Linux containers…" in the tray menu.';
  }
  if (wants("desktop-windows") && (verdict.backend === "desktop-wsl2" || verdict.backend === "desktop-hyperv")) {
    return 'Switch Docker Desktop to Windows containers: `docker desktop engine use windows` (4.37+) or "Switch to Windows containers…" in the tray menu.';
  }
  if (wants("wsl-dockerd") && (hostedWindowsRunner(context) || verdict.backend === "moby-windows-server")) {
    return SETUP_WSL2_DOCKER;
  }
  if (wants("wsl-dockerd") && verdict.backend === "wsl1-dockerd") {
    return "The distribution runs WSL 1, where dockerd cannot run containers: convert it with `wsl --set-version <distro> 2`.";
  }
  const targets = expected.map((b) => `\`${b}\` (${DOCKER_BACKEND_DESCRIPTIONS[b]})`).join(" or ");
  return `Point the docker CLI at ${targets}: \`docker context use <name>\` or \`DOCKER_HOST\`, or widen \`expect-backend\` if \`${verdict.backend}\` is fine.`;
}
function linuxContainersFix(context) {
  const { verdict, classification } = context;
  if (!verdict.engineAnswered) return startEngineFix(context);
  switch (verdict.backend) {
    case "desktop-windows":
      return 'Switch Docker Desktop to Linux containers: `docker desktop engine use linux` (4.37+) or "Switch to Linux containers…" in the tray menu.';
    case "moby-windows-server":
      return hostedWindowsRunner(context) ? SETUP_WSL2_DOCKER : "This engine runs Windows containers only: use Docker Desktop with the WSL 2 engine, or dockerd inside a WSL 2 distribution (`setup-wsl2` with `docker: true` on runners).";
    case "wsl1-dockerd":
      return "The distribution runs WSL 1, where dockerd cannot run containers: convert it with `wsl --set-version <distro> 2`.";
    default:
      break;
  }
  const proofError = classification.warnings.find((w) => /Linux-container proof failed/.test(w));
  if (proofError) return `${trimDot(proofError)}. Check the engine's network access to the registry.`;
  if (verdict.linuxContainers === null) {
    return "Set `run-container: true` to prove it by running a tiny Linux container.";
  }
  const linux = LINUX_BACKENDS.includes(verdict.backend);
  return linux ? "The engine reports Linux but the check failed; see the evidence in the job summary." : "Use an engine that runs Linux containers (Docker Desktop with the WSL 2 engine, or dockerd in WSL 2).";
}
function clipLine(text2) {
  const line = text2.replace(/\s+/g, " ").trim();
  return line.length > 240 ? `${line.slice(0, 237)}...` : line;
}
function trimDot(text2) {
  return text2.replace(/[.\s]+$/, "");
}

// packages/docker-backend-check/src/report.ts
var ACTION_NAME = "docker-backend-check";
function buildReport(context) {
  const { detection, verdict, inputs, env } = context;
  const c = detection.classification;
  const unmet = (id) => context.unmet.find((u) => u.id === id);
  const failStatus = inputs.failOn === "warn" ? "warn" : "fail";
  const ms = detection.durationMs;
  const checks = [];
  const add = (check) => checks.push({
    ...check,
    summary: plain(check.summary),
    ...check.remediation !== void 0 ? { remediation: plain(check.remediation) } : {}
  });
  const cliMissing = !detection.evidence.cli.present;
  add({
    id: "docker.cli",
    area: "docker",
    title: "Docker CLI",
    status: cliMissing ? inputs.requireEngine ? failStatus : "skip" : "pass",
    summary: cliMissing ? `\`${detection.docker}\` is not installed or not on PATH.` : `docker CLI ${verdict.cliVersion ?? "(version unknown)"} at \`${detection.docker}\`.`,
    ...cliMissing && inputs.requireEngine ? { remediation: unmet("engine")?.fix ?? "" } : {},
    durationMs: ms,
    evidence: { path: detection.docker, ...verdict.cliVersion ? { version: verdict.cliVersion } : {} }
  });
  const engineProblem = unmet("engine");
  if (!cliMissing) {
    add({
      id: "docker.engine",
      area: "docker",
      title: "Docker engine",
      status: verdict.engineAnswered ? "pass" : engineProblem ? failStatus : "skip",
      summary: verdict.engineAnswered ? `${verdict.serverVersion ? `Engine ${verdict.serverVersion}` : "An engine"} answers${verdict.endpoint ? ` at \`${verdict.endpoint}\`` : ""}${verdict.context ? ` (context \`${verdict.context}\`)` : ""}.` : engineProblem ? requirementMessage(engineProblem) : `No engine answers${verdict.endpoint ? ` at \`${verdict.endpoint}\`` : ""}; not required (\`require-engine: false\`).`,
      ...engineProblem ? { remediation: engineProblem.fix } : {},
      durationMs: ms,
      evidence: compact({
        endpoint: verdict.endpoint,
        context: verdict.context,
        dockerHost: detection.evidence.dockerHost ?? null,
        serverVersion: verdict.serverVersion,
        engineOs: verdict.engineOs,
        ...errorEvidence(detection)
      })
    });
  }
  const backendProblem = unmet("backend");
  add({
    id: "docker.backend",
    area: "docker",
    title: "Docker backend",
    status: backendProblem ? failStatus : "pass",
    summary: backendProblem ? requirementMessage(backendProblem) : `\`${verdict.backend}\`: ${verdict.description} (${c.confidence} confidence).`,
    ...backendProblem ? { remediation: backendProblem.fix } : {},
    durationMs: ms,
    evidence: {
      backend: verdict.backend,
      confidence: c.confidence,
      ...inputs.expectBackend !== "any" ? { expected: inputs.expectBackend.join(",") } : {},
      ...numbered("signal", c.evidence, 40)
    }
  });
  const linuxProblem = unmet("linux-containers");
  const proof = detection.evidence.linuxProof;
  add({
    id: "docker.linux-containers",
    area: "docker",
    title: "Linux containers",
    status: linuxProblem ? failStatus : verdict.linuxContainers === true ? "pass" : verdict.linuxContainers === false && verdict.engineAnswered ? "warn" : "skip",
    summary: linuxProblem ? requirementMessage(linuxProblem) : verdict.linuxContainers === true ? proof?.ok ? "A tiny Linux container ran (`docker run --rm --platform linux hello-world`)." : `The engine runs Linux containers (${verdict.engineOs ?? "linux"} engine)${inputs.runContainer ? "" : "; set `run-container: true` to prove it by running one"}.` : verdict.linuxContainers === false && verdict.engineAnswered ? `This engine cannot run Linux containers (\`${verdict.backend}\`, ${verdict.engineOs ?? "unknown"} engine).` : "Not known: no engine answered, or it could not be told.",
    ...linuxProblem ? { remediation: linuxProblem.fix } : {},
    durationMs: ms,
    evidence: compact({
      linuxContainers: verdict.linuxContainers,
      proofRan: proof ? true : null,
      proofOk: proof ? proof.ok : null,
      proofError: proof?.errors[0]?.line ?? null
    })
  });
  if (inputs.probeAllEndpoints) {
    const others = c.otherEngines;
    add({
      id: "docker.other-engines",
      area: "docker",
      title: "Other engines",
      status: "pass",
      summary: others.length === 0 ? `No other engine answers (${detection.probedEndpoints.length} other known endpoints asked).` : `Also answering: ${others.map((o) => `\`${o.backend}\` at \`${o.endpoint}\``).join(", ")}.`,
      durationMs: ms,
      evidence: {
        asked: detection.probedEndpoints.length,
        ...Object.fromEntries(
          others.slice(0, 20).map((o, i) => [`engine-${i + 1}`, `${o.backend} ${o.endpoint ?? ""}`])
        )
      }
    });
  }
  if (detection.evidence.host.os === "windows") {
    const settings = detection.desktop.settings?.recognized ? detection.desktop.settings.value : null;
    const distro = dockerDesktopDistro(detection.evidence.wslDistros);
    const parts = [
      c.desktopVersion ? `version ${c.desktopVersion}` : null,
      settings?.wslEngineEnabled != null ? `\`wslEngineEnabled: ${settings.wslEngineEnabled}\`` : null,
      settings?.useWindowsContainers ? "Windows containers selected" : null,
      distro ? `WSL distribution \`docker-desktop\` is ${distro.state ?? "listed"}` : null
    ].filter((p) => p !== null);
    add({
      id: "docker.desktop",
      area: "docker",
      title: "Docker Desktop",
      status: detection.desktop.installed || c.desktopVersion ? "pass" : "skip",
      summary: detection.desktop.installed || c.desktopVersion ? `Docker Desktop is installed${parts.length ? `: ${parts.join(", ")}` : ""}.` : "Docker Desktop is not installed.",
      durationMs: ms,
      evidence: compact({
        version: c.desktopVersion,
        wslEngineEnabled: settings?.wslEngineEnabled ?? null,
        useWindowsContainers: settings?.useWindowsContainers ?? null,
        distroState: distro?.state ?? null,
        ...numbered("settings-file", detection.desktop.settingsFiles, 3)
      })
    });
  }
  return createReport(
    {
      source: { kind: "action", name: ACTION_NAME },
      host: {
        os: detection.evidence.host.os === "windows" ? "windows" : processHostOs(context.platform),
        arch: context.arch,
        isWsl: detection.evidence.host.isWsl ?? false
      },
      ...actionRunContext(env, inputs.matrix),
      docker: {
        cliVersion: verdict.cliVersion,
        context: verdict.context,
        endpoint: verdict.endpoint,
        backend: c.backend,
        engineOs: verdict.engineOs,
        serverVersion: verdict.serverVersion,
        desktopVersion: verdict.desktopVersion,
        linuxContainers: verdict.linuxContainers,
        ...verdict.isolation ? { isolation: verdict.isolation } : {}
      },
      distros: (detection.evidence.wslDistros ?? []).flatMap((d) => {
        const state = ["Running", "Stopped", "Installing", "Converting", "Uninstalling", "Exporting"].find(
          (s) => s === d.state
        );
        return [{ name: d.name, state: state ?? "Unknown", version: d.version ?? null, default: false }];
      }),
      checks,
      warnings: [...c.warnings, ...detection.warnings]
    },
    context.now ? { now: context.now } : {}
  );
}
function plain(text2) {
  return text2.replace(/`/g, "");
}
function errorEvidence(detection) {
  const errors = detection.evidence.current?.errors ?? [];
  return Object.fromEntries(errors.slice(0, 5).map((e, i) => [`error-${i + 1}`, `${e.kind}: ${e.line}`]));
}
function numbered(prefix, items, max) {
  return Object.fromEntries(items.slice(0, max).map((item, i) => [`${prefix}-${i + 1}`, item]));
}
function compact(values) {
  const out = {};
  for (const [key, value] of Object.entries(values)) if (value !== null && value !== void 0) out[key] = value;
  return out;
}

// packages/docker-backend-check/src/verdict.ts
function engineVerdict(classification) {
  const backend = classification.backend;
  const engineAnswered = classification.serverVersion !== null || !["stopped", "none"].includes(backend);
  const base = DOCKER_BACKEND_DESCRIPTIONS[backend];
  const description = classification.desktopVersion && backend.startsWith("desktop-") ? base.replace("Docker Desktop", `Docker Desktop ${classification.desktopVersion}`) : base;
  return {
    backend,
    engineAnswered,
    linuxContainers: classification.linuxContainers,
    engineOs: classification.engineOs,
    serverVersion: classification.serverVersion,
    context: classification.context,
    endpoint: classification.endpoint,
    desktopVersion: classification.desktopVersion,
    isolation: classification.isolation ?? null,
    cliVersion: classification.cliVersion,
    description
  };
}

// packages/docker-backend-check/src/main.ts
var MIN_PROOF_TIMEOUT_MS = 12e4;
var MAX_WARNING_ANNOTATIONS = 5;
async function checkDockerBackend(deps) {
  const { io } = deps;
  const inputs = parseInputs((name) => io.getInput(name));
  const detection = await io.group("Probe the Docker engine", async () => {
    const found = await detectDocker({
      runner: deps.runner,
      env: deps.env,
      platform: deps.platform,
      files: deps.files,
      dockerPath: inputs.dockerPath,
      timeoutMs: inputs.timeoutSeconds * 1e3,
      probeAllEndpoints: inputs.probeAllEndpoints,
      runContainer: inputs.runContainer,
      proofTimeoutMs: Math.max(MIN_PROOF_TIMEOUT_MS, inputs.timeoutSeconds * 1e3)
    });
    for (const line of found.classification.evidence) io.info(`• ${line}`);
    for (const warning2 of found.warnings) io.info(`  (probe) ${warning2}`);
    io.debug(
      `docker calls: ${found.calls.docker}, wsl calls: ${found.calls.wsl}, ${found.probedEndpoints.length} other endpoints asked, ${found.durationMs} ms`
    );
    return found;
  });
  const verdict = engineVerdict(detection.classification);
  const unmet = unmetRequirements({
    inputs,
    verdict,
    classification: detection.classification,
    host: detection.evidence.host,
    env: deps.env,
    desktopInstalled: detection.desktop.installed === true,
    cliError: detection.evidence.current?.errors.find((e) => e.kind !== "docker-host-overrides-context") ?? null,
    unusableAnswer: unusableAnswer(detection)
  });
  setOutputs(io, verdict);
  io.info(headline(verdict));
  const engineUnmet = unmet.some((u) => u.id === "engine");
  const warnings = detection.classification.warnings.filter(
    (w) => !(engineUnmet && w.startsWith("No Docker engine answers"))
  );
  for (const warning2 of warnings.slice(0, MAX_WARNING_ANNOTATIONS)) {
    io.warning(warning2, "Docker backend");
  }
  const report = buildReport({
    inputs,
    detection,
    verdict,
    unmet,
    env: deps.env,
    platform: deps.platform,
    arch: deps.arch,
    ...deps.now ? { now: deps.now } : {}
  });
  try {
    const runUrl = workflowRunUrl(deps.env);
    await writeJobSummary(renderMarkdown(report, { title: "Docker backend", ...runUrl ? { runUrl } : {} }), deps.env);
  } catch (error3) {
    io.warning(`The job summary could not be written: ${messageOf(error3)}`, "Job summary");
  }
  let reportPath = null;
  if (inputs.report) {
    const written = await publishReportArtifact(report, {
      env: deps.env,
      matrix: inputs.matrix,
      artifacts: deps.artifacts,
      io: { info: (message) => io.info(message), warning: (message) => io.warning(message, "Report artifact") }
    });
    reportPath = written.path;
  }
  io.setOutput("report-path", reportPath ?? "");
  if (unmet.length > 0) {
    const messages = unmet.map(requirementMessage);
    if (inputs.failOn === "fail") throw new RequirementsNotMetError(messages);
    for (const [i, m] of messages.entries()) io.warning(m, unmet[i].title);
  }
  return { inputs, detection, verdict, unmet, reportPath };
}
var NOTHING_ANSWERED = /* @__PURE__ */ new Set([
  "engine-not-running",
  "permission-denied",
  "context-not-found",
  "cli-not-found",
  "timeout"
]);
function unusableAnswer(detection) {
  const current = detection.evidence.current;
  if (!current || current.answered || current.errors.some((e) => NOTHING_ANSWERED.has(e.kind))) return null;
  const daemonSaid = current.errors.find((e) => e.kind === "daemon-error" || e.kind === "engine-failed")?.line;
  return current.warnings[0] ?? daemonSaid ?? null;
}
function setOutputs(io, verdict) {
  io.setOutput("backend", verdict.backend);
  io.setOutput("linux-containers", verdict.linuxContainers === true ? "true" : "false");
  io.setOutput("engine-os", verdict.engineOs ?? "");
  io.setOutput("server-version", verdict.serverVersion ?? "");
  io.setOutput("context", verdict.context ?? "");
  io.setOutput("endpoint", verdict.endpoint ?? "");
  io.setOutput("desktop-version", verdict.desktopVersion ?? "");
  io.setOutput("isolation", verdict.isolation ?? "");
}
function headline(verdict) {
  const linux = verdict.linuxContainers === true ? "yes" : verdict.linuxContainers === false ? "no" : "unknown";
  const engine = verdict.engineAnswered ? `engine ${verdict.serverVersion ?? "?"} (${verdict.engineOs ?? "unknown OS"})${verdict.endpoint ? ` at ${verdict.endpoint}` : ""}` : "no engine answers";
  return `Docker backend: ${verdict.backend} (${verdict.description}); ${engine}; Linux containers: ${linux}.`;
}
function messageOf(error3) {
  return error3 instanceof Error ? error3.message : String(error3);
}

// packages/docker-backend-check/src/index.ts
var ARTIFACT_RETRY = { attempts: 3, baseDelayMs: 500, maxDelayMs: 4e3, timeoutMs: 3e4 };
await runAction({
  io: core_exports,
  async main() {
    await checkDockerBackend({
      io: actionsCoreIo,
      runner: new NodeCommandRunner(),
      env: process.env,
      platform: process.platform,
      arch: process.arch,
      files: nodeHostFiles,
      artifacts: createArtifactClient({ env: process.env, debug, retry: ARTIFACT_RETRY })
    });
  }
});
