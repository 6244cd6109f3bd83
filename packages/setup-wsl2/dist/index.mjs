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
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
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
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
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
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
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
    function step(result2) {
      result2.done ? resolve3(result2.value) : adopt(result2.value).then(fulfilled, rejected);
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
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
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
    function step(result2) {
      result2.done ? resolve3(result2.value) : adopt(result2.value).then(fulfilled, rejected);
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
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
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
    function step(result2) {
      result2.done ? resolve3(result2.value) : adopt(result2.value).then(fulfilled, rejected);
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
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
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
    function step(result2) {
      result2.done ? resolve3(result2.value) : adopt(result2.value).then(fulfilled, rejected);
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
      const result2 = yield which(tool, false);
      if (!result2) {
        if (IS_WINDOWS) {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
        } else {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
        }
      }
      return result2;
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
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
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
    function step(result2) {
      result2.done ? resolve3(result2.value) : adopt(result2.value).then(fulfilled, rejected);
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
  _endsWith(str, end) {
    return str.endsWith(end);
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
    const result2 = {
      cwd: options.cwd || process.cwd(),
      env: options.env || process.env,
      silent: options.silent || false,
      windowsVerbatimArguments: options.windowsVerbatimArguments || false,
      failOnStdErr: options.failOnStdErr || false,
      ignoreReturnCode: options.ignoreReturnCode || false,
      delay: options.delay || 1e4
    };
    result2.outStream = options.outStream || process.stdout;
    result2.errStream = options.errStream || process.stderr;
    return result2;
  }
  _getSpawnOptions(options, toolPath) {
    options = options || {};
    const result2 = {};
    result2.cwd = options.cwd;
    result2.env = options.env;
    result2["windowsVerbatimArguments"] = options.windowsVerbatimArguments || this._isCmdFile();
    if (options.windowsVerbatimArguments) {
      result2.argv0 = `"${toolPath}"`;
    }
    return result2;
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
      return new Promise((resolve3, reject) => __awaiter5(this, void 0, void 0, function* () {
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
            resolve3(exitCode);
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
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
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
    function step(result2) {
      result2.done ? resolve3(result2.value) : adopt(result2.value).then(fulfilled, rejected);
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
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
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
    function step(result2) {
      result2.done ? resolve3(result2.value) : adopt(result2.value).then(fulfilled, rejected);
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
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
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
    function step(result2) {
      result2.done ? resolve3(result2.value) : adopt(result2.value).then(fulfilled, rejected);
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
    let result2;
    try {
      result2 = yield fn();
    } finally {
      endGroup();
    }
    return result2;
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

// packages/core/src/actions/artifact-client.ts
import { createHash as createHash2 } from "node:crypto";
import { readFile, stat as stat3 } from "node:fs/promises";
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

// packages/core/src/actions/blob.ts
import { open as open2, stat as stat2 } from "node:fs/promises";

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
var CommandFailedError = class extends WslReadyError {
  argv;
  exitCode;
  output;
  constructor(argv, exitCode, output, hint) {
    const shown = output.trim().split("\n").slice(-8).join("\n");
    super(
      "command-failed",
      `\`${formatArgv(argv)}\` failed with exit code ${exitCode}.${shown ? `
${shown}` : ""}${hint ? `
${hint}` : ""}`
    );
    this.argv = argv;
    this.exitCode = exitCode;
    this.output = output;
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

// packages/core/src/runner/retry.ts
var defaultSleep = (ms) => new Promise((resolve3) => setTimeout(resolve3, ms));
function backoffDelay(attempt, baseDelayMs, maxDelayMs, random) {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + ceiling / 2 * Math.min(Math.max(random(), 0), 1));
}
async function retry(fn, options = {}) {
  const attempts = options.attempts ?? 3;
  const baseDelayMs = options.baseDelayMs ?? 250;
  const maxDelayMs = options.maxDelayMs ?? 5e3;
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new InputError("attempts", `retry attempts must be a whole number of at least 1, not ${attempts}.`);
  }
  if (!(baseDelayMs >= 0) || !(maxDelayMs >= 0)) {
    throw new InputError("delay", "retry delays must be zero or more milliseconds.");
  }
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error3) {
      if (attempt >= attempts || options.shouldRetry && !options.shouldRetry(error3, attempt)) throw error3;
      const delay = backoffDelay(attempt, baseDelayMs, maxDelayMs, random);
      options.onRetry?.(error3, attempt, delay);
      await sleep(delay);
    }
  }
}

// packages/core/src/actions/http.ts
var RETRYABLE_STATUSES = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
var defaultSleep2 = (ms) => new Promise((resolve3) => setTimeout(resolve3, ms));
function sleepUnlessAborted(sleep, ms, signal) {
  if (!signal) return sleep(ms);
  signal.throwIfAborted();
  return new Promise((resolve3, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    sleep(ms).then(
      () => {
        signal.removeEventListener("abort", onAbort);
        resolve3();
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
  const sleep = options.sleep ?? defaultSleep2;
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
function withRetryLog(retry2, debug2, prefix) {
  return {
    ...retry2,
    onRetry: (event) => {
      debug2(
        `${prefix}: attempt ${event.attempt} on ${event.url} failed (${event.reason}); retrying in ${event.delayMs} ms`
      );
      retry2?.onRetry?.(event);
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
var DEFAULT_BLOB_CONCURRENCY = 4;
var MAX_BLOCKS = 5e4;
async function uploadFileToBlob(url, filePath, options) {
  const blockSize = Math.max(1, Math.floor(options.blockSizeBytes ?? DEFAULT_BLOCK_SIZE));
  const { size } = await stat2(filePath);
  const handle = await open2(filePath, "r");
  try {
    const readRange = async (offset, length) => {
      const buffer = Buffer.allocUnsafe(length);
      let filled = 0;
      while (filled < length) {
        const { bytesRead } = await handle.read(buffer, filled, length - filled, offset + filled);
        if (bytesRead === 0) {
          throw new BlobTransferError(
            `${filePath} shrank while it was being uploaded (expected ${size} bytes); nothing was saved.`
          );
        }
        filled += bytesRead;
      }
      return buffer;
    };
    if (size <= blockSize) {
      await putBlob(url, await readRange(0, size), options);
      return { sizeBytes: size, blocks: 0 };
    }
    const blockCount = Math.ceil(size / blockSize);
    if (blockCount > MAX_BLOCKS) {
      throw new BlobTransferError(
        `${filePath} needs ${blockCount} blocks of ${blockSize} bytes; blob storage accepts at most ${MAX_BLOCKS}. Use a larger block size.`
      );
    }
    const ids = Array.from({ length: blockCount }, (_, index2) => blockId(index2));
    const stop = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
    const blockOptions = { ...options, signal };
    let next = 0;
    const worker = async () => {
      try {
        while (next < blockCount) {
          signal.throwIfAborted();
          const index2 = next++;
          const offset = index2 * blockSize;
          const bytes = await readRange(offset, Math.min(blockSize, size - offset));
          signal.throwIfAborted();
          await putBlock(url, ids[index2], bytes, blockOptions);
        }
      } catch (error3) {
        if (!stop.signal.aborted) stop.abort(error3);
        throw error3;
      }
    };
    const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_BLOB_CONCURRENCY, blockCount));
    await Promise.allSettled(Array.from({ length: workers }, worker));
    if (signal.aborted) throw signal.reason;
    await putBlockList(url, ids, options);
    const after = await stat2(filePath);
    if (after.size !== size) {
      throw new BlobTransferError(`${filePath} changed size during the upload (${size} → ${after.size} bytes).`);
    }
    return { sizeBytes: size, blocks: blockCount };
  } finally {
    await handle.close();
  }
}
async function uploadBytesToBlob(url, bytes, options) {
  await putBlob(url, bytes, options);
  return { sizeBytes: bytes.byteLength, blocks: 0 };
}
function blockId(index2) {
  return Buffer.from(`wsl-ready-block-${String(index2).padStart(8, "0")}`).toString("base64");
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
async function putBlock(url, id, bytes, options) {
  const target = withQuery(url, { comp: "block", blockid: id });
  const headers = { "x-ms-version": BLOB_API_VERSION, "content-type": "application/octet-stream" };
  await blobRequest("upload block", target, () => ({ method: "PUT", headers, body: bytes }), options);
}
async function putBlockList(url, ids, options) {
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<BlockList>${ids.map((id) => `<Latest>${id}</Latest>`).join("")}</BlockList>`;
  const headers = {
    "x-ms-version": BLOB_API_VERSION,
    "content-type": "application/xml; charset=utf-8"
  };
  if (options.contentType) headers["x-ms-blob-content-type"] = options.contentType;
  const target = withQuery(url, { comp: "blocklist" });
  await blobRequest("commit blocks", target, () => ({ method: "PUT", headers, body: xml }), options);
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
async function downloadBlobToFile(url, filePath, options) {
  const attempts = Math.max(1, options.attempts ?? 5);
  const idleTimeoutMs = options.idleTimeoutMs ?? 6e4;
  const handle = await open2(filePath, "w");
  const progress = { written: 0 };
  let total;
  let lastError;
  try {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const headers = { "x-ms-version": BLOB_API_VERSION };
      if (progress.written > 0) headers.range = `bytes=${progress.written}-`;
      const stream = new AbortController();
      let response;
      try {
        response = await fetchWithRetry(options.fetch, url, () => ({ method: "GET", headers, signal: stream.signal }), {
          timeoutMs: idleTimeoutMs,
          ...options.retry,
          attempts: attempts - attempt + 1,
          ...options.signal ? { signal: options.signal } : {}
        });
      } catch (error3) {
        if (options.signal?.aborted) throw options.signal.reason;
        throw new BlobTransferError(
          `Download of ${redactUrl(url)} failed: ${isTimeout(error3) ? "timed out" : describeNetworkError(error3)}`,
          void 0,
          { cause: error3 }
        );
      }
      if (response.status === 206) {
        const range = parseContentRange(response.headers.get("content-range"));
        if (!range || range.start !== progress.written) {
          await response.body?.cancel().catch(() => void 0);
          throw new BlobTransferError(`Download of ${redactUrl(url)}: the server resumed at the wrong offset.`, 206);
        }
        total = range.total ?? total;
      } else if (response.status === 200) {
        if (progress.written > 0) await handle.truncate(0);
        progress.written = 0;
        total = contentLength(response);
      } else {
        throw new BlobTransferError(
          `Download of ${redactUrl(url)} failed with HTTP ${response.status}${await storageErrorCode(response)}.`,
          response.status
        );
      }
      try {
        await streamInto(response, handle, progress, stream, idleTimeoutMs);
      } catch (error3) {
        if (options.signal?.aborted) throw options.signal.reason;
        lastError = error3;
        continue;
      }
      if (total === void 0 || progress.written === total) return { sizeBytes: progress.written };
      lastError = new Error(`the connection closed after ${progress.written} of ${total} bytes`);
    }
    throw new BlobTransferError(
      `Download of ${redactUrl(url)} is incomplete after ${attempts} attempts${total !== void 0 ? ` (${progress.written} of ${total} bytes)` : ""}: ${describeNetworkError(lastError)}`,
      void 0,
      { cause: lastError }
    );
  } finally {
    await handle.close();
  }
}
async function streamInto(response, handle, progress, stream, idleTimeoutMs) {
  if (!response.body) return;
  const reader = response.body.getReader();
  const onIdle = () => stream.abort(new DOMException(`no data for ${idleTimeoutMs} ms`, "TimeoutError"));
  let timer = setTimeout(onIdle, idleTimeoutMs);
  try {
    for (; ; ) {
      const chunk = await reader.read();
      if (chunk.done) return;
      clearTimeout(timer);
      let offset = 0;
      while (offset < chunk.value.byteLength) {
        const { bytesWritten } = await handle.write(
          chunk.value,
          offset,
          chunk.value.byteLength - offset,
          progress.written
        );
        offset += bytesWritten;
        progress.written += bytesWritten;
      }
      timer = setTimeout(onIdle, idleTimeoutMs);
    }
  } catch (error3) {
    await reader.cancel().catch(() => void 0);
    throw error3;
  } finally {
    clearTimeout(timer);
  }
}
function contentLength(response) {
  const value = Number(response.headers.get("content-length"));
  return response.headers.has("content-length") && Number.isSafeInteger(value) && value >= 0 ? value : void 0;
}
function parseContentRange(value) {
  const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(value?.trim() ?? "");
  if (!match) return void 0;
  return { start: Number(match[1]), total: match[2] === "*" ? void 0 : Number(match[2]) };
}
function withQuery(url, params) {
  const parsed2 = new URL(url);
  for (const [key, value] of Object.entries(params)) parsed2.searchParams.set(key, value);
  return parsed2.href;
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
var KNOWN_CACHE_MODES = ["none", "read", "write", "write-only"];
function cacheModeAllows(mode, access2) {
  if (!KNOWN_CACHE_MODES.includes(mode)) return true;
  return access2 === "read" ? mode === "read" || mode === "write" : mode === "write" || mode === "write-only";
}
function cacheUnavailableReason(service) {
  if (service.ghes) {
    return "this is GitHub Enterprise Server, which has no cache service v2; the job continues without the cache.";
  }
  if (!service.resultsUrl || !service.runtimeToken) {
    return "ACTIONS_RESULTS_URL or ACTIONS_RUNTIME_TOKEN is not set (not running as a step of a GitHub Actions job).";
  }
  if (!service.cacheServiceV2) {
    return service.legacyCacheUrl ? "the runner offers only the legacy cache service (v1, retired by GitHub); update the runner to use caching." : "ACTIONS_CACHE_SERVICE_V2 is not set by this runner; update the runner to use caching.";
  }
  return void 0;
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
  const retry2 = withRetryLog(options.retry, debug2, "artifact");
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
        retry: retry2
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
      await uploadBytesToBlob(uploadUrl, zip, { fetch: fetchFn, retry: retry2, contentType: "application/zip" });
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
  const info2 = await stat3(source);
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

// packages/core/src/actions/cache-client.ts
import { rm as rm2, stat as stat4 } from "node:fs/promises";

// packages/core/src/actions/cache-version.ts
import { createHash as createHash3 } from "node:crypto";
function cacheVersion(spec) {
  const components = [...spec.paths];
  if (spec.compressionMethod) components.push(spec.compressionMethod);
  if ((spec.platform ?? process.platform) === "win32" && !spec.enableCrossOsArchive) components.push("windows-only");
  components.push("1.0");
  return createHash3("sha256").update(components.join("|")).digest("hex");
}
var MAX_CACHE_KEY_LENGTH = 512;
var MAX_CACHE_KEYS = 10;
function cacheKeyProblem(keys) {
  if (keys.length > MAX_CACHE_KEYS) return `at most ${MAX_CACHE_KEYS} keys (key + restore keys) are allowed.`;
  for (const key of keys) {
    if (!key) return "a cache key is empty.";
    if (key.length > MAX_CACHE_KEY_LENGTH) return `the key "${key.slice(0, 40)}…" is longer than 512 characters.`;
    if (key.includes(",")) return `the key "${key}" contains a comma, which the cache service does not accept.`;
  }
  return void 0;
}

// packages/core/src/actions/cache-client.ts
function createCacheClient(options) {
  const service = readServiceEnv(options.env);
  const unavailableReason = cacheUnavailableReason(service);
  const fetchFn = options.fetch ?? globalThis.fetch;
  const debug2 = options.debug ?? (() => {
  });
  const retry2 = withRetryLog(options.retry, debug2, "cache");
  const twirp = unavailableReason ? void 0 : createTwirpClient({
    service: "cache",
    baseUrl: service.resultsUrl,
    token: service.runtimeToken,
    fetch: fetchFn,
    retry: retry2
  });
  const blobOptions = {
    fetch: fetchFn,
    retry: retry2,
    blockSizeBytes: options.blockSizeBytes ?? DEFAULT_BLOCK_SIZE,
    concurrency: options.concurrency ?? DEFAULT_BLOB_CONCURRENCY
  };
  const version2 = (spec) => cacheVersion(spec);
  return {
    unavailableReason,
    version: version2,
    async restore(request) {
      const miss = (reason, message, level) => ({ hit: false, matchedKey: void 0, reason, message, level });
      if (!twirp) return miss("unavailable", `Cache not restored: ${unavailableReason}`, "warning");
      if (!cacheModeAllows(service.cacheMode, "read")) {
        return miss(
          "disabled",
          `Cache not restored: the cache mode '${service.cacheMode}' does not allow reads.`,
          "info"
        );
      }
      const restoreKeys = request.restoreKeys ?? [];
      const problem = cacheKeyProblem([request.key, ...restoreKeys]);
      if (problem) return miss("invalid-key", `Cache not restored: ${problem}`, "warning");
      const entryVersion = version2(request);
      const { signal } = request;
      debug2(`cache: looking up key ${request.key} (version ${entryVersion})`);
      try {
        signal?.throwIfAborted();
        const answer = await twirp.call(
          "GetCacheEntryDownloadURL",
          { key: request.key, restore_keys: restoreKeys, version: entryVersion },
          { signal }
        );
        const url = twirpString(answer, "signed_download_url");
        const matchedKey = twirpString(answer, "matched_key");
        if (!twirpBool(answer, "ok") || !url || !matchedKey) {
          return miss("miss", `No cache entry for ${[request.key, ...restoreKeys].join(", ")}.`, "info");
        }
        const exactMatch = matchedKey === request.key;
        if (request.lookupOnly) return { hit: true, matchedKey, exactMatch, sizeBytes: void 0 };
        try {
          const { sizeBytes } = await downloadBlobToFile(url, request.archivePath, {
            fetch: fetchFn,
            retry: retry2,
            attempts: options.retry?.attempts,
            idleTimeoutMs: options.idleTimeoutMs,
            signal
          });
          return { hit: true, matchedKey, exactMatch, sizeBytes };
        } catch (error3) {
          await rm2(request.archivePath, { force: true }).catch(() => void 0);
          throw error3;
        }
      } catch (error3) {
        if (signal?.aborted)
          return miss("aborted", `Cache not restored: stopped (${errorText(signal.reason)}).`, "warning");
        return miss("failed", `Cache not restored: ${errorText(error3)}`, "warning");
      }
    },
    async save(request) {
      const skip = (reason, message, level) => ({ saved: false, reason, message, level });
      if (!twirp) return skip("unavailable", `Cache not saved: ${unavailableReason}`, "warning");
      if (!cacheModeAllows(service.cacheMode, "write")) {
        return skip(
          "disabled",
          `Cache not saved: the cache mode '${service.cacheMode}' does not allow writes.`,
          "info"
        );
      }
      const problem = cacheKeyProblem([request.key]);
      if (problem) return skip("invalid-key", `Cache not saved: ${problem}`, "warning");
      let sizeBytes;
      try {
        const info2 = await stat4(request.archivePath);
        if (!info2.isFile()) throw new Error("not a file");
        sizeBytes = info2.size;
      } catch {
        return skip(
          "missing-archive",
          `Cache not saved: the archive ${request.archivePath} does not exist.`,
          "warning"
        );
      }
      const entryVersion = version2(request);
      const { signal } = request;
      try {
        signal?.throwIfAborted();
        let reservation;
        try {
          reservation = await twirp.call("CreateCacheEntry", { key: request.key, version: entryVersion }, { signal });
        } catch (error3) {
          if (error3 instanceof ActionsServiceError && error3.status === 409) {
            return skip(
              "exists",
              `Cache not saved: an entry for ${request.key} already exists (or another job is saving it).`,
              "info"
            );
          }
          throw error3;
        }
        const uploadUrl = twirpString(reservation, "signed_upload_url");
        if (!twirpBool(reservation, "ok") || !uploadUrl) {
          const why = twirpString(reservation, "message");
          if (why?.startsWith("cache write denied:")) {
            return skip(
              "disabled",
              `Cache not saved: the service allows this job to read caches only (${why}).`,
              "info"
            );
          }
          return skip(
            "exists",
            `Cache not saved: the service did not reserve ${request.key}${why ? ` (${why})` : ""}.`,
            "info"
          );
        }
        const uploaded = await uploadFileToBlob(uploadUrl, request.archivePath, { ...blobOptions, signal });
        if (uploaded.sizeBytes !== sizeBytes) {
          throw new Error(`the archive changed size during the upload (${sizeBytes} → ${uploaded.sizeBytes} bytes)`);
        }
        const finalized = await twirp.call(
          "FinalizeCacheEntryUpload",
          { key: request.key, version: entryVersion, size_bytes: String(uploaded.sizeBytes) },
          { signal }
        );
        const entryId = twirpString(finalized, "entry_id");
        if (!twirpBool(finalized, "ok") || !entryId) {
          const why = twirpString(finalized, "message");
          return skip(
            "failed",
            `Cache not saved: the service did not finalize ${request.key}${why ? `: ${why}` : "."}`,
            "warning"
          );
        }
        return { saved: true, entryId, sizeBytes: uploaded.sizeBytes, blocks: uploaded.blocks };
      } catch (error3) {
        if (signal?.aborted)
          return skip("aborted", `Cache not saved: stopped (${errorText(signal.reason)}).`, "warning");
        return skip("failed", `Cache not saved: ${errorText(error3)}`, "warning");
      }
    }
  };
}
function errorText(error3) {
  return error3 instanceof Error ? error3.message : String(error3);
}

// packages/core/src/actions/inputs.ts
var TRUE_WORDS = ["true", "yes", "1"];
var FALSE_WORDS = ["false", "no", "0"];
function parseBooleanInput(name, raw, fallback2) {
  const value = (raw ?? "").trim().toLowerCase();
  if (value === "" && fallback2 !== void 0) return fallback2;
  if (TRUE_WORDS.includes(value)) return true;
  if (FALSE_WORDS.includes(value)) return false;
  throw new InputError(
    name,
    `Input \`${name}\` must be one of true, false, yes, no, 1 or 0 (any case), not ${describe(raw)}. Fix the \`with:\` block of the step.`
  );
}
function parseListInput(raw) {
  const items = (raw ?? "").split(/[\r\n,]+/).map((item) => item.trim()).filter(Boolean);
  return [...new Set(items)];
}
function describe(raw) {
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
    `Input \`${name}\` must be the job's matrix as a JSON object, \`${name}: \${{ toJSON(matrix) }}\` (or nothing outside a matrix job), not ${describe(raw)}. Fix the \`with:\` block of the step.`
  );
}

// packages/core/src/actions/job-summary.ts
import { appendFile as appendFile2, stat as stat5 } from "node:fs/promises";
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
  const used = await stat5(file).then(
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
function getElementAtPath(obj, path9) {
  if (!path9)
    return obj;
  return path9.reduce((acc, key) => acc?.[key], obj);
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
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
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
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
function prefixIssues(path9, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path9);
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
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
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
  const processError = (error4, path9 = []) => {
    for (const issue3 of error4.issues) {
      if (issue3.code === "invalid_union" && issue3.errors.length) {
        issue3.errors.map((issues) => processError({ issues }, [...path9, ...issue3.path]));
      } else if (issue3.code === "invalid_key") {
        processError({ issues: issue3.issues }, [...path9, ...issue3.path]);
      } else if (issue3.code === "invalid_element") {
        processError({ issues: issue3.issues }, [...path9, ...issue3.path]);
      } else {
        const fullpath = [...path9, ...issue3.path];
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
    const result2 = schema._zod.run({ value, issues: [] }, ctx);
    if (result2 instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result2.issues.length) {
      const e = new (_params?.Err ?? _Err)(result2.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result2.value;
  };
  return fn;
};
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result2 = schema._zod.run({ value, issues: [] }, ctx);
    if (result2 instanceof Promise)
      result2 = await result2;
    if (result2.issues.length) {
      const e = new (params?.Err ?? _Err)(result2.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result2.value;
  };
  return fn;
};
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result2 = schema._zod.run({ value, issues: [] }, ctx);
  if (result2 instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result2.issues.length ? failure(_Err, result2.issues, ctx) : { success: true, data: result2.value };
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
  let result2 = schema._zod.run({ value, issues: [] }, ctx);
  if (result2 instanceof Promise)
    result2 = await result2;
  return result2.issues.length ? failure(_Err, result2.issues, ctx) : { success: true, data: result2.value };
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
  let result2;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result2 = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result2 = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result2 instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result2.issues.length === 0;
}
var validateAsync = async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result2 = schema._zod.run({ value, issues: [] }, ctx);
  if (result2 instanceof Promise)
    result2 = await result2;
  return result2.issues.length === 0;
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
      const result2 = inst._zod.parse(payload, ctx);
      if (result2 instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result2.then((result3) => runChecks(result3, checks, ctx));
      }
      return runChecks(result2, checks, ctx);
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
function handleArrayResult(result2, final, index2) {
  if (result2.issues.length) {
    final.issues.push(...prefixIssues(index2, result2.issues));
  }
  final.value[index2] = result2.value;
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
      const result2 = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result2 instanceof Promise) {
        proms.push(result2.then((result3) => handleArrayResult(result3, payload, i)));
      } else {
        handleArrayResult(result2, payload, i);
        if (abortEarly && result2.issues.length !== 0 && aborted(result2))
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
function handlePropertyResult(result2, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result2.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result2.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result2.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result2.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result2.value;
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
  for (const result2 of results) {
    if (result2.issues.length === 0) {
      final.value = result2.value;
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
    errors: results.map((result2) => result2.issues.map((iss) => finalizeIssue(iss, ctx, config())))
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
      const result2 = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result2 instanceof Promise) {
        results.push(result2);
        async = true;
      } else {
        if (result2.issues.length === 0)
          return result2;
        results.push(result2);
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
    for (let index2 = 0; index2 < a.length; index2++) {
      const itemA = a[index2];
      const itemB = b[index2];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index2, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result2, left, right) {
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
      result2.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result2.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result2.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result2.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result2))
      return result2;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result2.value = merged.data;
  return result2;
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
          const result2 = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result2 instanceof Promise) {
            proms.push(result2.then((result3) => {
              if (result3.issues.length) {
                payload.issues.push(...prefixIssues(key, result3.issues));
              }
              payload.value[outKey] = result3.value;
            }));
          } else {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
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
        const result2 = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result2 instanceof Promise) {
          proms.push(result2.then((result3) => {
            if (result3.issues.length) {
              payload.issues.push(...prefixIssues(key, result3.issues));
            }
            payload.value[outKey] = result3.value;
          }));
        } else {
          if (result2.issues.length) {
            payload.issues.push(...prefixIssues(key, result2.issues));
          }
          payload.value[outKey] = result2.value;
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
function handleOptionalResult(payload, result2) {
  payload.value = result2.issues.length ? void 0 : result2.value;
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
      const result2 = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result2 instanceof Promise)
        return result2.then((result3) => handleOptionalResult(payload, result3));
      return handleOptionalResult(payload, result2);
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
    const result2 = def.innerType._zod.run(payload, ctx);
    if (result2 instanceof Promise) {
      return result2.then((result3) => handleDefaultResult(result3, def));
    }
    return handleDefaultResult(result2, def);
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
    const result2 = def.innerType._zod.run(payload, ctx);
    if (result2 instanceof Promise) {
      return result2.then((result3) => handleNonOptionalResult(result3, inst));
    }
    return handleNonOptionalResult(result2, inst);
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
function handleCatchResult(payload, result2, def, ctx) {
  if (!result2.issues.length) {
    payload.value = result2.value;
    if (result2.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result2,
    value: payload.value,
    error: {
      issues: result2.issues.map((iss) => finalizeIssue(iss, ctx, config()))
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
    const result2 = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result2 instanceof Promise) {
      return result2.then((result3) => handleCatchResult(payload, result3, def, ctx));
    }
    return handleCatchResult(payload, result2, def, ctx);
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
    const result2 = def.innerType._zod.run(payload, ctx);
    if (result2 instanceof Promise) {
      return result2.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result2);
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
function handleRefineResult(result2, payload, input, inst) {
  if (!result2) {
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
function isRecursive(inst, stack, resolve3) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result2 = NONE;
  const check = (child2) => {
    if (result2 !== PROVEN && child2?._zod) {
      const answer = isRecursive(child2, stack, resolve3);
      if (answer > result2)
        result2 = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child2 = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve3) : NONE;
      if (child2 > answer)
        answer = child2;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result2)
      result2 = answer;
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
      const inner = def._cachedInner ?? (resolve3 ? inst._zod.innerType : void 0);
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
  return settle(inst, result2);
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
var open3 = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open3.push(entry);
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
        const depth = open3.length;
        const result2 = base(payload, ctx);
        handoff = void 0;
        const entry = open3.length > depth ? open3.pop() : void 0;
        if (result2 instanceof Promise) {
          return result2.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result2.issues.length ? cloneIssues(result2.issues) : NO_ISSUES;
        return result2;
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
  const result2 = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result2 === "any")
    return false;
  if (result2 === void 0 || result2 === "throw")
    throw new Error(message);
  Object.assign(json, result2);
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
  const result2 = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result2);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result2.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result2.schema, params);
    } else {
      const _json = result2.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result2.ref)
        result2.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema);
  if (meta2)
    assignProps(result2.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result2.schema.examples;
    delete result2.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result2.schema)
    (_a3 = result2.schema).default ?? (_a3.default = result2.schema._prefault);
  delete result2.schema._prefault;
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
  const result2 = {};
  if (ctx.target === "draft-2020-12") {
    result2.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result2.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result2.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result2.$id = ctx.external.uri(id);
  }
  assignProps(result2, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result2.id === rootMetaId)
    delete result2.id;
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
        result2.$defs = defs;
      } else {
        result2.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result2));
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
  const result2 = reportV1Schema.safeParse(value);
  if (result2.success) return { ok: true, report: result2.data };
  return { ok: false, errors: formatIssues(result2.error.issues) };
}
function formatIssues(issues) {
  const lines = issues.map((issue3) => `${formatPath(issue3.path)}: ${cleanLine(issue3.message, 300)}`);
  if (lines.length <= MAX_VALIDATION_ERRORS) return lines;
  const shown = lines.slice(0, MAX_VALIDATION_ERRORS - 1);
  shown.push(`…and ${lines.length - shown.length} more problems`);
  return shown;
}
function formatPath(path9) {
  if (path9.length === 0) return "(root)";
  let out = "";
  for (const segment of path9) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (typeof segment === "string" && /^[A-Za-z_$][\w$-]{0,63}$/.test(segment))
      out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(cleanLine(String(segment), 40))}]`;
  }
  return out;
}

// packages/core/src/report/render-json.ts
function renderJson(report) {
  const result2 = validateReport(report);
  if (!result2.ok) throw new ReportValidationError(result2.errors);
  const ordered = {
    ...result2.report,
    checks: result2.report.checks.map(
      (check) => check.evidence === void 0 ? check : { ...check, evidence: sortKeys(check.evidence) }
    )
  };
  return `${JSON.stringify(ordered, null, 2)}
`;
}
function sortKeys(record2) {
  return Object.fromEntries(Object.entries(record2).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}

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
function detectServiceAccount(env) {
  const user = (readEnv(env, "USERNAME") ?? "").toUpperCase();
  const profile = (readEnv(env, "USERPROFILE") ?? "").replace(/\//g, "\\").toLowerCase();
  if (user === "SYSTEM" || /\\system32\\config\\systemprofile$/.test(profile)) return "LocalSystem";
  if (user === "NETWORK SERVICE" || /\\serviceprofiles\\networkservice$/.test(profile)) return "NetworkService";
  if (user === "LOCAL SERVICE" || /\\serviceprofiles\\localservice$/.test(profile)) return "LocalService";
  const domain = (readEnv(env, "USERDOMAIN") ?? "").toUpperCase();
  if (domain === "NT SERVICE" || /\\serviceprofiles\\[^\\]+$/.test(profile)) return "VirtualAccount";
  if (/^\S+\$$/.test(user)) return "MachineAccount";
  return null;
}
function findDeadEnds(env, hostArch) {
  const ends = [];
  const hosted = readEnv(env, "RUNNER_ENVIRONMENT") === "github-hosted";
  const runnerArch = (readEnv(env, "RUNNER_ARCH") ?? "").toUpperCase();
  const imageOs = readEnv(env, "ImageOS") ?? "";
  if (hosted && (runnerArch === "ARM64" || /arm/i.test(imageOs) || runnerArch === "" && hostArch === "arm64")) {
    ends.push({
      kind: "hosted-arm64",
      detail: `GitHub-hosted arm64 runner${imageOs ? ` (image ${imageOs})` : ""}: no nested virtualization, so WSL 2 cannot start, and WSL 1 fails to mount its file systems.`
    });
  }
  const account = detectServiceAccount(env);
  if (account) {
    ends.push({
      kind: "service-account",
      account,
      detail: `The process runs as ${account} (USERNAME=${readEnv(env, "USERNAME") ?? "?"}): WSL distributions belong to a user, so this account sees none of them.`
    });
  }
  const agent = readEnv(env, "AGENT_NAME") ?? "";
  if (readEnv(env, "TF_BUILD")?.toLowerCase() === "true" && /^(hosted agent|azure pipelines)/i.test(agent)) {
    ends.push({
      kind: "azure-devops-hosted",
      detail: `Azure DevOps Microsoft-hosted agent (${agent}): these agents say "WSL2 is not supported" (no nested virtualization).`
    });
  }
  return ends;
}

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
  const path9 = join3(options.dir, options.fileName ?? REPORT_FILE_NAME);
  await mkdir2(options.dir, { recursive: true });
  await writeFile2(path9, typeof report === "string" ? report : renderJson(report), "utf8");
  const upload = options.upload;
  if (!upload) return { path: path9, artifact: void 0, notUploaded: void 0 };
  if (upload.client.unavailableReason) {
    const why = `The report was not uploaded as an artifact: ${upload.client.unavailableReason}`;
    options.io?.info(why);
    return { path: path9, artifact: void 0, notUploaded: why };
  }
  try {
    const artifact = await upload.client.uploadFile(upload.name, path9, { retentionDays: upload.retentionDays });
    options.io?.info(
      `Uploaded the report as artifact ${artifact.name} (id ${artifact.id}, ${artifact.sizeBytes} bytes).`
    );
    return { path: path9, artifact, notUploaded: void 0 };
  } catch (error3) {
    const hint = upload.nameTakenHint && isNameTaken(error3) ? ` ${upload.nameTakenHint}` : "";
    const why = `The report was not uploaded as an artifact: ${error3 instanceof Error ? error3.message : String(error3)}${hint}`;
    options.io?.warning(why);
    return { path: path9, artifact: void 0, notUploaded: why };
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

// packages/setup-wsl2/src/main.ts
import { existsSync as existsSync3, mkdirSync as mkdirSync2, readFileSync as readFileSync2, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { homedir, release, tmpdir as tmpdir2 } from "node:os";
import { dirname as dirname3, join as join6 } from "node:path";
import { fileURLToPath } from "node:url";

// packages/core/src/windows/build.ts
var WSL2_MIN_BUILD = 19041;
var WSL2_BACKPORT_BUILDS = [18362, 18363];
var WSL2_BACKPORT_MIN_UBR = 1049;
function wsl2BuildSupport(build, ubr, arch2) {
  if (build === null || !Number.isFinite(build)) return { supported: null, reason: "unknown" };
  if (build >= WSL2_MIN_BUILD) return { supported: true, reason: "build" };
  if (WSL2_BACKPORT_BUILDS.includes(build) && arch2 !== "arm64") {
    if (ubr !== null && ubr >= WSL2_BACKPORT_MIN_UBR) return { supported: true, reason: "backport" };
    return { supported: false, reason: "needs-backport" };
  }
  return { supported: false, reason: "too-old" };
}
function splitWindowsVersion(text2) {
  const match = /^\s*\d+\.\d+\.(\d{4,6})(?:\.(\d{1,6}))?\s*$/.exec(text2 ?? "");
  if (!match) return null;
  return { build: Number(match[1]), ubr: match[2] === void 0 ? null : Number(match[2]) };
}
function cannotRunWsl2(build, ubr, arch2) {
  const support = wsl2BuildSupport(build, ubr, arch2);
  if (support.supported !== false) return false;
  return support.reason === "too-old" || ubr !== null;
}

// packages/core/src/wsl/executables.ts
import path7 from "node:path";
function isWindowsHost(env = process.env, platform2 = process.platform) {
  return platform2 === "win32" || readEnv(env, "WSL_READY_WSL") !== void 0;
}
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

// packages/core/src/text/decode.ts
var LF = 10;
function decodeOutput(input) {
  const text2 = typeof input === "string" ? input : decodeBytes(input);
  return normalizeText(text2);
}
function normalizeText(text2) {
  let result2 = text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
  if (result2.includes("\0")) result2 = result2.replace(/\0/g, "");
  return result2.replace(/\r*\n/g, "\n").replace(/\r/g, "\n");
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
  const index2 = Math.max(line.lastIndexOf(":"), line.lastIndexOf("："));
  if (index2 < 0) return null;
  return line.slice(index2 + 1).trim();
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
function looksLikeUsageText(lines) {
  let optionLines = 0;
  let usageLine = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (/^--?[a-z][\w-]*(?:,\s*-[a-z])?(?:\s|$)/i.test(trimmed)) optionLines++;
    if (/\bwsl(?:\.exe)?\s+\[/i.test(trimmed) || /\(c\) Microsoft Corporation/i.test(trimmed)) usageLine = true;
  }
  return usageLine || optionLines >= 3;
}

// packages/core/src/wsl/parsers/parse-kernel.ts
var RELEASE = /^\d+\.\d+(?:\.\d+)*(?:[-+_~.][0-9A-Za-z._+~-]*)?$/;
var WSL1 = /^\d+\.\d+\.\d+(?:-(?<build>\d{4,6}))?-Microsoft$/;
var STOCK_WSL2 = /^\d+\.\d+\.\d+(?:\.\d+)?-microsoft-standard(?:-WSL2)?$/;
var ARCHES = ["x86_64", "aarch64", "arm64", "armv7l", "i686", "i386", "riscv64", "ppc64le", "s390x"];
function findRelease(lines) {
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed || isPromptLine(line)) continue;
    const procVersion = /\bLinux version (\S+)/.exec(trimmed);
    if (procVersion?.[1] && RELEASE.test(procVersion[1])) return { release: procVersion[1], line: trimmed };
    const unameAll = /^Linux \S+ (\S+) #/.exec(trimmed);
    if (unameAll?.[1] && RELEASE.test(unameAll[1])) return { release: unameAll[1], line: trimmed };
    if (RELEASE.test(trimmed) && /\D/.test(trimmed.replace(/\./g, ""))) return { release: trimmed, line: trimmed };
    if (/^\d+\.\d+\.\d+$/.test(trimmed)) return { release: trimmed, line: trimmed };
  }
  return null;
}
function findArch(lines, releaseLine) {
  const words = releaseLine.split(/\s+/);
  const fromUname = [...words].reverse().find((w) => ARCHES.includes(w));
  if (fromUname) return fromUname;
  const compiler = /\b(x86_64|aarch64)-[\w-]*(?:gcc|clang)/.exec(releaseLine)?.[1];
  if (compiler) return compiler;
  return lines.map((l) => l.trim()).find((l) => ARCHES.includes(l));
}
function parseKernel(input) {
  const lines = toLines(input);
  const warnings = [];
  const found = findRelease(lines);
  if (!found) {
    return parsed(false, { kernelRelease: "", kernelVersion: "", wslGeneration: null, customKernel: false }, warnings);
  }
  const { release: release2, line } = found;
  const info2 = {
    kernelRelease: release2,
    kernelVersion: /^\d+(?:\.\d+)*/.exec(release2)?.[0] ?? release2,
    wslGeneration: null,
    customKernel: false
  };
  const wsl1 = WSL1.exec(release2);
  if (wsl1) {
    info2.wslGeneration = 1;
    if (wsl1.groups?.build) info2.windowsBuild = Number(wsl1.groups.build);
  } else if (/microsoft|WSL2/i.test(release2)) {
    info2.wslGeneration = 2;
    info2.customKernel = !STOCK_WSL2.test(release2);
  } else {
    warnings.push(
      `Kernel \`${release2}\` is not a Microsoft WSL kernel: a custom kernel without the WSL marker, or not WSL at all.`
    );
  }
  const arch2 = findArch(lines, line);
  if (arch2) info2.arch = arch2;
  return parsed(true, info2, warnings);
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
  lines.forEach((line, index2) => {
    const row = isPromptLine(line) ? null : parseRow(line, index2);
    if (row) {
      if (!current) {
        const above = lines[index2 - 1] ?? "";
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

// packages/core/src/wsl/parsers/parse-os-release.ts
var FAMILY_OF = {
  debian: "debian",
  ubuntu: "debian",
  rhel: "rhel",
  fedora: "rhel",
  centos: "rhel",
  rocky: "rhel",
  almalinux: "rhel",
  ol: "rhel",
  amzn: "rhel",
  suse: "suse",
  sles: "suse",
  sled: "suse",
  opensuse: "suse",
  "opensuse-leap": "suse",
  "opensuse-tumbleweed": "suse",
  alpine: "alpine",
  arch: "arch",
  archlinux: "arch"
};
function distroFamily(id, idLike) {
  for (const candidate of [id, ...idLike]) {
    const family = FAMILY_OF[candidate.toLowerCase()];
    if (family) return family;
  }
  return "other";
}
function unquoteShellValue(raw) {
  let out = "";
  let i = 0;
  while (i < raw.length) {
    const c = raw[i];
    if (c === "'") {
      const end = raw.indexOf("'", i + 1);
      if (end < 0) return null;
      out += raw.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      i++;
      let closed = false;
      while (i < raw.length) {
        const d = raw[i];
        if (d === "\\" && i + 1 < raw.length && '"\\$`\n'.includes(raw[i + 1])) {
          out += raw[i + 1];
          i += 2;
        } else if (d === '"') {
          closed = true;
          i++;
          break;
        } else {
          out += d;
          i++;
        }
      }
      if (!closed) return null;
    } else if (c === "\\") {
      out += raw[i + 1] ?? "";
      i += 2;
    } else if (/\s/.test(c)) {
      break;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
var ASSIGNMENT = /^\s*(?:export\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*)=(?<raw>.*)$/;
function parseOsRelease(input) {
  const warnings = [];
  const entries = /* @__PURE__ */ new Map();
  for (const line of toLines(input)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith("#")) continue;
    const groups = ASSIGNMENT.exec(line)?.groups;
    if (!groups?.key || groups.raw === void 0) continue;
    const value = unquoteShellValue(groups.raw.trim());
    if (value === null) {
      warnings.push(`Unterminated quote in ${groups.key}; the line was skipped.`);
      continue;
    }
    entries.set(groups.key, value);
  }
  const fields = Object.fromEntries(entries);
  const recognized = ["ID", "NAME", "PRETTY_NAME", "VERSION_ID"].some((key) => entries.has(key));
  const get = (key) => entries.get(key) ?? null;
  const id = (get("ID") ?? "linux").toLowerCase();
  if (recognized && !entries.has("ID")) warnings.push("os-release has no ID; assuming `linux`.");
  const idLike = (get("ID_LIKE") ?? "").split(/\s+/).filter(Boolean).map((entry) => entry.toLowerCase());
  return parsed(
    recognized,
    {
      id,
      idLike,
      versionId: get("VERSION_ID"),
      prettyName: get("PRETTY_NAME"),
      name: get("NAME"),
      versionCodename: get("VERSION_CODENAME"),
      family: distroFamily(id, idLike),
      fields
    },
    warnings
  );
}

// packages/core/src/wsl/parsers/parse-version.ts
var WSL_VERSION_FIELDS = [
  "wslVersion",
  "kernelVersion",
  "wslgVersion",
  "msrdcVersion",
  "direct3dVersion",
  "dxcoreVersion",
  "windowsVersion"
];
var SHAPES = {
  wslVersion: [/^\d{1,2}\.\d+\.\d+\.\d+$/, /^\d{1,2}\.\d+\.\d+$/],
  kernelVersion: [/^[4-9]\.\d+\.\d+(?:\.\d+)?(?:-[\w.+-]+)?$/, /^\d+\.\d+\.\d+/],
  wslgVersion: [/^1\.\d+\.\d+$/, /^\d+\.\d+\.\d+$/],
  msrdcVersion: [/^1\.2\.\d{3,}$/, /^\d+\.\d+\.\d+$/],
  direct3dVersion: [/^1\.\d{3}\.\d+(?:-\d+)?$/, /^\d+\.\d+\.\d+/],
  dxcoreVersion: [/^10\.0\.\d{5}\.\d+-[\w.-]+$/, /^10\.0\.\d+/],
  windowsVersion: [/^10\.0\.\d{5}\.\d+$/, /^\d+\.\d+\.\d{4,}/]
};
var VERSION_TOKEN = /^v?(\d+(?:\.\d+)+(?:[-+][0-9A-Za-z][0-9A-Za-z.+-]*)?)$/;
function versionTokens(line) {
  const tokens = [];
  for (const raw of line.split(/[\s:：=,;|]+/u)) {
    const token = raw.replace(/^[([{"'«“„]+|[)\]}"'»”.,]+$/gu, "");
    const match = VERSION_TOKEN.exec(token);
    if (match?.[1]) tokens.push(match[1]);
  }
  return tokens;
}
function shapeScore(field, value) {
  const [strong, weak] = SHAPES[field];
  if (strong.test(value)) return 2;
  return weak.test(value) ? 1 : 0;
}
function pickToken(tokens, field) {
  let best = tokens[0] ?? "";
  let bestScore = -1;
  for (const token of tokens) {
    const score = shapeScore(field, token);
    if (score > bestScore) {
      best = token;
      bestScore = score;
    }
  }
  return best;
}
function findRuns(lines) {
  const runs = [];
  let current = null;
  lines.forEach((line, index2) => {
    const tokens = line.trim() ? versionTokens(line) : [];
    if (tokens.length > 0) {
      if (!current) {
        current = { start: index2, tokens: [] };
        runs.push(current);
      }
      current.tokens.push(tokens);
    } else {
      current = null;
    }
  });
  return runs;
}
function alignShortRun(run) {
  let best = { fields: [], score: -1 };
  const n = run.length;
  const visit = (fieldIndex, chosen, score) => {
    if (chosen.length === n) {
      if (score > best.score) best = { fields: [...chosen], score };
      return;
    }
    for (let f = fieldIndex; f <= WSL_VERSION_FIELDS.length - (n - chosen.length); f++) {
      const field = WSL_VERSION_FIELDS[f];
      const tokens = run[chosen.length];
      chosen.push(field);
      visit(f + 1, chosen, score + shapeScore(field, pickToken(tokens, field)));
      chosen.pop();
    }
  };
  visit(0, [], 0);
  return best;
}
function emptyInfo(inbox = false) {
  return {
    wslVersion: null,
    kernelVersion: null,
    wslgVersion: null,
    msrdcVersion: null,
    direct3dVersion: null,
    dxcoreVersion: null,
    windowsVersion: null,
    inbox
  };
}
function parseVersion(input) {
  const lines = toLines(input);
  const warnings = [];
  const candidates = findRuns(lines).filter((run) => run.tokens.length >= 4).map((run) => {
    const block = run.tokens.slice(0, WSL_VERSION_FIELDS.length);
    const fields = block.length === WSL_VERSION_FIELDS.length ? [...WSL_VERSION_FIELDS] : alignShortRun(block).fields;
    const score = fields.reduce((sum, field, i) => sum + shapeScore(field, pickToken(block[i], field)), 0);
    return { run, block, fields, score };
  }).filter((candidate) => candidate.score >= candidate.block.length * 1.2).sort((a, b) => b.block.length - a.block.length || b.score - a.score);
  const chosen = candidates[0];
  if (!chosen) {
    if (looksLikeUsageText(lines)) {
      warnings.push(
        "wsl.exe answered `--version` with its usage text: this is the inbox WSL of Windows, not the WSL package. Run `wsl --update` (or `wsl --install --no-distribution`) to install the current WSL."
      );
      return parsed(false, emptyInfo(true), warnings);
    }
    const code2 = findWslErrorCode(lines);
    if (code2) warnings.push(`wsl.exe reported an error instead of its versions (error code ${code2}).`);
    return parsed(false, emptyInfo(), warnings);
  }
  const info2 = emptyInfo();
  chosen.fields.forEach((field, i) => {
    const value = pickToken(chosen.block[i], field);
    info2[field] = value;
    if (shapeScore(field, value) === 0) warnings.push(`Unexpected ${field} value \`${value}\`.`);
  });
  if (chosen.block.length < WSL_VERSION_FIELDS.length) {
    const missing = WSL_VERSION_FIELDS.filter((field) => !chosen.fields.includes(field));
    warnings.push(
      `wsl --version printed ${chosen.block.length} lines (older release); missing: ${missing.join(", ")}.`
    );
  }
  const extra = chosen.run.tokens.length - chosen.block.length;
  if (extra > 0) warnings.push(`Ignored ${extra} extra version line(s) after the 7 standard ones (a debug build?).`);
  if (candidates.length > 1) warnings.push("More than one version block was found; the longest one was used.");
  return parsed(true, info2, warnings);
}

// packages/core/src/wsl/validate.ts
var DISTRO_NAME_PATTERN = /^[A-Za-z0-9._-]{1,256}$/;
var LINUX_USER_PATTERN = /^[a-z_][a-z0-9_-]*\$?$/;
var PACKAGE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+:~=-]*$/;
function describe3(value) {
  const text2 = typeof value === "string" ? value : String(value);
  const shown = text2.length > 60 ? `${text2.slice(0, 57)}…` : text2;
  return JSON.stringify(shown);
}
function fail(input, value, problem, accepted) {
  throw new InputError(input, `The ${input} ${describe3(value)} ${problem}. Accepted: ${accepted}.`);
}
function requireString(input, value, accepted) {
  if (typeof value !== "string") fail(input, value, "is not text", accepted);
  if (value === "") fail(input, value, "is empty", accepted);
  return value;
}
var DISTRO_ACCEPTED = '1-256 letters, digits, dots, underscores or hyphens, not starting with "-" (e.g. Ubuntu-24.04)';
function validateDistroName(value, input = "distribution name") {
  const name = requireString(input, value, DISTRO_ACCEPTED);
  if (name.startsWith("-")) fail(input, name, 'starts with "-" and would be read as an option', DISTRO_ACCEPTED);
  if (name.length > 256) fail(input, name, `is ${name.length} characters long`, DISTRO_ACCEPTED);
  if (!DISTRO_NAME_PATTERN.test(name)) {
    fail(input, name, `contains ${describeBadCharacters(name, /[A-Za-z0-9._-]/)}`, DISTRO_ACCEPTED);
  }
  if (name.toLowerCase() === "legacy") fail(input, name, "is reserved by WSL", DISTRO_ACCEPTED);
  return name;
}
var USER_ACCEPTED = 'a POSIX user name: lower-case letters, digits, "_" or "-", starting with a letter or "_", optionally ending in "$", at most 32 characters';
function validateLinuxUserName(value, input = "Linux user name") {
  const name = requireString(input, value, USER_ACCEPTED);
  if (name.length > 32) fail(input, name, `is ${name.length} characters long`, USER_ACCEPTED);
  if (!LINUX_USER_PATTERN.test(name)) {
    const problem = name.startsWith("-") ? 'starts with "-" and would be read as an option' : /^[0-9]/.test(name) ? "starts with a digit" : `contains ${describeBadCharacters(name, /[a-z0-9_$-]/)}`;
    fail(input, name, problem, USER_ACCEPTED);
  }
  return name;
}
var PACKAGE_ACCEPTED = "a package name of letters, digits and . _ + - (optionally with =version, :arch or ~), starting with a letter or digit, at most 200 characters";
function validatePackageName(value, input = "package name") {
  const name = requireString(input, value, PACKAGE_ACCEPTED);
  if (name.length > 200) fail(input, name, `is ${name.length} characters long`, PACKAGE_ACCEPTED);
  if (!PACKAGE_NAME_PATTERN.test(name)) {
    const problem = name.startsWith("-") ? 'starts with "-" and would be read as an option' : `contains ${describeBadCharacters(name, /[A-Za-z0-9._+:~=-]/)}`;
    fail(input, name, problem, PACKAGE_ACCEPTED);
  }
  return name;
}
function checkPathCharacters(input, path9, accepted) {
  if (path9.includes("\0")) fail(input, path9, "contains a NUL byte", accepted);
  if (/[\r\n]/.test(path9)) fail(input, path9, "contains a line break", accepted);
  if (/[\u0001-\u001f\u007f]/.test(path9)) fail(input, path9, "contains a control character", accepted);
}
var WINDOWS_ABSOLUTE = /^(?:[A-Za-z]:[\\/]|\\\\[^\\/?*"<>|]+[\\/][^\\/]+|\\\\\?\\)/;
function validateWindowsPath(value, input = "Windows path", options = {}) {
  const absolute = options.absolute ?? true;
  const accepted = absolute ? 'an absolute Windows path such as C:\\WSL\\Ubuntu or \\\\server\\share\\dir, without " < > | * ? or line breaks' : 'a Windows path without " < > | * ? or line breaks';
  const path9 = requireString(input, value, accepted);
  checkPathCharacters(input, path9, accepted);
  if (path9.length > 32767) fail(input, path9, "is longer than Windows allows", accepted);
  const body = path9.startsWith("\\\\?\\") ? path9.slice(4) : path9;
  if (/["<>|*?]/.test(body)) fail(input, path9, `contains ${describeBadCharacters(body, /[^"<>|*?]/)}`, accepted);
  if (body.indexOf(":", 2) !== -1 && !body.startsWith("\\\\")) {
    fail(input, path9, 'contains ":" outside the drive letter', accepted);
  }
  if (absolute && !WINDOWS_ABSOLUTE.test(path9)) fail(input, path9, "is not an absolute Windows path", accepted);
  if (path9.startsWith("-")) fail(input, path9, 'starts with "-" and would be read as an option', accepted);
  return path9;
}
function validateLinuxPath(value, input = "Linux path", options = {}) {
  const absolute = options.absolute ?? true;
  const accepted = absolute ? 'an absolute Linux path starting with "/", without NUL or line breaks' : "a Linux path without NUL or line breaks";
  const path9 = requireString(input, value, accepted);
  checkPathCharacters(input, path9, accepted);
  if (path9.length > 4096) fail(input, path9, "is longer than PATH_MAX (4096)", accepted);
  if (absolute && !path9.startsWith("/")) fail(input, path9, 'does not start with "/"', accepted);
  if (!absolute && path9.startsWith("-")) fail(input, path9, 'starts with "-" and would be read as an option', accepted);
  return path9;
}
var DIRECTORY_ACCEPTED = '"~" (the Linux home), an absolute Linux path such as /home/me, or an absolute Windows path such as C:\\src';
function validateWslDirectory(value, input = "working directory") {
  const dir = requireString(input, value, DIRECTORY_ACCEPTED);
  if (dir === "~") return dir;
  if (dir.startsWith("/")) {
    validateLinuxPath(dir, input);
    if (dir.includes('"')) fail(input, dir, "contains a double quote", DIRECTORY_ACCEPTED);
    return dir;
  }
  if (/^[A-Za-z]:[\\/]|^\\\\/.test(dir)) return validateWindowsPath(dir, input);
  return fail(input, dir, 'is not "~" or an absolute path', DIRECTORY_ACCEPTED);
}
function validateWslVersion(value, input = "WSL version") {
  if (value === 1 || value === "1") return 1;
  if (value === 2 || value === "2") return 2;
  return fail(input, value, "is not a WSL version", "1 or 2");
}
var SIZE_ACCEPTED = "a whole number with an optional unit B, K, KB, M, MB, G, GB, T or TB (e.g. 256GB)";
function validateMemorySize(value, input = "disk size") {
  const size = requireString(input, value, SIZE_ACCEPTED);
  if (!/^[0-9]{1,15}(?:B|K|KB|M|MB|G|GB|T|TB)?$/.test(size)) fail(input, size, "is not a size", SIZE_ACCEPTED);
  return size;
}
var ENV_ACCEPTED = "letters, digits and underscores, not starting with a digit (e.g. MY_VAR)";
function validateEnvName(value, input = "environment variable name") {
  const name = requireString(input, value, ENV_ACCEPTED);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) fail(input, name, "is not a portable variable name", ENV_ACCEPTED);
  return name;
}
function describeBadCharacters(text2, allowed) {
  const bad = /* @__PURE__ */ new Set();
  for (const char of text2) if (!allowed.test(char)) bad.add(char);
  const names = [...bad].slice(0, 5).map((char) => {
    if (char === " ") return "a space";
    if (char === "\n" || char === "\r") return "a line break";
    if (char === "	") return "a tab";
    if (char === "\0") return "a NUL byte";
    const code2 = char.codePointAt(0) ?? 0;
    if (code2 < 32 || code2 === 127) return `control character U+${code2.toString(16).padStart(4, "0").toUpperCase()}`;
    return JSON.stringify(char);
  });
  return names.length ? names.join(", ") : "characters that are not accepted";
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
function normalizeRoot(root) {
  let value = (root ?? "/mnt/").trim() || "/mnt/";
  if (!value.startsWith("/")) value = `/${value}`;
  if (!value.endsWith("/")) value = `${value}/`;
  return value;
}
var WSL_UNC = /^[\\/]{2}(?:wsl\$|wsl\.localhost)[\\/]([^\\/]+)(?:[\\/](.*))?$/i;
function parseWslUncPath(path9) {
  const match = WSL_UNC.exec(stripExtendedPrefix(path9));
  if (!match?.[1]) return void 0;
  return { distro: match[1], linuxPath: `/${toForwardSlashes(match[2] ?? "")}` };
}
function windowsPathToWsl(path9, options = {}) {
  const root = normalizeRoot(options.automountRoot);
  const stripped = stripExtendedPrefix(path9);
  const unc = parseWslUncPath(stripped);
  if (unc) return unc.linuxPath;
  const drive = /^([A-Za-z]):(?:([\\/])(.*))?$/s.exec(stripped);
  if (drive?.[1]) {
    if (drive[2] === void 0) return stripped.length === 2 ? `${root}${drive[1].toLowerCase()}/` : void 0;
    return `${root}${drive[1].toLowerCase()}/${toForwardSlashes(drive[3] ?? "")}`;
  }
  if (/^[A-Za-z]:/.test(stripped) || /^[\\/]/.test(stripped)) return void 0;
  return toForwardSlashes(stripped);
}
function stripExtendedPrefix(path9) {
  if (/^\\\\\?\\UNC\\/i.test(path9)) return `\\\\${path9.slice(8)}`;
  if (path9.startsWith("\\\\?\\") || path9.startsWith("\\\\.\\")) return path9.slice(4);
  return path9;
}
function toForwardSlashes(path9) {
  return path9.replace(/[\\/]+/g, "/");
}

// packages/core/src/wsl/argv.ts
function wslListVerboseArgs(options = {}) {
  return ["--list", "--verbose", ...options.all ? ["--all"] : []];
}
function wslVersionArgs() {
  return ["--version"];
}
function wslInstallArgs(options = {}) {
  const args = ["--install"];
  if (options.distribution !== void 0) {
    const distro = validateDistroName(options.distribution, "distribution to install");
    if (options.noDistribution) conflict("distribution to install", '"noDistribution" and a distribution');
    if (options.fromFile !== void 0) conflict("distribution to install", '"fromFile" and a distribution');
    if (options.distributionForm === "positional") args.push(distro);
    else args.push("--distribution", distro);
  }
  if (options.noDistribution) {
    for (const key of ["fromFile", "name", "location", "version", "vhdSize"]) {
      if (options[key] !== void 0) conflict("install options", `"noDistribution" and "${key}"`);
    }
    args.push("--no-distribution");
  }
  if (options.noLaunch) args.push("--no-launch");
  if (options.webDownload) args.push("--web-download");
  if (options.fromFile !== void 0) args.push("--from-file", fileOrDash(options.fromFile, "file to install from"));
  if (options.name !== void 0) args.push("--name", validateDistroName(options.name, "name of the new distribution"));
  if (options.location !== void 0)
    args.push("--location", validateWindowsPath(options.location, "install location"));
  if (options.version !== void 0) args.push("--version", String(validateWslVersion(options.version)));
  if (options.vhdSize !== void 0) args.push("--vhd-size", validateMemorySize(options.vhdSize, "disk size"));
  if (options.fixedVhd) {
    if (options.vhdSize === void 0)
      conflict("fixed disk", '"fixedVhd" without "vhdSize" (a fixed disk needs a size)');
    args.push("--fixed-vhd");
  }
  if (options.enableWsl1) args.push("--enable-wsl1");
  return args;
}
function wslImportArgs(options) {
  const distro = validateDistroName(options.distribution);
  const location = validateWindowsPath(options.installLocation, "install location");
  const file = fileOrDash(options.file, "file to import");
  if (/\.vhdx?$/i.test(file) && !options.vhd) {
    throw new InputError(
      "file to import",
      `The file to import ${JSON.stringify(file)} is a virtual disk: pass vhd: true (wsl --import … --vhd), or import a tar file.`
    );
  }
  const args = ["--import", distro, location, file];
  if (options.version !== void 0) args.push("--version", String(validateWslVersion(options.version)));
  if (options.vhd) args.push("--vhd");
  return args;
}
var EXPORT_FORMATS = ["tar", "tar.gz", "tar.xz", "vhd"];
function wslExportArgs(options) {
  const distro = validateDistroName(options.distribution);
  const file = fileOrDash(options.file, "export file");
  const args = ["--export", distro, file];
  if (options.format !== void 0) {
    if (!EXPORT_FORMATS.includes(options.format)) {
      throw new InputError(
        "export format",
        `The export format ${JSON.stringify(options.format)} is not known. Accepted: ${EXPORT_FORMATS.join(", ")}.`
      );
    }
    if (options.vhd && options.format !== "vhd") {
      conflict("export format", `"vhd" and format ${JSON.stringify(options.format)} (a disk export is not a tar)`);
    }
    args.push("--format", options.format);
  } else if (options.vhd) {
    args.push("--vhd");
  }
  return args;
}
function wslSetDefaultArgs(distribution) {
  return ["--set-default", validateDistroName(distribution)];
}
function wslSetVersionArgs(distribution, version2) {
  return ["--set-version", validateDistroName(distribution), String(validateWslVersion(version2))];
}
function wslTerminateArgs(distribution) {
  return ["--terminate", validateDistroName(distribution)];
}
function wslShutdownArgs(options = {}) {
  return ["--shutdown", ...options.force ? ["--force"] : []];
}
function wslUpdateArgs(options = {}) {
  const args = ["--update"];
  if (options.webDownload) args.push("--web-download");
  if (options.preRelease) args.push("--pre-release");
  return args;
}
function wslExecArgs(options) {
  const modes = ["command", "script", "shellCommand"].filter((key) => options[key] !== void 0);
  if (modes.length !== 1) {
    throw new InputError(
      "command",
      `Give exactly one of command (run without a shell), script (run by /bin/sh -c) or shellCommand (run by the distro's shell); got ${modes.length ? modes.join(" and ") : "none"}.`
    );
  }
  const args = [];
  if (options.distribution !== void 0) args.push("--distribution", validateDistroName(options.distribution));
  if (options.user !== void 0) args.push("--user", validateLinuxUserName(options.user));
  if (options.cwd !== void 0) args.push("--cd", validateWslDirectory(options.cwd));
  if (options.command !== void 0) {
    const [program, ...rest] = options.command;
    if (!program) throw new InputError("command", "The command to run is empty. Accepted: [program, ...arguments].");
    for (const word of options.command) checkNoNul("command", word);
    args.push("--exec", program, ...rest);
  } else if (options.script !== void 0) {
    if (!options.script.trim()) throw new InputError("script", "The script to run is empty.");
    checkNoNul("script", options.script);
    const shell = options.scriptShell ?? "/bin/sh";
    if (!shell.startsWith("/") || /[\s\0]/.test(shell)) {
      throw new InputError(
        "script shell",
        `The script shell ${JSON.stringify(shell)} must be an absolute Linux path without spaces.`
      );
    }
    args.push("--exec", shell, "-c", options.script);
  } else {
    const words = options.shellCommand ?? [];
    if (!words.length) throw new InputError("shell command", "The shell command is empty.");
    for (const word of words) {
      checkNoNul("shell command", word);
      if (word === "" || /[\s"]/.test(word)) {
        throw new InputError(
          "shell command",
          `The shell word ${JSON.stringify(word)} would be re-quoted on its way through wsl.exe. Accepted: words without spaces, tabs or double quotes; pass a script or a command instead.`
        );
      }
    }
    if (options.shellType) {
      if (options.shellType !== "standard" && options.shellType !== "login") {
        throw new InputError(
          "shell type",
          `The shell type ${JSON.stringify(options.shellType)} is not known. Accepted: standard, login.`
        );
      }
      args.push("--shell-type", options.shellType);
    }
    args.push("--", ...words);
  }
  return { args, env: forwardedEnv(options.env, options.baseWslenv) };
}
function forwardedEnv(env, baseWslenv) {
  if (!env || Object.keys(env).length === 0) return {};
  const result2 = {};
  const entries = [];
  for (const [name, spec] of Object.entries(env)) {
    validateEnvName(name);
    if (name === "WSLENV") {
      throw new InputError(
        "environment variable name",
        "WSLENV is built from the forwarded variables; pass baseWslenv instead."
      );
    }
    const value = typeof spec === "string" ? spec : spec.value;
    if (typeof value !== "string") throw new InputError(name, `The value of ${name} must be text.`);
    checkNoNul(name, value);
    if (typeof spec !== "string" && spec.direction !== void 0 && !["both", "to-wsl", "to-windows"].includes(spec.direction)) {
      throw new InputError(name, `The direction of ${name} is not known. Accepted: both, to-wsl, to-windows.`);
    }
    result2[name] = value;
    entries.push(wslenvEntry(name, typeof spec === "string" ? {} : spec));
  }
  result2.WSLENV = mergeWslenv(baseWslenv, entries);
  return result2;
}
function checkNoNul(input, value) {
  if (value.includes("\0")) {
    throw new InputError(input, `The ${input} contains a NUL byte, which no process argument can carry.`);
  }
}
function fileOrDash(value, input) {
  return value === "-" ? value : validateWindowsPath(value, input, { absolute: false });
}
function conflict(input, what) {
  throw new InputError(input, `wsl.exe rejects ${what} together; drop one of them.`);
}

// packages/core/src/wsl/errors/catalog.ts
var LEARN = "https://learn.microsoft.com/windows/wsl/";
var TROUBLESHOOTING = `${LEARN}troubleshooting`;
var INSTALL = `${LEARN}install`;
var BASIC_COMMANDS = `${LEARN}basic-commands`;
var CONFIG = `${LEARN}wsl-config`;
var NETWORKING = `${LEARN}networking`;
var DISK_SPACE = `${LEARN}disk-space`;
var ENTERPRISE = `${LEARN}enterprise`;
var CUSTOM_DISTRO = `${LEARN}use-custom-distro`;
var MOUNT_DISK = `${LEARN}wsl2-mount-disk`;
var ENABLE_VIRTUALIZATION = "https://aka.ms/enablevirtualization";
var WSL_RELEASES = "https://github.com/microsoft/WSL/releases";
var ENABLE_VMP = "Elevated terminal: `wsl.exe --install --no-distribution` (enables Virtual Machine Platform), then reboot.";
var CI_VIRTUALIZATION = "GitHub Actions: use an x64 image (`runs-on: windows-2025` or `windows-2022`); `windows-11-arm` has no nested virtualization, so use WSL 1 there (`wsl --set-default-version 1`). Azure DevOps hosted agents cannot run WSL 2.";
var SELF_HOSTED_VM = "Self-hosted VM: expose virtualization to the guest (Hyper-V host: `Set-VMProcessor -VMName <VM> -ExposeVirtualizationExtensions $true`; Azure: a size with nested virtualization and security type Standard, not Trusted Launch).";
var CI_BAKE_FEATURES = "Self-hosted runner: enable the Windows features in the machine image and reboot before jobs run; a job cannot reboot its runner.";
var UPDATE_WSL = "Run `wsl --update` (or install the latest `wsl.<version>.x64.msi` from github.com/microsoft/WSL/releases).";
var SHUTDOWN_RETRY = "Run `wsl --shutdown`, then retry the command.";
var CI_RETRY_DOWNLOAD = "CI: retry with backoff, prefer `--web-download`, or cache the distro file (actions/cache) and install it with `wsl --install --from-file <file.wsl>` or `wsl --import`.";
var NETWORK_CHECK = "Check DNS and proxy: `ipconfig /flushdns`, `netsh winhttp show proxy` (reset with `netsh winhttp reset proxy`), and that github.com, raw.githubusercontent.com and the Microsoft Store are reachable.";
var LIST_DISTROS = "List the registered names with `wsl -l -q` (names are per Windows user).";
var ROWS = [
  // ── Hypervisor / virtualization ────────────────────────────────────────────────────────────────
  [
    "0x80370102",
    "HCS_E_HYPERV_NOT_INSTALLED",
    "virtualization-disabled",
    "WSL 2 cannot start: virtualization is not available",
    "The hypervisor is unusable: Virtual Machine Platform is off, VT-x/AMD-V is disabled in firmware, the hypervisor is not launched (`hypervisorlaunchtype Off`), or this is a VM without nested virtualization.",
    [
      ENABLE_VMP,
      "Turn on Intel VT-x / AMD-V (SVM) in the firmware (BIOS/UEFI) settings.",
      "Elevated terminal: `bcdedit /set hypervisorlaunchtype auto`, then reboot.",
      CI_VIRTUALIZATION,
      SELF_HOSTED_VM
    ],
    ENABLE_VIRTUALIZATION
  ],
  [
    "0x80370114",
    "HCS_E_SERVICE_NOT_AVAILABLE",
    "feature-missing",
    "The Host Compute Service is not available",
    "The Host Compute Service (vmcompute) cannot run: Virtual Machine Platform is missing or half-installed, or an Exploit protection override (Control Flow Guard) on vmcompute.exe blocks it.",
    [
      "Windows Security > App & browser control > Exploit protection > Program settings: remove the overrides for `C:\\Windows\\System32\\vmcompute.exe` and `vmwp.exe`, then reboot.",
      ENABLE_VMP,
      "Check that `sc.exe query vmcompute` finds the service; if not, re-enable Virtual Machine Platform.",
      CI_BAKE_FEATURES
    ],
    "https://github.com/microsoft/WSL/issues/4951"
  ],
  [
    "0x80370109",
    "HCS_E_CONNECTION_TIMEOUT",
    "other",
    "The WSL 2 virtual machine did not answer in time",
    "The VM hung or the host is overloaded (often reported with Docker Desktop or Rancher Desktop running).",
    [SHUTDOWN_RETRY, UPDATE_WSL, "Give the VM headroom: lower `[wsl2] memory=`/`processors=` load or close other VMs."],
    TROUBLESHOOTING
  ],
  [
    "0x80370107",
    "HCS_E_TERMINATED",
    "other",
    "The WSL 2 virtual machine was terminated",
    "The VM stopped while WSL was using it (shutdown during a call, crash, or host resource pressure).",
    [SHUTDOWN_RETRY, UPDATE_WSL],
    TROUBLESHOOTING
  ],
  [
    "0x80040332",
    "WSL_E_VM_CRASHED",
    "other",
    "The WSL 2 virtual machine crashed",
    "The utility VM crashed; WSL keeps a crash dump.",
    [SHUTDOWN_RETRY, UPDATE_WSL, "If it repeats, report it with logs: https://github.com/microsoft/WSL/issues."],
    TROUBLESHOOTING
  ],
  // ── WSL / Windows components ───────────────────────────────────────────────────────────────────
  [
    "0x8007019e",
    "ERROR_LINUX_SUBSYSTEM_NOT_PRESENT",
    "feature-missing",
    "The Windows Subsystem for Linux optional component is not enabled",
    'The inbox wsl.exe, WSL 1 and old distro launchers need the "Windows Subsystem for Linux" feature, which is off.',
    [
      "Elevated terminal: `wsl.exe --install --no-distribution` (add `--enable-wsl1` for WSL 1), then reboot.",
      "Or: `dism.exe /online /enable-feature /featurename:Microsoft-Windows-Subsystem-Linux /all /norestart`, then reboot.",
      CI_BAKE_FEATURES
    ],
    INSTALL,
    ["0x19e"]
  ],
  [
    "0x80040321",
    "WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED",
    "feature-missing",
    "The Windows Subsystem for Linux optional component is required",
    'The requested operation needs the "Windows Subsystem for Linux" optional component, which is not enabled.',
    [
      "Elevated terminal: `wsl.exe --install --no-distribution`, then reboot.",
      "GitHub Actions: windows-2025 ships it; on windows-2022 run `wsl --update` first.",
      CI_BAKE_FEATURES
    ],
    INSTALL
  ],
  [
    "0x80040303",
    "WSL_E_WSL1_NOT_SUPPORTED",
    "feature-missing",
    "WSL 1 is not available on this machine",
    'WSL 1 was requested but the "Windows Subsystem for Linux" optional component is off.',
    [
      "Elevated terminal: `wsl --install --no-distribution --enable-wsl1`, then reboot.",
      "Or use WSL 2: `wsl --set-default-version 2` / `wsl --set-version <Distro> 2`."
    ],
    INSTALL
  ],
  [
    "0x8004032d",
    "WSL_E_VIRTUAL_MACHINE_PLATFORM_REQUIRED",
    "feature-missing",
    "Virtual Machine Platform is required",
    "Virtual networking (HNS) is unavailable because Virtual Machine Platform is not installed, for example when only Hyper-V is enabled. Recent WSL prints it as a `wsl:` warning and runs without networking.",
    [ENABLE_VMP, CI_BAKE_FEATURES],
    INSTALL
  ],
  [
    "0x80070422",
    "ERROR_SERVICE_DISABLED",
    "feature-missing",
    "The WSL service is disabled",
    'The WSL service (`WSLService`, or `LxssManager` for inbox WSL) has startup type Disabled, often set by antivirus, "tuning" tools or group policy.',
    [
      "Elevated terminal: `sc.exe config wslservice start= demand` (inbox WSL: `sc.exe config lxssmanager start= demand`).",
      'Or services.msc > "WSL Service" > Startup type: Manual.',
      "If it flips back, add an exclusion in the security or tuning software that disabled it."
    ],
    TROUBLESHOOTING
  ],
  [
    "0x80070424",
    "ERROR_SERVICE_DOES_NOT_EXIST",
    "feature-missing",
    "The WSL service is not installed",
    "wsl.exe could not find its service: the WSL package is missing or its installation is broken.",
    [UPDATE_WSL, 'If that fails, uninstall "Windows Subsystem for Linux" in Settings > Apps and reinstall the MSI.'],
    WSL_RELEASES
  ],
  [
    "0x80080005",
    "CO_E_SERVER_EXEC_FAILURE",
    "feature-missing",
    "The WSL service could not start",
    "COM could not start wslservice.exe: the WSL package is damaged or half-updated.",
    [
      'Repair the package: Settings > Apps > "Windows Subsystem for Linux" > Advanced options > Repair, or reinstall the MSI from github.com/microsoft/WSL/releases.',
      UPDATE_WSL
    ],
    WSL_RELEASES
  ],
  [
    "0x80040154",
    "REGDB_E_CLASSNOTREG",
    "feature-missing",
    "WSL is not registered",
    "The WSL COM class is not registered: the feature was turned off (e.g. by a Windows update) or the package registration is broken.",
    ["Elevated terminal: `wsl.exe --install --no-distribution`, then reboot.", UPDATE_WSL],
    TROUBLESHOOTING
  ],
  [
    "0x80040328",
    "WSL_E_INSTALL_PROCESS_FAILED",
    "feature-missing",
    "The WSL installer process failed",
    "A helper process that installs WSL or its components failed.",
    [
      "Retry from an elevated terminal: `wsl --install --no-distribution`.",
      "Or install the MSI from github.com/microsoft/WSL/releases (`msiexec /i wsl.<version>.x64.msi /qn` in CI)."
    ],
    WSL_RELEASES
  ],
  [
    "0x80040329",
    "WSL_E_INSTALL_COMPONENT_FAILED",
    "feature-missing",
    "A Windows optional component could not be installed",
    'Enabling "Windows Subsystem for Linux" or "Virtual Machine Platform" failed.',
    [
      "Elevated terminal: `dism.exe /online /enable-feature /featurename:VirtualMachinePlatform /all /norestart` and `dism.exe /online /enable-feature /featurename:Microsoft-Windows-Subsystem-Linux /all /norestart`, then reboot.",
      "If DISM fails: `DISM /Online /Cleanup-Image /RestoreHealth`, then retry."
    ],
    INSTALL
  ],
  // ── Kernel / package update ────────────────────────────────────────────────────────────────────
  [
    "0x800701bc",
    "ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED",
    "kernel-update",
    "WSL must be updated (WSL 2 kernel missing)",
    'The inbox WSL has no WSL 2 kernel or WSL package (Windows 10 before the package, or after it was removed). Older Windows says "WSL 2 requires an update to its kernel component".',
    [
      UPDATE_WSL,
      "Offline: install the WSL MSI (it carries the kernel) with `msiexec /i wsl.<version>.x64.msi`.",
      "GitHub Actions (windows-2022): add a step `wsl --update` (retry on failure) or install a pinned WSL MSI before using WSL 2."
    ],
    "https://aka.ms/wsl2kernel",
    ["0x1bc"]
  ],
  [
    "0x80040327",
    "WSL_E_OS_NOT_SUPPORTED",
    "other",
    "This Windows build is too old for the WSL package",
    "The packaged WSL needs a newer Windows build; the message names the update (KB) to install.",
    [
      "Install the Windows update named in the message (Settings > Windows Update), then retry.",
      "Self-hosted runner: update the machine image; GitHub-hosted images are current."
    ],
    "https://aka.ms/wslinstall"
  ],
  [
    "0x8004032a",
    "WSL_E_PLUGIN_REQUIRES_UPDATE",
    "kernel-update",
    "A WSL plug-in needs a newer WSL",
    "An installed WSL plug-in requires a newer WSL version than the one installed.",
    [UPDATE_WSL],
    WSL_RELEASES
  ],
  // ── Distributions ──────────────────────────────────────────────────────────────────────────────
  [
    "0x80040301",
    "WSL_E_DEFAULT_DISTRO_NOT_FOUND",
    "no-distro",
    "No WSL distribution is installed",
    "No distribution is registered for this Windows user (printed without an `Error code:` line). Distros are per user: another account, the built-in Administrator or Admin Protection sees a different list.",
    [
      "`wsl --list --online` to see names, then `wsl --install <Distro>` (CI: add `--no-launch`, or use `--from-file`/`wsl --import`).",
      "Run WSL as the same user that installed the distribution; 32-bit callers must use `%SystemRoot%\\Sysnative\\wsl.exe`.",
      "CI: install the distro in the workflow before use and pass `-d <name>` explicitly."
    ],
    BASIC_COMMANDS
  ],
  [
    "0x80040302",
    "WSL_E_DISTRO_NOT_FOUND",
    "no-distro",
    "No distribution with that name",
    "The name given to `-d`, `--unregister`, `--install` or `--manage` matches no registered (or installable) distribution.",
    [
      LIST_DISTROS,
      "For `--install`, pick a name from `wsl --list --online`.",
      "CI: install the distro in an earlier step under the same user, then pass that exact name."
    ],
    BASIC_COMMANDS
  ],
  [
    "0x80040330",
    "WSL_E_DISTRIBUTION_NAME_NEEDED",
    "no-distro",
    "A distribution name is needed",
    "The operation needs an explicit distribution name.",
    ["Pass the name: `wsl -d <Distro> ...` or `wsl --install <Distro> --name <Name>`.", LIST_DISTROS],
    BASIC_COMMANDS
  ],
  [
    "0x8004031f",
    "WSL_E_DISTRO_ONLY_AVAILABLE_FROM_STORE",
    "network",
    "This distribution can only be installed from the Microsoft Store",
    "The distribution has no direct download, so `--web-download` cannot install it.",
    [
      "Install it without `--web-download` (needs the Microsoft Store), or choose another distribution from `wsl --list --online`.",
      "CI: use a distro with a `.wsl` download or `wsl --import` a rootfs tarball."
    ],
    BASIC_COMMANDS
  ],
  [
    "0x80040326",
    "WSL_E_NOT_A_LINUX_DISTRO",
    "other",
    "The file is not a valid Linux distribution",
    "The file given to `--import` or `--install --from-file` is not a Linux root file system archive.",
    [
      "Use a rootfs tarball (`.tar`, `.tar.gz`, `.tar.xz`) or a `.wsl` file; for a `.vhdx` add `--vhd`.",
      "Check the download finished (compare its SHA-256) before importing."
    ],
    CUSTOM_DISTRO
  ],
  [
    "0x800700b7",
    "ERROR_ALREADY_EXISTS",
    "other",
    "A distribution with that name already exists",
    "The name given to `--import`/`--install` is already registered.",
    [
      "Choose another name with `--name <Name>`, or remove the old one: `wsl --unregister <Distro>` (deletes its data)."
    ],
    BASIC_COMMANDS
  ],
  [
    "0x80070050",
    "ERROR_FILE_EXISTS",
    "other",
    "The install location is already in use",
    "The folder given as install location already holds another distribution's disk.",
    ["Pass an empty folder to `--location` / `wsl --import <Distro> <folder> <file>`."],
    BASIC_COMMANDS
  ],
  [
    "0x8004030c",
    "WSL_E_DISTRO_NOT_STOPPED",
    "other",
    "The distribution is running (its disk is in use)",
    "Export, move, resize or conversion needs the distribution stopped.",
    ["`wsl --terminate <Distro>` (or `wsl --shutdown`), then retry."],
    BASIC_COMMANDS
  ],
  [
    "0x8000000d",
    "E_ILLEGAL_STATE_CHANGE",
    "other",
    "An install, uninstall or conversion is in progress",
    "Another operation is changing this distribution.",
    ["Wait for it to finish (`wsl -l -v` shows the state), or `wsl --shutdown` and retry."],
    BASIC_COMMANDS
  ],
  [
    "0x80040313",
    "WSL_E_VM_MODE_INVALID_STATE",
    "other",
    "The distribution already uses the requested WSL version",
    "`--set-version` asked for the version the distribution already has (or sparse mode on WSL 1).",
    ["Nothing to do: check with `wsl -l -v`."],
    BASIC_COMMANDS
  ],
  [
    "0x80040304",
    "WSL_E_VM_MODE_NOT_SUPPORTED",
    "other",
    "The Legacy distribution does not support WSL 2",
    'The pre-Store "Legacy" distribution can only run as WSL 1.',
    ["Install a current distribution (`wsl --install <Distro>`) and move your data to it."],
    BASIC_COMMANDS
  ],
  [
    "0x8004031c",
    "WSL_E_WSL2_NEEDED",
    "other",
    "This operation needs WSL 2",
    "The operation (e.g. `--mount`, sparse disks) is only supported for WSL 2 distributions.",
    ["Convert the distribution: `wsl --set-version <Distro> 2`."],
    BASIC_COMMANDS
  ],
  [
    "0x8004032f",
    "WSL_E_DISK_CORRUPTED",
    "other",
    "The distribution's virtual disk is corrupted",
    "The ext4.vhdx of the distribution failed to mount.",
    [
      "Follow https://aka.ms/wsldiskmountrecovery (run `e2fsck` on the disk from another distro), after backing up the .vhdx.",
      "CI: unregister and reinstall the distro (`wsl --unregister <Distro>`)."
    ],
    "https://aka.ms/wsldiskmountrecovery"
  ],
  [
    "0xc03a001a",
    "ERROR_VIRTUAL_DISK_LIMITATION",
    "other",
    "The virtual disk cannot be compressed, encrypted or sparse",
    "The distribution folder is NTFS-compressed or EFS-encrypted, or a sparse VHDX was resized.",
    [
      'Folder Properties > Advanced: untick "Compress contents" and "Encrypt contents" for the distro folder, then retry.',
      "For `--resize`: `wsl --manage <Distro> --set-sparse false` first."
    ],
    TROUBLESHOOTING
  ],
  [
    "0x80070002",
    "ERROR_FILE_NOT_FOUND",
    "other",
    "A file was not found",
    "A file WSL needs (distro file, kernel, VHDX) does not exist; sometimes reported together with virtualization problems.",
    ["Check the paths in the command and in `%UserProfile%\\.wslconfig`.", UPDATE_WSL],
    TROUBLESHOOTING
  ],
  [
    "0x80070003",
    "ERROR_PATH_NOT_FOUND",
    "other",
    "A path was not found",
    "A folder WSL needs does not exist; Store distros must live on the system drive.",
    [
      'Settings > System > Storage > "Where new content is saved": put new apps on the system drive (C:), then reinstall.',
      "Check the paths in the command and in `%UserProfile%\\.wslconfig`."
    ],
    TROUBLESHOOTING
  ],
  [
    "0x80070070",
    "ERROR_DISK_FULL",
    "other",
    "The disk is full",
    "There is not enough space on the Windows drive for the distribution or its virtual disk.",
    ["Free space on the drive, or install with `--location <folder on another drive>`."],
    DISK_SPACE
  ],
  [
    "0x80310000",
    "FVE_E_LOCKED_VOLUME",
    "other",
    "The drive is locked by BitLocker",
    "The distribution lives on a BitLocker drive that is locked.",
    ["Unlock the drive (File Explorer or `manage-bde -unlock <D:> -RecoveryPassword <key>`), then retry."],
    TROUBLESHOOTING
  ],
  // ── Access / privileges / policy ───────────────────────────────────────────────────────────────
  [
    "0x80070005",
    "E_ACCESSDENIED",
    "access-denied",
    "Access is denied",
    "The caller lacks rights for the operation or the target folder (e.g. `--manage --move` into a protected folder).",
    [
      "Run machine-wide operations (`--install`, `--update`, `--mount`) from an elevated terminal.",
      "For `--import`, `--export`, `--move`: pick a folder the user owns (check with `icacls <folder>`); in CI use `$env:RUNNER_TEMP`."
    ],
    TROUBLESHOOTING
  ],
  [
    "0xd0000022",
    "STATUS_ACCESS_DENIED",
    "access-denied",
    "Access is denied (kernel status)",
    "A kernel-level access check failed while WSL opened a file, disk or device.",
    ["Run from an elevated terminal, and check the permissions of the files involved (`icacls <path>`)."],
    TROUBLESHOOTING,
    ["0xc0000022"]
  ],
  [
    "0x8004032e",
    "WSL_E_LOCAL_SYSTEM_NOT_SUPPORTED",
    "access-denied",
    "WSL cannot run as Local System",
    "The caller runs as `SYSTEM`, e.g. a self-hosted CI runner installed as a LocalSystem service.",
    [
      "Run the runner service as a normal user: configure it with `config.cmd --runasservice --windowslogonaccount <user> --windowslogonpassword <password>`, or set the service's Log On account in services.msc.",
      "Sign in once as that user and install the distributions under it (distros are per user).",
      "Scheduled tasks: run them as a user account, not SYSTEM."
    ],
    ENTERPRISE
  ],
  [
    "0x800702e4",
    "ERROR_ELEVATION_REQUIRED",
    "access-denied",
    "The operation needs administrator rights",
    "The command changes machine state and was run without elevation.",
    ['Run it from an elevated terminal ("Run as administrator"); GitHub-hosted runners are already elevated.'],
    TROUBLESHOOTING
  ],
  [
    "0x80040315",
    "WSL_E_ELEVATION_NEEDED_TO_MOUNT_DISK",
    "access-denied",
    "Mounting a disk needs administrator rights",
    "`wsl --mount` attaches a physical or virtual disk, which requires elevation.",
    ["Run `wsl --mount ...` from an elevated terminal."],
    MOUNT_DISK
  ],
  [
    "0x8004030f",
    "WSL_E_LOWER_INTEGRITY",
    "access-denied",
    "Another WSL instance runs elevated",
    "WSL 1 cannot run elevated and non-elevated instances at the same time.",
    ["Close the elevated WSL sessions (or `wsl --shutdown`), then retry from one kind of terminal only."],
    TROUBLESHOOTING
  ],
  [
    "0x80040310",
    "WSL_E_HIGHER_INTEGRITY",
    "access-denied",
    "Another WSL instance runs non-elevated",
    "WSL 1 cannot run elevated and non-elevated instances at the same time.",
    ["Close the non-elevated WSL sessions (or `wsl --shutdown`), then retry from one kind of terminal only."],
    TROUBLESHOOTING
  ],
  [
    "0x8004032b",
    "WSL_E_DISK_MOUNT_DISABLED",
    "access-denied",
    "`wsl --mount` is disabled by policy",
    "An administrator disabled disk mounting for WSL through policy.",
    ["Ask the administrator to allow it (WSL group policy / Intune settings), or copy the data another way."],
    ENTERPRISE
  ],
  [
    "0x8004032c",
    "WSL_E_WSL1_DISABLED",
    "access-denied",
    "WSL 1 is disabled by policy",
    "An administrator disabled WSL 1 through policy.",
    ["Use WSL 2 (`wsl --set-version <Distro> 2`), or ask the administrator to allow WSL 1."],
    ENTERPRISE
  ],
  [
    "0x800704ec",
    "ERROR_ACCESS_DISABLED_BY_POLICY",
    "access-denied",
    "Blocked by policy",
    "Group policy, AppLocker or an enterprise setting blocks WSL or the program it starts.",
    ["Ask the administrator which policy blocks WSL (`gpresult /h report.html`) and to allow it."],
    ENTERPRISE
  ],
  // ── Network / downloads ────────────────────────────────────────────────────────────────────────
  [
    "0x80072ee7",
    "WININET_E_NAME_NOT_RESOLVED",
    "network",
    "A server name could not be resolved (DNS)",
    "DNS cannot resolve the download host (raw.githubusercontent.com, github.com, the Store) during `--install`, `--update` or `--list --online`.",
    [NETWORK_CHECK, CI_RETRY_DOWNLOAD],
    TROUBLESHOOTING
  ],
  [
    "0x80072efd",
    "WININET_E_CANNOT_CONNECT",
    "network",
    "Could not connect to the download server",
    "The connection to GitHub or the Microsoft Store failed (offline, firewall, proxy, Store blocked).",
    [NETWORK_CHECK, "If the Microsoft Store is blocked, add `--web-download`.", CI_RETRY_DOWNLOAD],
    TROUBLESHOOTING
  ],
  [
    "0x80072ee2",
    "WININET_E_TIMEOUT",
    "network",
    "The download timed out",
    "The server did not answer in time.",
    [NETWORK_CHECK, CI_RETRY_DOWNLOAD],
    TROUBLESHOOTING
  ],
  [
    "0x80072efe",
    "WININET_E_CONNECTION_ABORTED",
    "network",
    "The download connection was aborted",
    "The connection to the server ended abnormally.",
    ["Retry the command.", CI_RETRY_DOWNLOAD],
    TROUBLESHOOTING
  ],
  [
    "0x80072eff",
    "WININET_E_CONNECTION_RESET",
    "network",
    "The download connection was reset",
    "The server or a middlebox (proxy, firewall) reset the connection.",
    ["Retry the command.", NETWORK_CHECK, CI_RETRY_DOWNLOAD],
    TROUBLESHOOTING
  ],
  [
    "0x80072f0d",
    "WININET_E_INVALID_CA",
    "network",
    "The server certificate is not trusted",
    "A TLS-inspecting proxy or an outdated root store makes the download certificate untrusted.",
    ["Install the proxy's root certificate in the machine store, or bypass inspection for github.com and the Store."],
    TROUBLESHOOTING
  ],
  [
    "0x80072f7d",
    "WININET_E_SECURITY_CHANNEL_ERROR",
    "network",
    "A TLS (secure channel) error occurred",
    "The TLS handshake with the download server failed (proxy inspection, disabled TLS 1.2/1.3, clock skew).",
    ["Check the system clock and TLS settings, and that no proxy rewrites TLS for github.com.", CI_RETRY_DOWNLOAD],
    TROUBLESHOOTING
  ],
  [
    "0x800b0109",
    "CERT_E_UNTRUSTEDROOT",
    "network",
    "A certificate chains to an untrusted root",
    "A downloaded package or server certificate ends in a root this machine does not trust (often a TLS-inspecting proxy).",
    [
      "Install the proxy's root certificate in the machine store, or download the MSI elsewhere and install it offline."
    ],
    TROUBLESHOOTING
  ],
  [
    "0x80190193",
    "HTTP_E_STATUS_FORBIDDEN",
    "network",
    "The download server answered 403 Forbidden",
    "GitHub or the Store refused the download; on windows-2022 runners `wsl --update` hits this intermittently (rate limits, Store throttling).",
    [
      "Retry later, or use `wsl --update --web-download`.",
      "CI: install a pinned, SHA-256-verified WSL MSI from github.com/microsoft/WSL/releases (cache it with actions/cache) instead of `wsl --update`.",
      CI_RETRY_DOWNLOAD
    ],
    WSL_RELEASES
  ],
  [
    "0x80190194",
    "HTTP_E_STATUS_NOT_FOUND",
    "network",
    "The download server answered 404 Not Found",
    "The distribution or package URL no longer exists (a retired distro version or an outdated WSL).",
    ["Pick a current name from `wsl --list --online`.", UPDATE_WSL],
    BASIC_COMMANDS
  ],
  [
    "0x801901f6",
    "HTTP_E_STATUS_BAD_GATEWAY",
    "network",
    "The download server answered 502 Bad Gateway",
    "A server or proxy on the way failed.",
    ["Retry later.", CI_RETRY_DOWNLOAD],
    TROUBLESHOOTING
  ],
  [
    "0x801901f7",
    "HTTP_E_STATUS_SERVICE_UNAVAIL",
    "network",
    "The download server answered 503 Service Unavailable",
    "The server is overloaded or down.",
    ["Retry later.", CI_RETRY_DOWNLOAD],
    TROUBLESHOOTING
  ],
  // ── Service / RPC ──────────────────────────────────────────────────────────────────────────────
  [
    "0x800706be",
    "RPC_S_CALL_FAILED",
    "other",
    "The WSL service crashed during the call",
    "wslservice.exe (inbox: LxssManager) failed mid-call: a WSL bug, interfering security software, or a recent Windows upgrade.",
    [
      SHUTDOWN_RETRY,
      UPDATE_WSL,
      "If it repeats, check third-party security software and report a crash dump (see microsoft/WSL CONTRIBUTING.md)."
    ],
    "https://github.com/microsoft/WSL/blob/master/CONTRIBUTING.md"
  ],
  [
    "0x800706ba",
    "RPC_S_SERVER_UNAVAILABLE",
    "other",
    "The WSL service is not running",
    "wsl.exe could not reach wslservice.exe: it is stopped, crashed or failed to start.",
    ["Elevated terminal: `sc.exe start wslservice`, then retry.", SHUTDOWN_RETRY, UPDATE_WSL],
    TROUBLESHOOTING
  ],
  [
    "0x80010108",
    "RPC_E_DISCONNECTED",
    "other",
    "The connection to the WSL service was lost",
    "The WSL service restarted or crashed while the command ran.",
    [SHUTDOWN_RETRY, UPDATE_WSL],
    TROUBLESHOOTING
  ],
  [
    "0x80041002",
    "WBEM_E_NOT_FOUND",
    "other",
    "The WSL virtual network could not be created",
    "The Host Network Service failed to create the WSL network (damaged Virtual Machine Platform networking, leftovers of other hypervisors or VPNs).",
    [
      "Stop-gap: set `[wsl2]` `networkingMode=None` in `%UserProfile%\\.wslconfig`, then `wsl --shutdown`.",
      "Re-enable Virtual Machine Platform (`wsl.exe --install --no-distribution`) and reboot.",
      UPDATE_WSL
    ],
    NETWORKING
  ],
  [
    "0x80040325",
    "WSL_E_VMSWITCH_NOT_SET",
    "other",
    "Bridged networking needs a virtual switch",
    "`networkingMode=bridged` is set without `vmSwitch` in .wslconfig.",
    [
      "Add `vmSwitch=<Hyper-V switch name>` under `[wsl2]` in `%UserProfile%\\.wslconfig`, or remove `networkingMode=bridged`."
    ],
    CONFIG
  ],
  [
    "0x80040324",
    "WSL_E_VMSWITCH_NOT_FOUND",
    "other",
    "The configured virtual switch does not exist",
    "The `vmSwitch` named in .wslconfig is not a Hyper-V switch on this machine.",
    ["List switches with `Get-VMSwitch` and fix `vmSwitch=` in `%UserProfile%\\.wslconfig`."],
    CONFIG
  ],
  // ── Configuration and usage ────────────────────────────────────────────────────────────────────
  [
    "0x80040307",
    "WSL_E_CUSTOM_KERNEL_NOT_FOUND",
    "other",
    "The custom kernel in .wslconfig was not found",
    "`[wsl2] kernel=` points to a missing file, or `kernelModules` is set without `kernel`.",
    [
      "Fix or remove `kernel=` (absolute Windows path, backslashes escaped) in `%UserProfile%\\.wslconfig`, then `wsl --shutdown`."
    ],
    CONFIG
  ],
  [
    "0x8004030e",
    "WSL_E_CUSTOM_SYSTEM_DISTRO_ERROR",
    "other",
    "The custom system distribution failed",
    "`[wsl2] systemDistro=` in .wslconfig points to an unusable image.",
    ["Remove or fix `systemDistro=` in `%UserProfile%\\.wslconfig`, then `wsl --shutdown`."],
    CONFIG
  ],
  [
    "0x80040306",
    "WSL_E_CONSOLE",
    "other",
    "The legacy console is enabled",
    "WSL cannot run in the legacy console host.",
    ['Console window > Properties: untick "Use legacy console", reopen the terminal (or use Windows Terminal).'],
    TROUBLESHOOTING
  ],
  [
    "0x80040308",
    "WSL_E_USER_NOT_FOUND",
    "other",
    "The Linux user does not exist",
    "The user passed with `-u` or `--set-default-user` is not in the distribution.",
    ["Create it first (`wsl -d <Distro> -u root useradd -m <user>`) or pass an existing user."],
    BASIC_COMMANDS
  ],
  [
    "0x80040309",
    "WSL_E_INVALID_USAGE",
    "other",
    "Invalid wsl.exe usage",
    "The option combination is not valid; wsl.exe prints its usage text (no `Error code:` line).",
    ["Check the options with `wsl --help`; some need a newer WSL (`wsl --update`)."],
    BASIC_COMMANDS
  ],
  [
    "0x80070057",
    "E_INVALIDARG",
    "other",
    "Invalid argument",
    "An argument is unknown, missing its value or malformed (e.g. a boolean that is not true/false).",
    ["Check the command against `wsl --help`; options are case-sensitive and `--name=value` is not supported."],
    BASIC_COMMANDS
  ],
  [
    "0x80070309",
    "ERROR_VERSION_PARSE_ERROR",
    "other",
    "Invalid WSL version number",
    "A `--version`/`--set-version`/`--set-default-version` argument is not 1 or 2.",
    ["Pass `1` or `2`."],
    BASIC_COMMANDS
  ],
  [
    "0x80004004",
    "E_ABORT",
    "other",
    "The operation was aborted",
    "The installer (e.g. `Wsl/CallMsi/E_ABORT`) or the operation was cancelled.",
    ["Retry and accept the elevation prompt; in CI, run the step elevated (hosted runners are)."],
    INSTALL
  ],
  [
    "0x800704c7",
    "ERROR_CANCELLED",
    "other",
    "The operation was cancelled",
    "The user declined a prompt (usually UAC) or the operation was cancelled.",
    ["Retry and accept the elevation prompt, or run from an elevated terminal."],
    INSTALL
  ],
  [
    "0x80070643",
    "ERROR_INSTALL_FAILURE",
    "other",
    "The WSL installer failed",
    "The WSL MSI reported a fatal error during installation.",
    [
      "Retry with logging: `msiexec /i wsl.<version>.x64.msi /l*v wsl-install.log` and read the log.",
      "Repair Windows components: `DISM /Online /Cleanup-Image /RestoreHealth`, then retry."
    ],
    WSL_RELEASES
  ],
  [
    "0x8000ffff",
    "E_UNEXPECTED",
    "other",
    "Catastrophic failure",
    "An unexpected internal error.",
    [
      SHUTDOWN_RETRY,
      UPDATE_WSL,
      "Repair Windows: `sfc /scannow` and `DISM /Online /Cleanup-Image /RestoreHealth` (elevated)."
    ],
    TROUBLESHOOTING
  ],
  [
    "0x80004005",
    "E_FAIL",
    "other",
    "Unspecified error",
    "WSL failed without a more specific reason; the message above the code usually says more.",
    [SHUTDOWN_RETRY, UPDATE_WSL],
    TROUBLESHOOTING
  ],
  [
    "0xd000020c",
    "STATUS_CONNECTION_DISCONNECTED",
    "other",
    "A connection to the WSL VM was dropped",
    "A channel between Windows and the WSL 2 VM closed unexpectedly.",
    [SHUTDOWN_RETRY, UPDATE_WSL],
    TROUBLESHOOTING,
    ["0xc000020c"]
  ],
  [
    "0xd00002fe",
    "STATUS_SHUTDOWN_IN_PROGRESS",
    "other",
    "Windows or WSL is shutting down",
    "The call arrived while the system or the WSL VM was shutting down.",
    ["Wait for the shutdown to finish, then retry."],
    TROUBLESHOOTING,
    ["0xc00002fe"]
  ],
  [
    "0xd000000d",
    "STATUS_INVALID_PARAMETER",
    "other",
    "Invalid parameter (kernel status)",
    "A lower layer rejected a parameter, often a malformed path or .wslconfig value.",
    ["Check the paths in the command and `%UserProfile%\\.wslconfig`.", UPDATE_WSL],
    CONFIG,
    ["0xc000000d"]
  ],
  [
    "0xd000022d",
    "STATUS_RETRY",
    "other",
    "The operation should be retried",
    "A transient condition; the same call usually succeeds a moment later.",
    ["Retry the command."],
    TROUBLESHOOTING,
    ["0xc000022d"]
  ]
];
var WSL_ERROR_CATALOG = ROWS.map(
  ([hresult, symbol, category, title, meaning, remediation, docsUrl, aliases]) => ({
    hresult,
    symbol,
    ...aliases ? { aliases } : {},
    title,
    meaning,
    category,
    remediation,
    docsUrl
  })
);

// packages/core/src/wsl/errors/contexts.ts
var CONTEXT_PHRASES = {
  Wsl: "wsl.exe",
  Wslg: "wslg.exe",
  Bash: "bash.exe",
  WslConfig: "wslconfig.exe",
  WslC: "WSL containers",
  InstallDistro: "installing a distribution",
  EnumerateDistros: "listing distributions",
  Service: "the WSL service",
  RegisterDistro: "registering a distribution",
  CreateInstance: "starting a distribution",
  AttachDisk: "attaching a disk",
  DetachDisk: "detaching a disk",
  CreateVm: "creating the WSL 2 virtual machine",
  ParseConfig: "reading .wslconfig",
  ConfigureNetworking: "configuring networking",
  ConfigureGpu: "configuring the GPU",
  LaunchProcess: "launching a process",
  ConfigureDistro: "configuring a distribution",
  CreateLxProcess: "creating a Linux process",
  UnregisterDistro: "unregistering a distribution",
  ExportDistro: "exporting a distribution",
  GetDistroConfiguration: "reading a distribution configuration",
  GetDistroId: "resolving a distribution name",
  SetDefaultDistro: "setting the default distribution",
  SetVersion: "converting a distribution",
  TerminateDistro: "terminating a distribution",
  RegisterLxBus: "registering the WSL 1 bus",
  MountDisk: "mounting a disk",
  Plugin: "a WSL plug-in",
  MoveDistro: "moving a distribution",
  GetDefaultDistro: "finding the default distribution",
  DebugShell: "the debug shell",
  HCS: "the Host Compute Service",
  HNS: "the Host Network Service",
  CallMsi: "the WSL installer (MSI)",
  Install: "installing WSL",
  ReadDistroConfig: "reading a distribution configuration",
  UpdatePackage: "updating WSL",
  QueryLatestGitHubRelease: "querying the latest WSL release on GitHub",
  VerifyChecksum: "verifying a download checksum"
};
function isWslErrorContext(segment) {
  return Object.hasOwn(CONTEXT_PHRASES, segment) || /^\?\(\d*\)$/.test(segment);
}
function describeWslErrorContext(context) {
  const phrases = context.filter((name) => name !== "Wsl" && name !== "Service").map((name) => CONTEXT_PHRASES[name]).filter((phrase) => phrase !== void 0);
  if (phrases.length === 0) return "";
  const [first, ...rest] = phrases;
  return rest.length ? `while ${first} (${rest.join(", ")})` : `while ${first}`;
}

// packages/core/src/wsl/errors/lookup.ts
var FACILITY_WIN32 = 2147942400;
var FACILITY_NT_BIT = 268435456;
var byHresult = /* @__PURE__ */ new Map();
var bySymbol = /* @__PURE__ */ new Map();
for (const entry of WSL_ERROR_CATALOG) {
  if (entry.hresult) byHresult.set(entry.hresult, entry);
  if (entry.symbol) bySymbol.set(entry.symbol, entry);
  for (const alias of entry.aliases ?? []) {
    const hresult = normalizeHresult(alias);
    if (hresult && !byHresult.has(hresult)) byHresult.set(hresult, entry);
    else if (!hresult) bySymbol.set(alias.toUpperCase(), entry);
  }
}
function normalizeHresult(input) {
  let value;
  if (typeof input === "number") {
    if (!Number.isInteger(input)) return null;
    value = input;
  } else {
    const text2 = input.trim();
    if (/^0x[0-9a-f]{1,8}$/i.test(text2)) value = Number.parseInt(text2.slice(2), 16);
    else if (/^[0-9a-f]{8}$/i.test(text2) && /[a-f]|^[89]/i.test(text2)) value = Number.parseInt(text2, 16);
    else if (/^[-+]?\d{1,10}$/.test(text2)) value = Number.parseInt(text2, 10);
    else return null;
  }
  if (value < -2147483648 || value > 4294967295) return null;
  let unsigned = value >>> 0;
  if (unsigned === 0) return null;
  if (unsigned <= 65535) unsigned = (FACILITY_WIN32 | unsigned) >>> 0;
  return `0x${unsigned.toString(16).padStart(8, "0")}`;
}
function findWslError(codeOrSymbolOrHresult) {
  return resolve2(String(codeOrSymbolOrHresult).trim()).entry;
}
function isKnownWslErrorSymbol(symbol) {
  return bySymbol.has(symbol.toUpperCase());
}
function lookupWslError(codeOrSymbolOrHresult) {
  const input = String(codeOrSymbolOrHresult).trim();
  const { entry, context, hresult, symbol } = resolve2(input);
  if (entry) return { ...entry, known: true, input, context };
  return fallback(input, context, hresult, symbol);
}
function resolve2(input) {
  const { result: result2, context } = splitCodePath(input);
  const hresult = result2 ? normalizeHresult(result2) : null;
  const symbol = result2 && !hresult ? result2.toUpperCase() : null;
  const entry = hresult && (byHresult.get(hresult) ?? byHresult.get(ntToHresult(hresult))) || symbol && bySymbol.get(symbol) || void 0;
  return { entry, context, hresult, symbol };
}
function splitCodePath(code2) {
  const segments = code2.split(/[/\\]/).map((s) => s.trim().replace(/^["'`[{<]+|["'`\]}>.,;:!]+$/g, "")).filter((s) => s.length > 0);
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i];
    if (isResultSegment(segment)) return { result: segment, context: segments.slice(0, i) };
  }
  return { result: null, context: segments };
}
function isResultSegment(segment) {
  if (isWslErrorContext(segment)) return false;
  if (normalizeHresult(segment)) return true;
  return /^[A-Z][A-Z0-9_]+$/.test(segment) || /^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)+$/.test(segment);
}
function ntToHresult(hresult) {
  const value = Number.parseInt(hresult.slice(2), 16);
  if (value >>> 28 !== 12) return hresult;
  return `0x${((value | FACILITY_NT_BIT) >>> 0).toString(16).padStart(8, "0")}`;
}
function fallback(input, context, hresult, symbol) {
  const shown = symbol ?? hresult ?? (input || "unknown");
  return {
    ...hresult ? { hresult } : {},
    ...symbol ? { symbol } : {},
    title: `Unrecognised WSL error ${shown}`,
    meaning: hresult ? describeFacility(hresult) : "This code is not in the wsl-ready catalogue.",
    category: "other",
    remediation: [
      "Read the message printed above the error code; it names the failing step.",
      "Run `wsl --shutdown`, then retry; run `wsl --update` to get the latest fixes.",
      `Search https://github.com/microsoft/WSL/issues for \`${shown}\`.`
    ],
    docsUrl: "https://learn.microsoft.com/windows/wsl/troubleshooting",
    known: false,
    input,
    context
  };
}
function describeFacility(hresult) {
  const value = Number.parseInt(hresult.slice(2), 16);
  const facility = value >>> 16 & 8191;
  const code2 = value & 65535;
  if (facility === 7 && code2 >= 12001 && code2 <= 12192) return `A WinInet (network) error, ${code2}.`;
  if (facility === 7) return `Windows system error ${code2} (see the Win32 system error codes).`;
  if (facility === 25) return `An HTTP status ${code2} from a download server.`;
  if (facility === 55) return "A Host Compute Service (virtual machine) error.";
  if (facility === 59) return "A Host Network Service error.";
  if (facility === 4 && code2 >= 768 && code2 < 1024)
    return "A WSL-specific error this catalogue does not describe yet.";
  return "This code is not in the wsl-ready catalogue.";
}

// packages/core/src/wsl/errors/localized-messages.ts
var ERROR_CODE_LABELS2 = ["kód chyby", "fejlkode", "fehlercode", "error code", "código de error", "virhekoodi", "code d'erreur", "hibakód", "codice errore", "エラー コード", "오류 코드", "feilkode", "foutcode", "kod błędu", "código de erro", "код ошибки", "felkod", "hata kodu", "错误代码", "錯誤碼"];
var MESSAGE_NEEDLES = [
  ["MessageEnableVirtualization", "HCS_E_HYPERV_NOT_INSTALLED", "wsl2 nelze spustit,|wsl2 kan ikke starte|wsl2 kann nicht gest|wsl2 is unable to st|wsl2 no se puede ini|wsl2 ei käynnisty, k|wsl2 ne peut pas dém|a wsl2 nem indítható|impossibile avviare wsl2|このコンピュータ|가상화가 활성화|wsl2 kan niet worden|nie można uruchomić prot|o wsl2 não pode ser|o wsl2 não consegue|не удалось запустить wsl|det går inte att starta wsl2|sanallaştırma bu mak|wsl2 无法启|wsl2 無法啟"],
  ["MessageWslOptionalComponentRequired", "WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED", "tato aplikace vyžadu|dette program kræver|diese anwendung erfo|this application req|esta aplicación requ|tämä sovellus edelly|cette application né|ehhez az alkalmazásh|questa applicazione|このアプリケーシ|이 응용 프로그|dette programmet kre|voor deze toepassing|ta aplikacja wymaga|este aplicativo requ|esta aplicação reque|для этого приложения|det här programmet k|bu uygulama isteğe b|此应用程序需要适|此應用程式需要"],
  ["MessageWsl1NotSupported", "WSL_E_WSL1_NOT_SUPPORTED", "wsl1 se s aktuální k|wsl1 understøttes ik|wsl1 wird mit ihrer|wsl1 is not supporte|wsl1 no es compatibl|wsl1:tä ei tueta nyk|wsl1 n'est pas pris|a jelenlegi gépkonfi|wsl1 non è supportat|wsl1 は、現|현재 컴퓨터 구|wsl1 støttes ikke me|wsl1 wordt niet onde|podsystem wsl1 nie j|wsl1 não é compatíve|o wsl1 não é suporta|текущая конфигурация|wsl1 stöds inte med|wsl1, mevcut makine|当前计算机配置不|您目前的電腦設定"],
  ["MessageVirtualMachinePlatformNotInstalled", "WSL_E_VIRTUAL_MACHINE_PLATFORM_REQUIRED", "spuštění virtuální s|det virtuelle netvær|fehler beim starten|failed to start virt|error al iniciar las|virtuaaliverkon käyn|échec du démarrage de la mis|nem sikerült elindít|non è stato possibile av|仮想ネットワーク|가상 네트워킹을|kan ikke starte virt|kan het virtuele net|nie można uruchomić siec|falha ao iniciar a r|не удалось запустить вир|det gick inte att starta det|sanal ağ başlatılama|无法启动虚拟网络|無法啟動虛擬網路"],
  ["MessageOsNotSupported", "WSL_E_OS_NOT_SUPPORTED", "verze windows|windows-versionen|die verpackte versio|*does not support the|*de windows no admite|*ei tue windows-alijä|*ne prend pas en charge l|*windows-verzió nem t|la versione di windo|*は、パッケージ化|*은(는) 패키지|*støtter ikke den pak|*biedt geen ondersteu|*nie obsługuje spakow|a versão do windows|*не поддерживает упак|*windows sürümü, pake|*不支持适用于 l|*不支持封裝版本的"],
  ["MessageLocalSystemNotSupported", "WSL_E_LOCAL_SYSTEM_NOT_SUPPORTED", "spouštění wsl jako m|kørsel af wsl som lo|das ausführen von ws|running wsl as local|no se admite la ejec|wsl:n suorittamista|l'exécution de wsl e|a wsl helyi rendszer|l'esecuzione di wsl|ローカル システ|wsl을 로컬|kjøring av wsl som l|het uitvoeren van ws|uruchamianie podsyst|a execução do wsl co|запуск wsl в виде ло|det finns inte stöd|wsl'nin yerel sistem|不支持将 wsl|系統不支援將 w"],
  ["MessageNoDefaultDistro", "WSL_E_DEFAULT_DISTRO_NOT_FOUND", "subsystém windows pro linux nemá|windows-undersystem til linux ha|windows-subsystem für linux verf|windows subsystem for linux has|subsistema de windows para linux no|windows-alijärjestelmä linuxille ei|sous-système windows pour linux n'a|a linuxos windows-alrendszer nem|sottosistema windows per linux n|linux 用 windows サブシステムにイ|linux용 windows 하위 시스템 설치|windows-undersystem for linux ha|windows-subsysteem voor linux he|podsystem windows dla systemu linux nie|subsistema do windows para linux não|subsistema windows para linux nã|подсистема windows для linux не|windows-undersystem för linux ha|linux için windows alt sistemi'nde y|适用于 linux 的 windows 子系统没|windows 子系統 linux 版 沒有"],
  ["MessageDistroNotFound", "WSL_E_DISTRO_NOT_FOUND", "neexistuje žádná dis|der er ingen distrib|es ist keine distrib|there is no distribu|no hay ninguna distr|annetulla nimellä ei|il n'existe aucune d|nincs a megadott név|nessuna distribuzione co|指定された名前のディストリビューションはあり|제공된 이름의 배포가 없습|det finnes ingen distribusjon me|er is geen distribut|brak dystrybucji o p|não há distribuição|não existe nenhuma d|отсутствует распреде|det finns ingen dist|sağlanan ada sahip d|不存在具有所提供|沒有具有所提供名"],
  ["MessageInvalidDistributionName", "WSL_E_DISTRO_NOT_FOUND", "neplatný název distr|ugyldigt distributio|ungültiger distribut|invalid distribution|nombre de distribuci|virheellinen jakelun|nom de distribution|érvénytelen disztrib|nome di distribuzion|ディストリビューション名|배포 이름 '|ugyldig distribusjon|ongeldige distributi|nieprawidłowa nazwa dyst|nome de distribuição|недопустимое имя рас|ogiltigt distributio|geçersiz dağıtım adı|无效的分发名称:|無效的發佈名稱:"],
  ["MessageDiskCorrupted", "WSL_E_DISK_CORRUPTED", "spuštění distribuce|distributionen kunne|die distribution kon|the distribution fai|no se pudo iniciar l|jakelu ei käynnistyn|échec du démarrage de la dis|a terjesztés nem ind|impossibile avviare la d|仮想ディスクが壊|가상 디스크가|distribusjonen start|de distributie kan n|nie można uruchomić dyst|a distribuição não p|falha ao iniciar a d|не удалось запустить рас|det gick inte att starta dis|dağıtım, sanal diski|无法启动分发，因|無法啟動分佈，因"],
  ["MessageVhdInUse", "WSL_E_DISTRO_NOT_STOPPED", "operaci nešlo dokonč|handlingen kunne ikk|der vorgang konnte n|the operation could|no se pudo completar|toimintoa ei voitu s|l'opération n'a pas|a művelet nem fejező|non è stato possibile co|vhd が現在使|vhd가 현재|operasjonen kan ikke|de bewerking kan nie|nie można ukończyć o|não foi possível con|не удалось завершить|det gick inte att sl|i̇şlem tamamlanamadı|无法完成该操作，|無法完成作業，因"],
  ["MessageInvalidState", "E_ILLEGAL_STATE_CHANGE", "pro tuto distribuci|en installation, fje|für diese distributi|an install, uninstal|hay una instalación,|tämän jakelun asennu|une installation, un|a disztribúció telep|è in corso un'instal|このディストリビ|이 배포에 대한|en installering, avi|er wordt een install|trwa instalowanie, o|uma instalação, desi|está em curso uma in|для этого распределе|en installation, avi|bu dağıtım için bir|此分发的安装、卸|此發佈正在進行安"],
  ["MessageUserNotFound", "WSL_E_USER_NOT_FOUND", "uživatel nenalezen.|bruger blev ikke fun|benutzer nicht gefun|user not found.|no se encontró al us|käyttäjää ei löydy.|utilisateur introuva|a felhasználó nem ta|utente non trovato.|ユーザーが見つか|사용자를 찾을|finner ikke bruker.|gebruiker niet gevon|nie odnaleziono użyt|usuário não encontra|utilizador não encon|пользователь не найд|användaren hittades|kullanıcı bulunamadı|找不到用户。|找不到使用者。"],
  ["MessageAlreadyRequestedVersion", "WSL_E_VM_MODE_INVALID_STATE", "distribuce je již po|distributionen er al|die distribution ist|the distribution is|la distribución ya e|jakelu on jo pyydett|la distribution prés|a disztribúció már a|la distribuzione è g|ディストリビューションは既に、要|배포는 이미 요|distribusjonen er al|de distributie is al|dystrybucja jest już|a distribuição já é|запрашиваемая версия|distributionen är re|dağıtım zaten istene|该分发已是请求的|發佈已是要求的版"],
  ["MessageWsl2Needed", "WSL_E_WSL2_NEEDED", "tuto operaci podporu|denne handling under|dieser vorgang wird|this operation is on|esta operación solo|vain wsl2 tukee tätä|cette opération est|ezt a műveletet csak|questa operazione è|この操作は ws|이 작업은 ws|denne operasjonen st|deze bewerking wordt|ta operacja jest obs|esta operação só é c|esta operação só é s|эта операция поддерж|den här åtgärden stö|bu işlem yalnızca ws|仅 wsl2 支|只有 wsl2"],
  ["MessageVmModeNotSupported", "WSL_E_VM_MODE_NOT_SUPPORTED", "starší verze distrib|den ældre distributi|wsl 2 wird von der l|the legacy distribut|la distribución here|vanha jakelu ei tue|la distribution héri|az örökölt disztribú|la distribuzione leg|レガシ ディスト|레거시 배포에서|eldre distribusjon s|wsl 2 wordt niet ond|starsza dystrybucja|a distribuição herda|a distribuição legad|устаревшее распредел|den äldre distributi|eski dağıtım wsl 2'y|旧分发不支持 w|舊版發佈不支援"],
  ["MessageDistroNameAlreadyExists", "ERROR_ALREADY_EXISTS", "distribuce se zadaným názvem už|der findes allerede|a distribution with the supp|ya existe una distri|une distribution por|már létezik a megado|esiste già una distr|指定された名前のディストリビューションは既に|제공된 이름의 배포가 이미|det finnes allerede|er bestaat al een di|dystrybucja o podane|já existe uma distri|распределение с указанным именем уже|det finns redan en d|sağlanan ada sahip b|已存在具有所提供|具有所提供名稱的發佈已經"],
  ["MessageDistroInstallPathAlreadyExists", "ERROR_FILE_EXISTS", "zadané umístění inst|den angivne installa|der angegebene insta|the supplied install|la ubicación de inst|annettu asennussijai|l'emplacement d'inst|a megadott telepítés|il percorso di insta|指定されたインス|제공된 설치 위|den angitte installa|de opgegeven install|podana lokalizacja i|o local de instalaçã|a localização de ins|указанное расположен|den angivna installa|sağlanan yükleme kon|提供的安装位置已|提供的安裝位置已"],
  ["MessageInvalidDistributionTar", "WSL_E_NOT_A_LINUX_DISTRO", "importovaný soubor n|den importerede fil|die importierte date|the imported file is|el archivo importado|tuotu tiedosto ei ol|le fichier importé n|az importált fájl ne|il file importato no|インポートされた|가져온 파일은|den importerte filen|het geïmporteerde be|zaimportowany plik n|o arquivo importado|o ficheiro importado|импортированный файл|den importerade file|i̇çeri aktarılan dos|导入的文件不是有|匯入的檔案不是有"],
  ["MessageLowerIntegrity", "WSL_E_LOWER_INTEGRITY", "nelze spustit, protože j|der kan ikke startes, fordi en anden forekomst kører med|es kann nicht gestartet werden, da eine andere instanz m|cannot launch because another instance is running el|no se puede iniciar porque se está ejecutando otra instancia con|käynnistäminen ei on|lancement impossible|nem indítható el, mert egy másik példány eme|non è possibile eseguire l'avvio perché un'altra istanza è in esecuzione con privilegi e|別のインスタンスが管理者特権で実|또 다른 인스턴스가 관리자 권한으|kan ikke starte fordi en annen forekomst kjører i op|kan niet starten omdat een ander exemplaar w|nie można uruchomić, ponieważ inne wystąpienie jest uruchomione z po|não é possível iniciar porque outra instância está sendo executada c|não é possível iniciar porque existe outra instância em execução ele|не удается запустить, так как вы|det går inte att starta efte|başka bir örnek yükseltilmiş|无法启动，因为另一个实例正在权限已提|無法啟動，因為有另一個執行個體正以提"],
  ["MessageHigherIntegrity", "WSL_E_HIGHER_INTEGRITY", "nelze spustit, protože j|der kan ikke startes, fordi en anden forekomst kører ude|es kann nicht gestartet werden, da eine andere instanz o|cannot launch because another instance is running un|no se puede iniciar porque se está ejecutando otra instancia sin|ei voida käynnistää,|lancement impossible|nem indítható el, mert egy másik példány nem|non è possibile eseguire l'avvio perché un'altra istanza è in esecuzione con privilegi n|別のインスタンスが管理者特権なし|또 다른 인스턴스가 관리자 권한 없이|kan ikke starte fordi en annen forekomst kjører opph|kan niet starten omdat een ander exemplaar z|nie można uruchomić, ponieważ inne wystąpienie jest uruchomione bez|não é possível iniciar porque outra instância está sendo executada s|não é possível iniciar porque existe outra instância em execução não|не удается запустить, так как се|det går inte att starta efte|başka bir örnek yükseltilmem|无法启动，因为另一个实例正在权限未提|無法啟動，因為有另一個執行個體正以未"],
  ["MessageInvalidConsole", "WSL_E_CONSOLE", "nepodporované nastav|ikke-understøttede k|konsoleneinstellunge|unsupported console|la configuración de la c|konsolin asetuksia e|paramètres de consol|nem támogatott konzo|impostazioni della c|サポートされていない|지원되지 않는|konsollinnstillinger|niet-ondersteunde co|nieobsługiwanych ust|configurações do con|definições de consol|неподдерживаемые пар|konsolinställningarn|desteklenmeyen konso|不受支持的控制台|不支援的主控台設"],
  ["MessageInvalidCommandLine", "E_INVALIDARG", "neplatný argument př|ugyldigt kommandolin|ungültiges befehlsze|invalid command line|argumento de línea d|komentorivin argumen|argument de ligne de|érvénytelen parancss|argomento della riga|無効なコマンド|잘못된 명령줄|ugyldig kommandolinj|ongeldig opdrachtreg|nieprawidłowy argume|argumento de linha d|недопустимый аргумен|ogiltigt kommandorad|geçersiz komut satır|无效的命令行参数|無效的命令行自變"],
  ["MessageMissingArgument", "E_INVALIDARG", "argument příkazového|kommandolinjeargumen|für das befehlszeile|command line argumen|el argumento|komentoriviargumentt|l'argument de ligne|*parancssori argument|*della riga di comand|コマンド ライン|명령줄 인수|voor het opdrachtreg|argument wiersza pol|o argumento de linha|*da linha de comandos|аргумент командной с|kommandoradsargument|*komut satırı bağımsı|命令行参数|命令行自變數"],
  ["MessageRequiredParameterMissing", "E_INVALIDARG", "*chybí povinný parame|*mangler en påkrævet|*fehlt ein erforderli|*is missing a require|falta un parámetro o|argumentista|un paramètre obligat|*argumentumból hiányz|nell'argomento|*に必須パラメータ|*인수에 필수 매|*mangler et nødvendig|voor argument|w argumencie|*não tem um parâmetro|falta um parâmetro n|*отсутствует обязател|*saknar en obligatori|*bağımsız değişkenind|*缺少必需的参数。|*遺失必要的參數。"],
  ["MessageAdminProtectionEnabled", "WSL_E_DEFAULT_DISTRO_NOT_FOUND", "windows admin protec|windows ad"]
];

// packages/core/src/wsl/errors/normalize.ts
function normalizeForMatch(text2) {
  return text2.normalize("NFC").replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"').replace(/\uff1a/g, ":").replace(/[^\S\n]+/g, " ").toLowerCase();
}

// packages/core/src/wsl/errors/parse-error.ts
var MAX_LINES = 400;
var MAX_LINE_LENGTH2 = 4e3;
var MESSAGE_WINDOW = 24;
var WARNING_PREFIX = /^wsl:\s/i;
var CODE_TOKEN = /^[\x21-\x7e]{1,400}$/;
var HEX_TOKEN = /(?:^|[^0-9A-Za-z_])(0[xX][0-9a-fA-F]{1,8})(?![0-9A-Za-z_])/g;
var NEEDLES = MESSAGE_NEEDLES.map(([id, symbol, needles]) => [id, symbol, needles.split("|")]);
var PREFIX_NEEDLES = /* @__PURE__ */ new Map();
var ANYWHERE_NEEDLES = [];
NEEDLES.forEach(([, , needles], priority) => {
  for (const needle of needles) {
    const first = needle[0];
    if (first === void 0 || first === "*") {
      ANYWHERE_NEEDLES.push({ priority, text: needle.slice(1) });
      continue;
    }
    const list = PREFIX_NEEDLES.get(first) ?? [];
    list.push({ priority, text: needle });
    PREFIX_NEEDLES.set(first, list);
  }
});
var OTHER_ENGLISH_MESSAGES = [
  ["HCS_E_HYPERV_NOT_INSTALLED", "wsl2 is not supported with your current machine configuration"],
  ["HCS_E_HYPERV_NOT_INSTALLED", "please enable the virtual machine platform windows feature"],
  [
    "HCS_E_HYPERV_NOT_INSTALLED",
    "the virtual machine could not be started because a required feature is not installed"
  ],
  ["HCS_E_SERVICE_NOT_AVAILABLE", "the operation could not be started because a required feature is not installed"],
  ["ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED", "wsl 2 requires an update to its kernel component"],
  ["ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED", "windows subsystem for linux must be updated to the latest version"],
  ["ERROR_LINUX_SUBSYSTEM_NOT_PRESENT", "the windows subsystem for linux optional component is not enabled"],
  ["ERROR_LINUX_SUBSYSTEM_NOT_PRESENT", "the windows subsystem for linux has not been enabled"],
  ["ERROR_SERVICE_DISABLED", "the service cannot be started, either because it is disabled"],
  ["RPC_S_CALL_FAILED", "the remote procedure call failed"]
];
function classifyWslFailure(result2) {
  try {
    if (result2.exitCode === 0) return null;
    const lines = [...toLines2(result2.stdout ?? ""), ...toLines2(result2.stderr ?? "")];
    const outcome = parseLines(lines.slice(-MAX_LINES));
    return outcome.recognized ? outcome : null;
  } catch {
    return null;
  }
}
function toLines2(input) {
  const text2 = decodeOutput(input);
  const lines = text2.split("\n");
  return lines.slice(-MAX_LINES).map((line) => line.slice(0, MAX_LINE_LENGTH2).trimEnd());
}
function parseLines(lines) {
  const warnings = lines.filter((line) => WARNING_PREFIX.test(line.trimStart())).map((line) => `wsl.exe warned: ${line.trimStart().replace(WARNING_PREFIX, "").trim()}`);
  const hits = findMessages(lines);
  const codeLine = findErrorCodeLine(lines);
  if (codeLine) {
    const previous = findErrorCodeLine(lines.slice(0, codeLine.line))?.line ?? -1;
    const from = Math.max(previous + 1, codeLine.line - MESSAGE_WINDOW);
    const hitsAbove = hits.filter((h) => h.line < codeLine.line && h.line >= from);
    const message = messageAbove(lines, codeLine.line, hitsAbove);
    const lookup = lookupWslError(codeLine.code);
    const named = hitsAbove.find((h) => h.symbol === lookup.symbol) ?? hitsAbove.at(-1);
    return result(lookup, codeLine.code, message, "error-code", named?.messageId ?? null, warnings);
  }
  const hex = findHresult(lines);
  const best = hits.reduce((a, h) => a && a.priority <= h.priority ? a : h, void 0);
  const start = best && Math.min(...hits.filter((h) => h.line <= best.line && h.line >= best.line - 6).map((h) => h.line));
  if (hex) {
    const message = best && start !== void 0 ? messageFrom(lines, start) : hex.message;
    return result(lookupWslError(hex.code), hex.code, message, "hresult", best?.messageId ?? null, warnings);
  }
  if (best && start !== void 0) {
    const lookup = lookupWslError(best.symbol);
    return result(lookup, null, messageFrom(lines, start), "message", best.messageId, warnings);
  }
  return parsed(false, emptyDetails(lastParagraph(lines)), warnings);
}
function result(lookup, code2, message, source, messageId, warnings) {
  const notes = [...warnings];
  if (!lookup.known)
    notes.push(`WSL error ${code2 ?? lookup.input} is not in the wsl-ready catalogue; advice is generic.`);
  return parsed(
    true,
    {
      code: code2,
      hresult: lookup.hresult ?? null,
      symbol: lookup.symbol ?? null,
      category: lookup.category,
      title: lookup.title,
      meaning: lookup.meaning,
      remediation: lookup.remediation,
      docsUrl: lookup.docsUrl,
      message,
      context: lookup.context,
      where: describeWslErrorContext(lookup.context),
      known: lookup.known,
      source,
      messageId
    },
    notes
  );
}
function emptyDetails(message) {
  return {
    code: null,
    hresult: null,
    symbol: null,
    category: "other",
    title: "No WSL error found in the output",
    meaning: "The output holds no WSL error code and no known WSL error message.",
    remediation: ["Read the full output of the command; rerun it by hand to see what it prints."],
    docsUrl: "https://learn.microsoft.com/windows/wsl/troubleshooting",
    message,
    context: [],
    where: "",
    known: false,
    source: "none",
    messageId: null
  };
}
function foldSeparators(line) {
  return line.replace(/[\u00a0\u2007\u202f\u3000\t]/g, " ").replace(/\uff1a/g, ":");
}
function findErrorCodeLine(lines) {
  for (let i = lines.length - 1; i >= 0; i--) {
    const code2 = matchErrorCodeLine(lines[i]);
    if (code2) return { line: i, code: code2 };
  }
  return void 0;
}
function matchErrorCodeLine(rawLine) {
  const line = foldSeparators(rawLine).trim();
  const colon = line.lastIndexOf(":");
  if (colon <= 0) return void 0;
  const code2 = line.slice(colon + 1).trim();
  const label = line.slice(0, colon).trim();
  if (!CODE_TOKEN.test(code2) || label.length === 0) return void 0;
  const normalizedLabel = normalizeForMatch(label);
  if (ERROR_CODE_LABELS2.some((known) => normalizedLabel === known || normalizedLabel.endsWith(` ${known}`))) {
    return looksLikeCode(code2, true) ? code2 : void 0;
  }
  if (label.length > 48 || /[/\\]/.test(label) || /^wsl$/i.test(label)) return void 0;
  return looksLikeCode(code2, false) ? code2 : void 0;
}
function looksLikeCode(code2, labelKnown) {
  if (code2.includes("/")) {
    const segments = code2.split("/");
    const { result: result2 } = splitCodePath(code2);
    return result2 !== null && isWslErrorContext(segments[0] ?? "") && segments.every((s) => /^[\w?()]+$/.test(s));
  }
  if (/^0x[0-9a-f]{1,8}$/i.test(code2)) return labelKnown;
  if (isKnownWslErrorSymbol(code2)) return true;
  return labelKnown && /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(code2);
}
function findHresult(lines) {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    let found;
    for (const match of line.matchAll(HEX_TOKEN)) {
      const code2 = match[1];
      const at = match.index + match[0].length - code2.length;
      const digits = code2.length - 2;
      const value = Number.parseInt(code2.slice(2), 16);
      const isFailure = digits === 8 && value >= 2147483648;
      const before = line.slice(0, at);
      const isWin32 = digits <= 4 && /^[^:：]{1,40}[:：]\s*$/.test(before) && findWslError(code2);
      if ((isFailure || isWin32) && normalizeHresult(code2)) {
        found = { code: code2, message: (line.slice(at + code2.length).trim() || line.trim()).replace(WARNING_PREFIX, "") };
      }
    }
    if (found) return found;
  }
  return void 0;
}
function findMessages(lines) {
  const hits = [];
  lines.forEach((raw, line) => {
    const text2 = normalizeForMatch(raw.trimStart().replace(WARNING_PREFIX, "")).trim();
    if (text2.length < 4) return;
    const matched = /* @__PURE__ */ new Set();
    for (const needle of PREFIX_NEEDLES.get(text2[0]) ?? []) {
      if (text2.startsWith(needle.text)) matched.add(needle.priority);
    }
    for (const needle of ANYWHERE_NEEDLES) if (text2.includes(needle.text)) matched.add(needle.priority);
    for (const priority of [...matched].sort((a, b) => a - b)) {
      const [messageId, symbol] = NEEDLES[priority];
      hits.push({ line, messageId, symbol, priority });
    }
    OTHER_ENGLISH_MESSAGES.forEach(([symbol, needle], index2) => {
      if (text2.startsWith(needle)) hits.push({ line, messageId: null, symbol, priority: NEEDLES.length + index2 });
    });
  });
  return hits;
}
function messageAbove(lines, codeLine, hitsAbove) {
  const start = hitsAbove.length ? Math.min(...hitsAbove.map((h) => h.line)) : paragraphStart(lines, codeLine);
  return joinMessage(lines.slice(start, codeLine));
}
function paragraphStart(lines, end) {
  let start = end;
  while (start > 0 && start > end - 8 && lines[start - 1].trim() !== "" && !isNoise(lines[start - 1])) start--;
  return start;
}
function messageFrom(lines, first) {
  const taken = [lines[first].trimStart().replace(WARNING_PREFIX, "")];
  let blanks = 0;
  for (let i = first + 1; i < lines.length && taken.length < 12; i++) {
    const line = lines[i];
    if (line.trim() === "") {
      if (++blanks >= 2) break;
    } else {
      if (isNoise(line) || WARNING_PREFIX.test(line.trimStart())) break;
      blanks = 0;
    }
    taken.push(line);
  }
  return joinMessage(taken);
}
function isNoise(line) {
  const text2 = line.trim();
  return /^\[[=\s#>-]*\]/.test(text2) || /^\d{1,3}(?:[.,]\d+)?\s?%$/.test(text2) || matchErrorCodeLine(text2) !== void 0;
}
function joinMessage(lines) {
  return lines.filter((line) => !WARNING_PREFIX.test(line.trimStart())).map((line) => line.trim()).join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
function lastParagraph(lines) {
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === "") end--;
  return joinMessage(lines.slice(paragraphStart(lines, end), end));
}

// packages/core/src/wsl/errors/wsl-error.ts
var WslCommandError = class extends WslReadyError {
  argv;
  exitCode;
  details;
  constructor(argv, exitCode, details) {
    super("wsl-error", formatWslErrorMessage(argv, details));
    this.argv = argv;
    this.exitCode = exitCode;
    this.details = details;
  }
};
function formatWslErrorMessage(argv, details) {
  const code2 = details.code ?? details.symbol ?? details.hresult;
  const lines = [`\`${formatArgv(argv)}\` failed: ${details.title}${code2 ? ` (${code2})` : ""}.`];
  if (details.message) lines.push(details.message);
  lines.push("What to do:", ...details.remediation.map((step, i) => `${i + 1}. ${step}`), `More: ${details.docsUrl}`);
  return lines.join("\n");
}

// packages/core/src/version.ts
var VERSION = "0.1.0";
var TOOL_NAME = "wsl-ready";

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
  const result2 = validateReport(candidate);
  if (!result2.ok) throw new ReportValidationError(result2.errors, "The new report");
  return result2.report;
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
  const result2 = escapeMarkdownText(check.summary);
  const docs = check.docsUrl ? ` ${docsLink(check.docsUrl, links, true)}` : "";
  const cells = [statusEmoji(check.status)];
  if (withArea) cells.push(escapeMarkdownText(areaName(check.area), { maxLength: 60 }));
  cells.push(title, `${result2}${docs}`, durationText(check.durationMs));
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
  const ordered = groupByArea(checks).map((group2, index2) => ({ ...group2, index: index2, worst: worstStatus(group2.checks) }));
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

// packages/core/src/config/scanner.ts
var isHSpace = (c) => c === " " || c === "	";
function isAlpha(c) {
  const code2 = c.length === 1 ? c.charCodeAt(0) : -1;
  return code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122;
}
function isAlnum(c) {
  const code2 = c.length === 1 ? c.charCodeAt(0) : -1;
  return isAlpha(c) || code2 >= 48 && code2 <= 57;
}
var ESCAPES = { "\\": "\\", '"': '"', b: "\b", n: "\n", t: "	" };
var CharReader = class {
  constructor(text2, textMode, start) {
    this.text = text2;
    this.textMode = textMode;
    this.pos = start;
  }
  text;
  textMode;
  pos;
  /** The next character ('' at end of input). */
  next() {
    const { text: text2 } = this;
    if (this.pos >= text2.length) return "";
    const c = text2[this.pos];
    if (c === "\r" && this.textMode && text2[this.pos + 1] === "\n") {
      this.pos += 2;
      return "\n";
    }
    this.pos += 1;
    return c;
  }
  /** Skip to the end of the physical line (the `\n` is consumed); returns the offset of the line break. */
  skipLine(current) {
    if (current === "") return this.pos;
    if (current === "\n") return this.text[this.pos - 2] === "\r" ? this.pos - 2 : this.pos - 1;
    const nl = this.text.indexOf("\n", this.pos);
    if (nl < 0) {
      this.pos = this.text.length;
      return this.text.length;
    }
    this.pos = nl + 1;
    return nl > 0 && this.text[nl - 1] === "\r" ? nl - 1 : nl;
  }
};
function scanConfig(text2, kind) {
  const contentStart = kind === "wslconfig" && text2.charCodeAt(0) === 65279 ? 1 : 0;
  const r = new CharReader(text2, kind === "wslconfig", contentStart);
  const items = [];
  let section = null;
  const invalid = (problem, start, at, char, extra = {}) => {
    const end = r.skipLine(char);
    items.push({ type: "invalid", problem, section, start, at, char, end: Math.max(end, at), ...extra });
  };
  for (; ; ) {
    let at = r.pos;
    let c = r.next();
    while (isHSpace(c)) {
      at = r.pos;
      c = r.next();
    }
    if (c === "") break;
    if (c === "\n") continue;
    if (c === "\r") {
      if (text2[r.pos] === "\n") r.pos++;
      continue;
    }
    if (c === "#") {
      const end = r.skipLine(c);
      items.push({ type: "comment", start: at, end });
      continue;
    }
    if (c === "[") {
      const start = at;
      const nameAt = r.pos;
      c = r.next();
      if (!isAlpha(c)) {
        invalid("invalid-section-name", start, nameAt, c);
        continue;
      }
      let name = "";
      let cAt = nameAt;
      while (isAlnum(c)) {
        name += c;
        cAt = r.pos;
        c = r.next();
      }
      if (c !== "]") {
        invalid("expected-bracket", start, cAt, c);
        continue;
      }
      let end = r.pos;
      cAt = r.pos;
      c = r.next();
      while (isHSpace(c)) {
        cAt = r.pos;
        c = r.next();
      }
      if (c === "" || c === "\n" || c === "\r") {
        if (c === "\r") r.pos = cAt;
        items.push({ type: "section", name, start, end });
      } else if (c === "#") {
        end = r.skipLine(c);
        items.push({ type: "section", name, start, end, commentStart: cAt });
      } else {
        invalid("expected-end-of-line", start, cAt, c);
        continue;
      }
      section = name;
      continue;
    }
    if (!isAlpha(c)) {
      invalid("invalid-key-name", at, at, c);
      continue;
    }
    scanKey(c, at);
  }
  function scanKey(first, start) {
    let name = first;
    let cAt = r.pos;
    let c = r.next();
    while (isAlnum(c)) {
      name += c;
      cAt = r.pos;
      c = r.next();
    }
    const nameEnd = cAt;
    while (isHSpace(c)) {
      cAt = r.pos;
      c = r.next();
    }
    if (c !== "=") {
      invalid("expected-equals", start, cAt, c, { keyName: name });
      return;
    }
    cAt = r.pos;
    c = r.next();
    while (isHSpace(c)) {
      cAt = r.pos;
      c = r.next();
    }
    const valueStart = cAt;
    let valueEnd = cAt;
    let value = "";
    let trimmed = 0;
    let inQuote = false;
    let commentStart;
    while (c !== "" && c !== "\n" && c !== "\r") {
      if (c === '"') {
        inQuote = !inQuote;
      } else if (c === "\\") {
        const escAt = r.pos;
        const c2 = r.next();
        if (c2 === "\n") {
        } else if (c2 !== "" && ESCAPES[c2] !== void 0) {
          value += ESCAPES[c2];
        } else {
          const roughEnd = roughValueEnd(text2, valueStart);
          invalid("invalid-escape", start, escAt, c2, {
            keyName: name,
            valueStart,
            valueEnd: roughEnd.valueEnd,
            ...roughEnd.commentStart === void 0 ? {} : { commentStart: roughEnd.commentStart }
          });
          return;
        }
      } else if (c === "#" && !inQuote) {
        commentStart = cAt;
        break;
      } else {
        value += c;
      }
      if (!isHSpace(c)) {
        trimmed = value.length;
        valueEnd = r.pos;
      }
      cAt = r.pos;
      c = r.next();
    }
    if (inQuote) {
      invalid("unterminated-quote", start, cAt, c, { keyName: name, valueStart, valueEnd });
      return;
    }
    let end;
    if (commentStart !== void 0) {
      end = r.skipLine("#");
    } else {
      if (c === "\r") r.pos = cAt;
      end = c === "" ? text2.length : cAt;
    }
    items.push({
      type: "key",
      section,
      name,
      fullName: section === null ? name : `${section}.${name}`,
      start,
      nameEnd,
      valueStart,
      valueEnd,
      ...commentStart === void 0 ? {} : { commentStart },
      end,
      value: value.slice(0, trimmed)
    });
  }
  let stopIndex = null;
  if (kind === "wslconf") {
    const first = items.findIndex((item) => item.type === "invalid");
    stopIndex = first < 0 ? null : first;
  }
  return { kind, items, stopIndex, contentStart };
}
function roughValueEnd(text2, valueStart) {
  let inQuote = false;
  let lastNonBlank = valueStart;
  let i = valueStart;
  for (; i < text2.length; i++) {
    const c = text2[i];
    if (c === "\n" || c === "\r") break;
    if (c === "\\") {
      const next = text2[i + 1];
      if (next === void 0 || next === "\n" || next === "\r") {
        lastNonBlank = i + 1;
        break;
      }
      i++;
      lastNonBlank = i + 1;
      continue;
    }
    if (c === '"') inQuote = !inQuote;
    if (c === "#" && !inQuote) return { valueEnd: lastNonBlank, commentStart: i };
    if (!isHSpace(c)) lastNonBlank = i + 1;
  }
  return { valueEnd: lastNonBlank };
}

// packages/core/src/config/schema-types.ts
function schemaId(schema) {
  return `${schema.section}.${schema.key}`;
}

// packages/core/src/config/wslconf-schema.ts
var SECTIONS = {
  automount: [
    {
      key: "enabled",
      type: "boolean",
      default: true,
      defaultText: "true",
      since: "build 17093",
      description: "Mount the Windows fixed drives with DrvFs."
    },
    {
      key: "root",
      type: "string",
      default: "/mnt/",
      defaultText: "/mnt/",
      since: "build 17093",
      description: "Where the drives are mounted; WSL adds a trailing `/` if missing."
    },
    {
      key: "options",
      type: "string",
      default: null,
      defaultText: "none",
      since: "build 17093",
      description: "Extra DrvFs mount options (metadata, uid, gid, umask, fmask, dmask, case)."
    },
    {
      key: "mountFsTab",
      type: "boolean",
      default: true,
      defaultText: "true",
      since: "build 17093",
      description: "Process /etc/fstab at start."
    },
    {
      key: "ldconfig",
      type: "boolean",
      default: true,
      defaultText: "true",
      since: "≤2.5.8",
      description: "Register /usr/lib/wsl/lib with ldconfig."
    },
    {
      key: "cgroups",
      type: "enum",
      values: ["v1", "v2"],
      default: "v2",
      defaultText: "v2",
      since: "2.6.2",
      minWslVersion: "2.6.2",
      description: "Opt in to cgroup v1 mounts (v1) or keep v2."
    },
    {
      key: "crossDistro",
      type: "boolean",
      default: null,
      defaultText: "not read by current WSL",
      since: "build 18970",
      obsolete: true,
      description: "Removed: current WSL reports it as an unknown key."
    }
  ],
  network: [
    {
      key: "generateHosts",
      type: "boolean",
      default: true,
      defaultText: "true",
      since: "build 17093",
      description: "Generate /etc/hosts."
    },
    {
      key: "generateResolvConf",
      type: "boolean",
      default: true,
      defaultText: "true",
      since: "build 17093",
      description: "Generate /etc/resolv.conf."
    },
    {
      key: "hostname",
      type: "string",
      default: null,
      defaultText: "the Windows host name",
      since: "≤2.5.8",
      description: "Host name of the distribution (cleaned to a valid host name)."
    }
  ],
  interop: [
    {
      key: "enabled",
      type: "boolean",
      default: true,
      defaultText: "true",
      since: "build 17713",
      description: "Launch Windows programs from Linux."
    },
    {
      key: "appendWindowsPath",
      type: "boolean",
      default: true,
      defaultText: "true",
      since: "build 17713",
      description: "Add the Windows PATH to $PATH."
    }
  ],
  user: [
    {
      key: "default",
      type: "string",
      default: null,
      defaultText: "the user created at first run",
      since: "build 18980",
      description: "Default login user."
    }
  ],
  boot: [
    {
      key: "systemd",
      type: "boolean",
      default: false,
      defaultText: "false",
      since: "0.67.6",
      minWslVersion: "0.67.6",
      description: "Run systemd as PID 1 (WSL 2 only; needs an executable /sbin/init)."
    },
    {
      key: "command",
      type: "string",
      default: null,
      defaultText: "none",
      since: "build 21286",
      description: "Command run as root when the distribution starts."
    },
    {
      key: "initTimeout",
      type: "integer",
      unit: "ms",
      default: 1e4,
      defaultText: "10000 ms",
      since: "≤2.5.8",
      description: "How long WSL waits for systemd to start and stop, in milliseconds."
    },
    {
      key: "protectBinfmt",
      type: "boolean",
      default: true,
      defaultText: "true",
      since: "≤2.5.8",
      description: "With systemd: protect the WSLInterop binfmt registration from systemd's shutdown."
    }
  ],
  filesystem: [
    {
      key: "umask",
      type: "integer",
      default: 18,
      defaultText: "0022",
      since: "build 18945",
      description: "umask of processes; write it in octal with a leading 0 (`022`)."
    }
  ],
  fileServer: [
    {
      key: "enabled",
      type: "boolean",
      default: true,
      defaultText: "true",
      since: "≤2.5.8",
      description: "The 9P server behind \\\\wsl$ and \\\\wsl.localhost."
    },
    {
      key: "logFile",
      type: "string",
      default: null,
      defaultText: "none",
      since: "≤2.5.8",
      description: "9P server log file."
    },
    {
      key: "logLevel",
      type: "integer",
      default: 4,
      defaultText: "4 (information)",
      since: "≤2.5.8",
      description: "9P server log level."
    },
    {
      key: "logTruncate",
      type: "boolean",
      default: true,
      defaultText: "true",
      since: "≤2.5.8",
      description: "Truncate the 9P server log at start."
    }
  ],
  gpu: [
    {
      key: "enabled",
      type: "boolean",
      default: true,
      defaultText: "true",
      since: "≤2.5.8",
      description: "GPU paravirtualization for this distribution."
    },
    {
      key: "appendLibPath",
      type: "boolean",
      default: true,
      defaultText: "true",
      since: "≤2.5.8",
      description: "Add /usr/lib/wsl/lib to $PATH (only when gpu.enabled)."
    }
  ],
  time: [
    {
      key: "useWindowsTimezone",
      type: "boolean",
      default: true,
      defaultText: "true",
      since: "≤2.5.8",
      description: "Follow the Windows time zone."
    }
  ],
  general: [
    {
      key: "guiApplications",
      type: "boolean",
      default: null,
      defaultText: "the .wslconfig value of wsl2.guiApplications",
      since: "≤2.5.8",
      description: "Per-distribution WSLg switch."
    }
  ]
};
var WSLCONF_KEYS = Object.entries(SECTIONS).flatMap(
  ([section, entries]) => entries.map((e) => ({ file: "wslconf", section, ...e }))
);
var WSLCONF_SECTIONS = Object.keys(SECTIONS);

// packages/core/src/config/wslconfig-schema.ts
var wsl2 = (e) => ({ section: "wsl2", ...e });
var experimental = (e) => ({ section: "experimental", ...e });
var general = (e) => ({ section: "general", ...e });
var NETWORKING_MODES = ["None", "NAT", "Bridged", "Mirrored", "Consomme", "VirtioProxy"];
var ENTRIES = [
  wsl2({
    key: "kernel",
    type: "path",
    default: null,
    defaultText: "the inbox Microsoft kernel",
    since: "build 18945",
    policy: true,
    description: "Absolute Windows path of a custom Linux kernel image. A missing file stops the VM from starting."
  }),
  wsl2({
    key: "kernelModules",
    type: "path",
    default: null,
    defaultText: "none",
    since: "≤2.5.8",
    policy: true,
    description: "VHD holding the modules of a custom kernel; needs `kernel` too."
  }),
  wsl2({
    key: "kernelCommandLine",
    type: "string",
    default: "",
    defaultText: "empty",
    since: "build 18995",
    policy: true,
    description: "Extra kernel command-line arguments."
  }),
  wsl2({
    key: "memory",
    type: "size",
    unit: "bytes",
    default: null,
    defaultText: "50% of the host memory",
    since: "build 18945",
    description: "Memory of the WSL 2 VM (at least 256MB, at most the host memory)."
  }),
  wsl2({
    key: "processors",
    type: "integer",
    unit: "count",
    default: null,
    defaultText: "all logical processors",
    since: "build 18945",
    description: "Virtual processors of the VM; 0 or less means all. More than the host has is clamped."
  }),
  wsl2({
    key: "swap",
    type: "size",
    unit: "bytes",
    default: null,
    defaultText: "25% of memory, rounded up to a whole GB",
    since: "build 18945",
    description: "Swap size; 0 turns swap off."
  }),
  wsl2({
    key: "swapFile",
    type: "path",
    default: null,
    defaultText: "%Temp%\\swap.vhdx",
    since: "build 18945",
    description: "Absolute Windows path of the swap VHD."
  }),
  wsl2({
    key: "localhostForwarding",
    type: "boolean",
    default: true,
    defaultText: "true",
    since: "build 18945",
    description: "Windows `localhost:port` reaches ports bound in the VM (no effect in Mirrored mode)."
  }),
  wsl2({
    key: "safeMode",
    type: "boolean",
    default: false,
    defaultText: "false",
    since: "0.66.2",
    minWslVersion: "0.66.2",
    description: "Recovery mode: turns off most features (drive access, networking, systemd, GPU, …)."
  }),
  wsl2({
    key: "guiApplications",
    type: "boolean",
    default: true,
    defaultText: "true",
    since: "≤2.5.8",
    description: "WSLg (Linux GUI applications). A distribution can override it in wsl.conf `[general]`."
  }),
  wsl2({
    key: "gpuSupport",
    type: "boolean",
    default: true,
    defaultText: "true",
    since: "≤2.5.8",
    description: "GPU paravirtualization (`/dev/dxg`)."
  }),
  wsl2({
    key: "debugConsole",
    type: "boolean",
    default: false,
    defaultText: "false",
    since: "≤2.5.8",
    description: "Open a window with the kernel console (dmesg)."
  }),
  wsl2({
    key: "debugConsoleLogFile",
    type: "path",
    default: null,
    defaultText: "none",
    since: "≤2.5.8",
    description: "Write the kernel console to this file."
  }),
  wsl2({
    key: "earlyBootLogging",
    type: "boolean",
    default: false,
    defaultText: "false (true when a debug console is on)",
    since: "≤2.5.8",
    description: "Early kernel boot logging."
  }),
  wsl2({
    key: "nestedVirtualization",
    type: "boolean",
    default: null,
    defaultText: "true on x64 with Windows 11, else false",
    since: "build 20175",
    policy: true,
    description: "Nested virtual machines inside WSL 2."
  }),
  wsl2({
    key: "vmIdleTimeout",
    type: "integer",
    unit: "ms",
    default: 6e4,
    defaultText: "60000 ms",
    since: "build 20190",
    description: "Idle time before the VM shuts down, in milliseconds; negative = never."
  }),
  wsl2({
    key: "kernelDebugPort",
    type: "integer",
    unit: "port",
    default: 0,
    defaultText: "0 (off)",
    since: "≤2.5.8",
    policy: true,
    description: "Kernel debugger port."
  }),
  wsl2({
    key: "networkingMode",
    type: "enum",
    values: NETWORKING_MODES,
    renamedValues: { VirtioProxy: { to: "Consomme", since: "2.9.0" } },
    default: "NAT",
    defaultText: "NAT (or the policy default)",
    since: "2.0.0",
    policy: true,
    description: "Networking mode: None, NAT, Bridged (needs vmSwitch), Mirrored, Consomme (needs virtio)."
  }),
  wsl2({
    key: "vmSwitch",
    type: "string",
    default: null,
    defaultText: "none",
    since: "≤2.5.8",
    description: "Hyper-V virtual switch used by Bridged mode."
  }),
  wsl2({
    key: "macAddress",
    type: "mac",
    default: null,
    defaultText: "a random locally administered address",
    since: "≤2.5.8",
    description: "MAC address of the VM (Bridged). An invalid value stops the VM from starting."
  }),
  wsl2({
    key: "dhcp",
    type: "boolean",
    default: true,
    defaultText: "true",
    since: "≤2.5.8",
    description: "DHCP client in Bridged mode."
  }),
  wsl2({
    key: "dhcpTimeout",
    type: "integer",
    unit: "ms",
    default: 5e3,
    defaultText: "5000 ms",
    since: "≤2.5.8",
    description: "DHCP timeout in Bridged mode, in milliseconds."
  }),
  wsl2({
    key: "ipv6",
    type: "boolean",
    default: false,
    defaultText: "false",
    since: "≤2.5.8",
    description: "IPv6 in Bridged mode."
  }),
  wsl2({
    key: "dnsProxy",
    type: "boolean",
    default: true,
    defaultText: "true",
    since: "≤2.5.8",
    description: "NAT mode: point Linux DNS at the NAT host (false mirrors the Windows DNS servers)."
  }),
  wsl2({
    key: "firewall",
    type: "boolean",
    default: true,
    defaultText: "true",
    since: "2.0.0",
    minWslVersion: "2.0.0",
    policy: true,
    description: "Hyper-V firewall filters WSL traffic (always on in Mirrored mode)."
  }),
  wsl2({
    key: "dnsTunneling",
    type: "boolean",
    default: true,
    defaultText: "true",
    since: "2.0.0",
    minWslVersion: "2.0.0",
    description: "Proxy DNS requests to Windows over a virtual channel."
  }),
  wsl2({
    key: "autoProxy",
    type: "boolean",
    default: true,
    defaultText: "true",
    since: "2.0.0",
    minWslVersion: "2.0.0",
    description: "Mirror the Windows HTTP proxy into Linux."
  }),
  wsl2({
    key: "defaultVhdSize",
    type: "size",
    unit: "bytes",
    default: 1099511627776,
    defaultText: "1TB",
    since: "≤2.5.8",
    description: "Maximum size of new distribution VHDs."
  }),
  wsl2({
    key: "maxCrashDumpCount",
    type: "integer",
    unit: "count",
    default: 10,
    defaultText: "10",
    since: "≤2.5.8",
    description: "Crash dumps kept; negative turns crash-dump collection off."
  }),
  wsl2({
    key: "crashDumpFolder",
    type: "path",
    default: null,
    defaultText: "%TEMP%\\wsl-crashes",
    since: "≤2.5.8",
    description: "Folder for crash dumps."
  }),
  wsl2({
    key: "systemDistro",
    type: "path",
    default: null,
    defaultText: "the built-in WSLg system distribution",
    since: "≤2.5.8",
    policy: true,
    description: "Custom WSLg system distribution VHD."
  }),
  wsl2({
    key: "telemetry",
    type: "boolean",
    default: true,
    defaultText: "true",
    since: "≤2.5.8",
    description: "Telemetry from the VM."
  }),
  wsl2({
    key: "kernelBootTimeout",
    type: "integer",
    unit: "ms",
    default: 3e4,
    defaultText: "30000 ms",
    since: "≤2.5.8",
    description: "How long WSL waits for the kernel to boot, in milliseconds."
  }),
  wsl2({
    key: "distributionStartTimeout",
    type: "integer",
    unit: "ms",
    default: 6e4,
    defaultText: "60000 ms",
    since: "≤2.5.8",
    description: "How long WSL waits for a distribution to start, in milliseconds."
  }),
  wsl2({
    key: "mountDeviceTimeout",
    type: "integer",
    unit: "ms",
    default: 5e3,
    defaultText: "5000 ms",
    since: "≤2.5.8",
    description: "How long WSL waits for a device mount, in milliseconds."
  }),
  wsl2({
    key: "virtio",
    type: "boolean",
    default: null,
    defaultText: "true on x64; on arm64 only with Windows 11",
    since: "≤2.5.8",
    description: "Virtio devices; false also turns off virtiofs, virtio9p, swiotlb and Consomme."
  }),
  wsl2({
    key: "virtiofs",
    type: "boolean",
    default: false,
    defaultText: "false",
    since: "≤2.5.8",
    description: "virtiofs for Windows drive shares."
  }),
  wsl2({
    key: "virtio9p",
    type: "boolean",
    default: false,
    defaultText: "false",
    since: "≤2.5.8",
    ignoredBecause: "WSL currently forces it off and falls back to 9p over vsock",
    description: "9P over virtio."
  }),
  wsl2({
    key: "hostFileSystemAccess",
    type: "boolean",
    default: true,
    defaultText: "true",
    since: "≤2.5.8",
    description: "Access to Windows drives."
  }),
  wsl2({
    key: "hardwarePerformanceCounters",
    type: "boolean",
    default: null,
    defaultText: "true on x64, false on arm64",
    since: "≤2.5.8",
    description: "Hardware performance counters in the VM."
  }),
  wsl2({
    key: "loadDefaultKernelModules",
    type: "boolean",
    default: true,
    defaultText: "true",
    since: "≤2.5.8",
    description: "Load tun, ip_tables and br_netfilter at boot."
  }),
  wsl2({
    key: "loadKernelModules",
    type: "string",
    default: "",
    defaultText: "empty",
    since: "≤2.5.8",
    description: "Extra kernel modules to load at boot, comma-separated."
  }),
  wsl2({
    key: "isolateDistroCgroup",
    type: "boolean",
    default: true,
    defaultText: "true",
    since: "HEAD",
    minWslVersion: "2.9.5",
    description: "Per-distribution cgroup isolation (incompatible with wsl.conf `automount.cgroups = v1`)."
  }),
  wsl2({
    key: "pageReporting",
    type: "boolean",
    default: null,
    defaultText: "not read by current WSL",
    since: "build 19013",
    obsolete: true,
    description: "Removed: current WSL reports it as an unknown key."
  }),
  wsl2({
    key: "idleThreshold",
    type: "integer",
    default: null,
    defaultText: "not read by current WSL",
    since: "build 19013",
    obsolete: true,
    description: "Removed: current WSL reports it as an unknown key."
  }),
  wsl2({
    key: "pageReportingOrder",
    type: "integer",
    default: null,
    defaultText: "not read by current WSL",
    since: "build 19013",
    obsolete: true,
    description: "Removed in 2025: the value is fixed on the kernel command line."
  }),
  experimental({
    key: "autoMemoryReclaim",
    type: "enum",
    values: ["Disabled", "Gradual", "DropCache"],
    default: "DropCache",
    defaultText: "DropCache",
    since: "2.0.0",
    minWslVersion: "2.0.0",
    description: "Give cached memory back to Windows: Disabled, Gradual or DropCache."
  }),
  experimental({
    key: "sparseVhd",
    type: "boolean",
    default: false,
    defaultText: "false",
    since: "2.0.0",
    minWslVersion: "2.0.0",
    ignoredBecause: "WSL creates new VHDs non-sparse while a data-corruption bug is open",
    description: "Create new VHDs sparse."
  }),
  experimental({
    key: "bestEffortDnsParsing",
    type: "boolean",
    default: false,
    defaultText: "false",
    since: "2.0.0",
    minWslVersion: "2.0.0",
    description: "DNS tunneling: answer the question even when the request has unknown records."
  }),
  experimental({
    key: "dnsTunnelingIpAddress",
    type: "ipv4",
    default: "10.255.255.254",
    defaultText: "10.255.255.254",
    since: "≤2.5.8",
    description: "Nameserver written to Linux resolv.conf under DNS tunneling (an invalid address turns tunneling off)."
  }),
  experimental({
    key: "initialAutoProxyTimeout",
    type: "integer",
    unit: "ms",
    default: 1e3,
    defaultText: "1000 ms",
    since: "2.0.0",
    minWslVersion: "2.0.0",
    description: "How long WSL waits for the Windows proxy at start, in milliseconds."
  }),
  experimental({
    key: "ignoredPorts",
    type: "list",
    unit: "port",
    default: "",
    defaultText: "empty",
    since: "2.0.0",
    minWslVersion: "2.0.0",
    description: "Mirrored mode: comma-separated ports Linux may bind even if Windows uses them."
  }),
  experimental({
    key: "hostAddressLoopback",
    type: "boolean",
    default: false,
    defaultText: "false",
    since: "2.0.0",
    minWslVersion: "2.0.0",
    description: "Mirrored mode: reach host and containers over the host's own IPv4 addresses."
  }),
  experimental({
    key: "setVersionDebug",
    type: "boolean",
    default: false,
    defaultText: "false",
    since: "≤2.5.8",
    description: "Diagnostics for `wsl --set-version` archive errors."
  }),
  experimental({
    key: "swiotlb",
    type: "size",
    unit: "bytes",
    default: 0,
    defaultText: "0 (computed when virtiofs, virtio9p or Consomme is used)",
    since: "2.8.9",
    minWslVersion: "2.8.9",
    description: "Per-device SWIOTLB pool size; needs virtio."
  }),
  experimental({
    key: "virtioFsAggregateShares",
    type: "boolean",
    default: true,
    defaultText: "true",
    since: "HEAD",
    minWslVersion: "2.9.5",
    description: "One virtiofs device for all shares."
  }),
  experimental({
    key: "useWindowsDnsCache",
    type: "boolean",
    default: null,
    defaultText: "not read by current WSL",
    since: "2.0.0",
    obsolete: true,
    description: "Removed: current WSL reports it as an unknown key."
  }),
  ...["networkingMode", "dnsTunneling", "firewall", "autoProxy"].map(
    (key) => experimental({
      key,
      type: key === "networkingMode" ? "enum" : "boolean",
      ...key === "networkingMode" ? { values: NETWORKING_MODES } : {},
      default: key === "networkingMode" ? "NAT" : true,
      defaultText: `see wsl2.${key}`,
      since: "2.0.0",
      minWslVersion: "2.0.0",
      aliasOf: `wsl2.${key}`,
      replacedBy: `wsl2.${key}`,
      description: `Legacy spelling of \`[wsl2] ${key}\`; WSL reads both as one setting.`
    })
  ),
  general({
    key: "distributionInstallPath",
    type: "path",
    default: null,
    defaultText: "%LOCALAPPDATA%\\wsl",
    since: "≤2.5.8",
    description: "Parent folder for distributions installed with `wsl --install`."
  }),
  general({
    key: "instanceIdleTimeout",
    type: "integer",
    unit: "ms",
    default: 15e3,
    defaultText: "15000 ms",
    since: "≤2.5.8",
    description: "Idle time before a distribution instance stops, in milliseconds; negative = never."
  })
];
var WSLCONFIG_KEYS = ENTRIES.map((e) => ({ file: "wslconfig", ...e }));
var WSLCONFIG_SECTIONS = ["wsl2", "experimental", "general"];

// packages/core/src/config/schema.ts
function configKeys(kind) {
  return kind === "wslconfig" ? WSLCONFIG_KEYS : WSLCONF_KEYS;
}
function configSections(kind) {
  return kind === "wslconfig" ? WSLCONFIG_SECTIONS : WSLCONF_SECTIONS;
}
var indexes = /* @__PURE__ */ new Map();
function index(kind) {
  let map = indexes.get(kind);
  if (!map) {
    map = new Map(configKeys(kind).map((k) => [schemaId(k).toLowerCase(), k]));
    indexes.set(kind, map);
  }
  return map;
}
function findConfigKey(kind, section, key) {
  return index(kind).get(`${section}.${key}`.toLowerCase());
}
function findConfigKeyById(kind, id) {
  return index(kind).get(id.toLowerCase());
}
var byKeyName = /* @__PURE__ */ new Map();
function keysNamed(kind, key) {
  let map = byKeyName.get(kind);
  if (!map) {
    map = /* @__PURE__ */ new Map();
    for (const schema of configKeys(kind)) {
      const lower = schema.key.toLowerCase();
      const list = map.get(lower);
      if (list) list.push(schema);
      else map.set(lower, [schema]);
    }
    byKeyName.set(kind, map);
  }
  return map.get(key.toLowerCase()) ?? [];
}
function findSection(kind, section) {
  const lower = section.toLowerCase();
  return configSections(kind).find((s) => s.toLowerCase() === lower);
}
function settingOf(kind, schema) {
  return schema.aliasOf ? findConfigKeyById(kind, schema.aliasOf) ?? schema : schema;
}

// packages/core/src/config/detect-kind.ts
function detectConfigKind(text2, fileName) {
  const base = (fileName ?? "").split(/[\\/]/).pop()?.toLowerCase() ?? "";
  if (base === ".wslconfig" || base === "wslconfig" || base.endsWith(".wslconfig")) return "wslconfig";
  if (base === "wsl.conf" || base.endsWith(".wsl.conf")) return "wslconf";
  let wslconfig = 0;
  let wslconf = 0;
  const counted = /* @__PURE__ */ new Set();
  for (const item of scanConfig(text2, "wslconfig").items) {
    if (item.type === "section") {
      const lower = item.name.toLowerCase();
      if (counted.has(lower)) continue;
      counted.add(lower);
      const inConfig = findSection("wslconfig", item.name) !== void 0;
      const inConf = findSection("wslconf", item.name) !== void 0;
      if (inConfig && !inConf) wslconfig += 3;
      if (inConf && !inConfig) wslconf += 3;
    } else if (item.type === "key" && item.section !== null) {
      if (findConfigKey("wslconfig", item.section, item.name)) wslconfig++;
      if (findConfigKey("wslconf", item.section, item.name)) wslconf++;
    }
  }
  return wslconf > wslconfig ? "wslconf" : "wslconfig";
}

// packages/core/src/config/document.ts
function splitLines(text2) {
  const lines = [];
  let start = 0;
  while (start < text2.length) {
    const nl = text2.indexOf("\n", start);
    const stop = nl < 0 ? text2.length : nl;
    const crlf = nl > start && text2[nl - 1] === "\r";
    const lineText = text2.slice(start, crlf ? nl - 1 : stop);
    lines.push({
      number: lines.length + 1,
      start,
      text: lineText,
      eol: nl < 0 ? "" : crlf ? "\r\n" : "\n",
      role: roleOf(lineText)
    });
    start = nl < 0 ? text2.length : nl + 1;
  }
  return lines;
}
function roleOf(text2) {
  const trimmed = text2.replace(/^[ \t]+/, "");
  if (trimmed.replace(/[ \t]+$/, "") === "") return "blank";
  return trimmed.startsWith("#") ? "comment" : "content";
}
function parseConfigDocument(text2, kind) {
  const lines = splitLines(text2);
  const scan = scanConfig(text2, kind);
  const locate = locator(lines);
  const stopAt = scan.stopIndex;
  const sections = [];
  const entries = [];
  const issues = [];
  scan.items.forEach((item, index2) => {
    const afterStop = stopAt !== null && index2 > stopAt;
    if (item.type === "section") {
      const { line, column } = locate(item.start);
      sections.push({ name: item.name, line, column, start: item.start, end: item.end });
    } else if (item.type === "key") {
      const { line, column } = locate(item.start);
      entries.push({
        section: item.section,
        name: item.name,
        fullName: item.fullName,
        line,
        column,
        endLine: locate(Math.max(item.start, item.end - 1)).line,
        start: item.start,
        nameEnd: item.nameEnd,
        valueStart: item.valueStart,
        valueEnd: item.valueEnd,
        end: item.end,
        raw: text2.slice(item.valueStart, item.valueEnd),
        value: item.value,
        afterStop
      });
    } else if (item.type === "invalid") {
      const issue3 = toIssue(item, text2, locate, afterStop || stopAt !== null && index2 > stopAt);
      issues.push(issue3);
      if (item.keyName !== void 0 && item.valueStart !== void 0 && item.valueEnd !== void 0) {
        const { line, column } = locate(item.start);
        entries.push({
          section: item.section,
          name: item.keyName,
          fullName: item.section === null ? item.keyName : `${item.section}.${item.keyName}`,
          line,
          column,
          endLine: locate(Math.max(item.start, item.end - 1)).line,
          start: item.start,
          nameEnd: item.start + item.keyName.length,
          valueStart: item.valueStart,
          valueEnd: item.valueEnd,
          end: item.end,
          raw: text2.slice(item.valueStart, item.valueEnd),
          value: null,
          problem: item.problem,
          afterStop
        });
      }
    }
  });
  const stopItem = stopAt === null ? null : scan.items[stopAt];
  const stop = stopItem?.type === "invalid" ? issues.find((i) => i.start === stopItem.start) ?? null : null;
  return {
    kind,
    text: text2,
    lines,
    eol: dominantEol(lines),
    bom: text2.charCodeAt(0) === 65279,
    sections,
    entries,
    issues,
    stop
  };
}
function toIssue(item, text2, locate, afterStop) {
  const { line, column } = locate(item.at);
  const lineStart = text2.lastIndexOf("\n", item.start - 1) + 1;
  let lineEnd = text2.indexOf("\n", item.start);
  if (lineEnd < 0) lineEnd = text2.length;
  if (lineEnd > lineStart && text2[lineEnd - 1] === "\r") lineEnd--;
  return {
    problem: item.problem,
    section: item.section,
    line,
    column,
    char: item.char,
    ...item.keyName === void 0 ? {} : { keyName: item.keyName },
    start: item.start,
    end: item.end,
    text: text2.slice(lineStart, Math.max(lineStart, lineEnd)),
    afterStop
  };
}
function locator(lines) {
  return (offset) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const line = lines[lo];
    if (!line) return { line: 1, column: 1 };
    return { line: line.number, column: offset - line.start + 1 };
  };
}
function dominantEol(lines) {
  let crlf = 0;
  let lf = 0;
  for (const line of lines) {
    if (line.eol === "\r\n") crlf++;
    else if (line.eol === "\n") lf++;
  }
  return crlf > lf ? "\r\n" : "\n";
}

// packages/core/src/config/types.ts
function configFileLabel(kind) {
  return kind === "wslconfig" ? ".wslconfig" : "/etc/wsl.conf";
}
function otherKind(kind) {
  return kind === "wslconfig" ? "wslconf" : "wslconfig";
}

// packages/core/src/config/edit.ts
var ConfigEditError = class extends WslReadyError {
  constructor(message) {
    super("config-edit", message);
  }
};
var NAME = /^[A-Za-z][A-Za-z0-9]*$/;
function encodeConfigValue(value) {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) {
      throw new ConfigEditError(`${value} is not a whole number; WSL config values are integers. Round it first.`);
    }
    return String(value);
  }
  if (/[\r\0]/.test(value)) {
    throw new ConfigEditError(
      "The value holds a carriage return or NUL character, which a WSL config file cannot store. Remove it."
    );
  }
  const escaped = value.replace(/[\\"\n\t\b]/g, (c) => ESCAPE_OUT[c] ?? c);
  return /^[ \t]|[ \t]$|#/.test(escaped) ? `"${escaped}"` : escaped;
}
var ESCAPE_OUT = {
  "\\": "\\\\",
  '"': '\\"',
  "\n": "\\n",
  "	": "\\t",
  "\b": "\\b"
};
function mergeConfig(text2, patch, options = {}) {
  const kind = options.kind ?? kindForEdit(text2, patch);
  const doc = parseConfigDocument(text2, kind);
  const splices = [];
  const changes = [];
  const warnings = [];
  const touched = /* @__PURE__ */ new Set();
  const appends = /* @__PURE__ */ new Map();
  const separator = separatorStyle(doc);
  for (const [section, keys] of Object.entries(patch)) {
    if (!NAME.test(section)) {
      throw new ConfigEditError(
        `\`${section}\` is not a valid section name: use a letter followed by letters or digits (e.g. \`wsl2\`).`
      );
    }
    for (const [key, value] of Object.entries(keys)) {
      if (!NAME.test(key)) {
        throw new ConfigEditError(
          `\`${key}\` is not a valid key name: use a letter followed by letters or digits (e.g. \`memory\`).`
        );
      }
      if (value !== null && value !== void 0 && typeof value === "object") {
        throw new ConfigEditError(`The value of ${section}.${key} must be a string, number, boolean or null.`);
      }
      const occurrences = doc.entries.filter((e) => sameSetting(kind, e, section, key) && !touched.has(e.start));
      if (value === null || value === void 0) {
        for (const entry of occurrences) {
          splices.push(removalOf(doc, entry));
          touched.add(entry.start);
        }
        changes.push(
          occurrences.length > 0 ? { section, key, action: "removed", line: occurrences[0].line } : { section, key, action: "unchanged" }
        );
        continue;
      }
      const encoded = encodeConfigValue(value);
      const first = occurrences[0];
      if (first) {
        touched.add(first.start);
        if (first.value !== null && !first.problem && first.value === logical(value)) {
          changes.push({ section, key, action: "unchanged", line: first.line });
        } else {
          splices.push({ start: first.valueStart, end: first.valueEnd, text: encoded });
          changes.push({ section, key, action: "updated", line: first.line });
        }
        if (first.fullName.toLowerCase() !== `${section}.${key}`.toLowerCase()) {
          warnings.push(
            `Updated \`${first.fullName}\` on line ${first.line}, which WSL reads as the same setting as \`${section}.${key}\`.`
          );
        }
        for (const dup of occurrences.slice(1)) {
          warnings.push(
            `Line ${dup.line} also sets \`${dup.fullName}\`; WSL ignores it because line ${first.line} comes first. Remove line ${dup.line}.`
          );
        }
        if (first.afterStop && doc.stop) {
          warnings.push(
            `Line ${first.line} comes after the invalid line ${doc.stop.line}, where WSL stops reading ${configFileLabel(kind)}; fix line ${doc.stop.line} or the new value has no effect.`
          );
        }
        continue;
      }
      const lower = section.toLowerCase();
      const pending = appends.get(lower) ?? { section, lines: [], keys: [] };
      pending.lines.push(`${key}${separator}${encoded}`);
      const change = { section, key, action: "added" };
      pending.keys.push(change);
      changes.push(change);
      appends.set(lower, pending);
    }
  }
  const newSections = [];
  for (const pending of appends.values()) {
    const offset = insertionPoint(doc, pending.section);
    if (offset === void 0) {
      newSections.push(pending);
      continue;
    }
    const atEndWithoutEol = offset === text2.length && text2.length > 0 && !text2.endsWith("\n");
    const body = pending.lines.join(doc.eol);
    splices.push({ start: offset, end: offset, text: atEndWithoutEol ? `${doc.eol}${body}` : `${body}${doc.eol}` });
    if (doc.stop && offset > doc.stop.start) {
      warnings.push(
        `[${pending.section}] comes after the invalid line ${doc.stop.line}, where WSL stops reading ${configFileLabel(kind)}; fix line ${doc.stop.line} or the added keys have no effect.`
      );
    }
  }
  if (newSections.length > 0) {
    let tail = "";
    if (text2.length > 0 && !text2.endsWith("\n")) tail += doc.eol;
    const lastLine = doc.lines[doc.lines.length - 1];
    if (lastLine && lastLine.role !== "blank") tail += doc.eol;
    tail += newSections.map((s) => [`[${s.section}]`, ...s.lines].join(doc.eol) + doc.eol).join(doc.eol);
    splices.push({ start: text2.length, end: text2.length, text: tail });
    if (doc.stop) {
      warnings.push(
        `New sections go at the end of the file, after the invalid line ${doc.stop.line} where WSL stops reading ${configFileLabel(kind)}; fix line ${doc.stop.line} or they have no effect.`
      );
    }
  }
  const result2 = applySplices(text2, splices);
  numberAddedLines(result2, changes, kind);
  return { text: result2, changed: result2 !== text2, changes, warnings };
}
function kindForEdit(text2, patch) {
  const doc = parseConfigDocument(text2, "wslconfig");
  if (doc.sections.length > 0 || doc.entries.length > 0) return detectConfigKind(text2);
  const outline = Object.entries(patch).map(
    ([section, keys]) => `[${section}]
${Object.keys(keys).map((k) => `${k}=`).join("\n")}`
  ).join("\n");
  return detectConfigKind(outline);
}
function logical(value) {
  return typeof value === "boolean" ? value ? "true" : "false" : String(value);
}
function sameSetting(kind, entry, section, key) {
  if (entry.section === null) return false;
  if (entry.section.toLowerCase() === section.toLowerCase() && entry.name.toLowerCase() === key.toLowerCase()) {
    return true;
  }
  const wanted = findConfigKey(kind, section, key);
  const found = findConfigKey(kind, entry.section, entry.name);
  if (!wanted || !found) return false;
  return schemaId(settingOf(kind, wanted)) === schemaId(settingOf(kind, found));
}
function separatorStyle(doc) {
  const first = doc.entries.find((e) => !e.problem);
  if (!first) return "=";
  const between = doc.text.slice(first.nameEnd, first.valueStart);
  return /[ \t]=|=[ \t]/.test(between) ? " = " : "=";
}
function insertionPoint(doc, section) {
  const lower = section.toLowerCase();
  const headers = doc.sections.filter((h) => h.name.toLowerCase() === lower);
  if (headers.length === 0) return void 0;
  const beforeStop = doc.stop ? headers.filter((h) => h.start < doc.stop.start) : headers;
  const candidates = beforeStop.length > 0 ? beforeStop : headers;
  const header = candidates[candidates.length - 1];
  const next = doc.sections.find((h) => h.start > header.start);
  const headerIndex = header.line - 1;
  let last = (next ? next.line - 1 : doc.lines.length) - 1;
  if (next) {
    let i = last;
    while (i > headerIndex && doc.lines[i].role === "comment") i--;
    last = i;
  }
  while (last > headerIndex && doc.lines[last].role === "blank") last--;
  const covering = doc.entries.find((e) => e.line - 1 <= last && e.endLine - 1 > last);
  if (covering) last = covering.endLine - 1;
  const line = doc.lines[last];
  return line.start + line.text.length + line.eol.length;
}
function removalOf(doc, entry) {
  const first = doc.lines[entry.line - 1];
  const last = doc.lines[entry.endLine - 1];
  const before = doc.text.slice(first.start, entry.start);
  const after = doc.text.slice(entry.end, last.start + last.text.length);
  if (!/^[ \t]*$/.test(before) || !/^[ \t]*$/.test(after)) return { start: entry.start, end: entry.end, text: "" };
  const end = last.start + last.text.length + last.eol.length;
  if (last.eol === "" && entry.line > 1) {
    const previous = doc.lines[entry.line - 2];
    return { start: previous.start + previous.text.length, end, text: "" };
  }
  return { start: first.start, end, text: "" };
}
function applySplices(text2, splices) {
  const ordered = splices.map((s, i) => ({ s, i })).sort((a, b) => a.s.start - b.s.start || a.s.end - a.s.start - (b.s.end - b.s.start) || a.i - b.i);
  const parts = [];
  let cursor = 0;
  for (const { s } of ordered) {
    if (s.start < cursor) continue;
    parts.push(text2.slice(cursor, s.start), s.text);
    cursor = s.end;
  }
  parts.push(text2.slice(cursor));
  return parts.join("");
}
function numberAddedLines(text2, changes, kind) {
  const added = changes.filter((c) => c.action === "added");
  if (added.length === 0) return;
  const doc = parseConfigDocument(text2, kind);
  for (const change of added) {
    const entry = doc.entries.find((e) => sameSetting(kind, e, change.section, change.key));
    if (entry) change.line = entry.line;
  }
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

// packages/core/src/config/suggest.ts
function squashName(name) {
  return name.replace(/[_\-.\s]/g, "").toLowerCase();
}
var squashedCandidates = /* @__PURE__ */ new Map();
function squashCandidate(name) {
  let squashed = squashedCandidates.get(name);
  if (squashed === void 0) {
    if (squashedCandidates.size >= 1024) squashedCandidates.clear();
    squashed = squashName(name);
    squashedCandidates.set(name, squashed);
  }
  return squashed;
}
function typoTarget(input) {
  const wanted = squashName(input);
  if (wanted === "" || wanted.length > 64) return void 0;
  return { wanted, limit: Math.max(1, Math.floor(wanted.length / 3)) };
}
function closestName(input, candidates) {
  const target = typoTarget(input);
  if (!target) return void 0;
  const { wanted, limit } = target;
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = editDistance(wanted, squashCandidate(candidate), { limit });
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return bestDistance <= limit ? best : void 0;
}
function typoOf(input) {
  const target = typoTarget(input);
  if (!target) return () => false;
  const { wanted, limit } = target;
  return (candidate) => editDistance(wanted, squashCandidate(candidate), { limit }) <= limit;
}
function clip2(text2, max = 80) {
  const visible = text2.replace(
    /[\u0000-\u001f\u007f]/g,
    (c) => c === "	" ? "\\t" : c === "\n" ? "\\n" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  return visible.length > max ? `${visible.slice(0, max - 1)}…` : visible;
}

// packages/core/src/config/value-types.ts
var fail2 = { ok: false };
function readBoolean(raw) {
  if (raw === "1") return { ok: true, value: true };
  if (raw === "0") return { ok: true, value: false };
  const lower = raw.toLowerCase();
  if (lower === "true") return { ok: true, value: true };
  if (lower === "false") return { ok: true, value: false };
  return fail2;
}
var C_SPACE = /^[ \t\n\v\f\r]*/;
function readInteger(raw, longBits) {
  const lead = C_SPACE.exec(raw)?.[0].length ?? 0;
  let i = lead;
  let negative = false;
  if (raw[i] === "+" || raw[i] === "-") {
    negative = raw[i] === "-";
    i++;
  }
  let base = 10;
  if (raw[i] === "0" && (raw[i + 1] === "x" || raw[i + 1] === "X") && /[0-9a-fA-F]/.test(raw[i + 2] ?? "")) {
    base = 16;
    i += 2;
  } else if (raw[i] === "0") {
    base = 8;
  }
  const digitsStart = i;
  let magnitude = 0n;
  for (; i < raw.length; i++) {
    const d = digitValue(raw[i]);
    if (d < 0 || d >= base) break;
    if (magnitude <= 2n ** 64n) magnitude = magnitude * BigInt(base) + BigInt(d);
  }
  if (i === digitsStart || raw.length === 0) return fail2;
  if (i !== raw.length) return fail2;
  let value = negative ? -magnitude : magnitude;
  const longMax = longBits === 32 ? 2n ** 31n - 1n : 2n ** 63n - 1n;
  const longMin = -longMax - 1n;
  let note;
  if (value > longMax || value < longMin) {
    value = value > longMax ? longMax : longMin;
    note = `out of range: WSL reads it as ${value}`;
  }
  const intMax = 2n ** 31n - 1n;
  if (value > intMax || value < -intMax - 1n) return fail2;
  if (base === 8 && magnitude !== 0n) note = `read as octal: ${value}`;
  return note === void 0 ? { ok: true, value: Number(value) } : { ok: true, value: Number(value), note };
}
function digitValue(c) {
  const code2 = c.charCodeAt(0);
  if (code2 >= 48 && code2 <= 57) return code2 - 48;
  if (code2 >= 97 && code2 <= 102) return code2 - 87;
  if (code2 >= 65 && code2 <= 70) return code2 - 55;
  return -1;
}
var SIZE_UNITS = {
  B: 1n,
  K: 1024n,
  KB: 1024n,
  M: 1024n ** 2n,
  MB: 1024n ** 2n,
  G: 1024n ** 3n,
  GB: 1024n ** 3n,
  T: 1024n ** 4n,
  TB: 1024n ** 4n
};
function readSize(raw) {
  const lead = C_SPACE.exec(raw)?.[0].length ?? 0;
  let i = lead;
  let negative = false;
  if (raw[i] === "+" || raw[i] === "-") {
    negative = raw[i] === "-";
    i++;
  }
  const digitsStart = i;
  let value = 0n;
  const max = 2n ** 64n - 1n;
  let overflow = false;
  for (; i < raw.length; i++) {
    const code2 = raw.charCodeAt(i);
    if (code2 < 48 || code2 > 57) break;
    if (!overflow) value = value * 10n + BigInt(code2 - 48);
    if (value > max) overflow = true;
  }
  const consumed = i > digitsStart;
  if (overflow) value = max;
  else if (negative) value = (2n ** 64n - value) % 2n ** 64n;
  if (!consumed) return fail2;
  if (value === 0n && !(raw[0] === "0" && i === 1)) return fail2;
  const unit = raw.slice(i);
  if (unit.length > 2) return fail2;
  const factor = unit === "" ? 1n : SIZE_UNITS[unit];
  if (factor === void 0) return fail2;
  const product = value * factor;
  const wrapped = product % 2n ** 64n;
  if (overflow || negative || product !== wrapped) {
    return { ok: true, value: Number(wrapped), note: `out of range: WSL reads it as ${wrapped} bytes` };
  }
  return { ok: true, value: Number(wrapped) };
}
function readMacAddress(raw) {
  if (raw.length !== 17) return fail2;
  const sep4 = raw[2];
  if (sep4 !== ":" && sep4 !== "-") return fail2;
  for (let octet = 0; octet < 6; octet++) {
    const at = octet * 3;
    if (!/^[0-9a-fA-F]{2}$/.test(raw.slice(at, at + 2))) return fail2;
    if (octet < 5 && raw[at + 2] !== sep4) return fail2;
  }
  return { ok: true, value: raw.toLowerCase().replaceAll("-", ":") };
}
function readIpv4(raw) {
  const parts = raw.split(".");
  if (parts.length !== 4) return fail2;
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part) || Number(part) > 255) return fail2;
  }
  return { ok: true, value: raw };
}
function readEnum(raw, values) {
  const lower = raw.toLowerCase();
  const hit = values.find((v) => v.toLowerCase() === lower);
  return hit === void 0 ? fail2 : { ok: true, value: hit };
}
function readPortList(raw) {
  const ports = [];
  const bad = [];
  if (raw.trim() === "") return { ports, bad };
  for (const item of raw.split(",")) {
    const trimmed = item.trim();
    const read = /^[0-9]+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
    if (Number.isInteger(read) && read >= 1 && read <= 65535) ports.push(read);
    else bad.push(item);
  }
  return { ports, bad };
}
function formatSize(bytes) {
  if (bytes === 0) return "0";
  for (const [unit, factor] of [
    ["TB", 1024 ** 4],
    ["GB", 1024 ** 3],
    ["MB", 1024 ** 2],
    ["KB", 1024]
  ]) {
    if (bytes % factor === 0) return `${bytes / factor}${unit}`;
  }
  return String(bytes);
}
function suggestSize(raw) {
  const m = /^\s*([0-9]+(?:[.,][0-9]+)?)\s*([a-zA-Z]*)\s*$/.exec(raw);
  if (!m) return void 0;
  const number3 = Number(m[1].replace(",", "."));
  const unit = m[2].toLowerCase().replace(/i?b?$/, "");
  const factors = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
  const factor = factors[unit];
  if (factor === void 0 || !Number.isFinite(number3)) return void 0;
  const bytes = Math.round(number3 * factor);
  if (!Number.isSafeInteger(bytes)) return void 0;
  const formatted = formatSize(bytes);
  return readSize(formatted).ok && formatted !== raw ? formatted : void 0;
}

// packages/core/src/config/interpret.ts
var TRUE_WORDS2 = /* @__PURE__ */ new Set(["yes", "y", "on", "t", "enable", "enabled"]);
var FALSE_WORDS2 = /* @__PURE__ */ new Set(["no", "n", "off", "f", "disable", "disabled", "none"]);
function interpretValue(schema, value, kind) {
  switch (schema.type) {
    case "boolean": {
      const read = readBoolean(value);
      if (read.ok) return read;
      const lower = value.trim().toLowerCase();
      const suggestion = TRUE_WORDS2.has(lower) ? "true" : FALSE_WORDS2.has(lower) ? "false" : void 0;
      return withSuggestion({ ok: false, expected: "`true` or `false` (or `1`/`0`)" }, suggestion);
    }
    case "integer": {
      const read = readInteger(value, kind === "wslconfig" ? 32 : 64);
      if (read.ok) return read;
      return withSuggestion({ ok: false, expected: integerExpectation(schema) }, suggestInteger(value, schema));
    }
    case "size": {
      const read = readSize(value);
      if (read.ok) return read;
      return withSuggestion(
        { ok: false, expected: "a whole number with an upper-case unit B, K/KB, M/MB, G/GB or T/TB, e.g. `8GB`" },
        suggestSize(value)
      );
    }
    case "enum": {
      const values = schema.values ?? [];
      const read = readEnum(value, values);
      if (read.ok) return read;
      return withSuggestion(
        { ok: false, expected: `one of ${values.map((v) => `\`${v}\``).join(", ")}` },
        closestName(value, values)
      );
    }
    case "mac": {
      const read = readMacAddress(value);
      if (read.ok) return read;
      return { ok: false, expected: "a MAC address like `00:15:5d:01:02:03`" };
    }
    case "ipv4": {
      const read = readIpv4(value);
      if (read.ok) return read;
      return { ok: false, expected: "an IPv4 address like `10.255.255.254`" };
    }
    case "list": {
      const { ports, bad } = readPortList(value);
      return bad.length > 0 ? { ok: true, value: ports.join(","), skippedItems: bad } : { ok: true, value: ports.join(",") };
    }
    default:
      return { ok: true, value };
  }
}
function withSuggestion(failure2, suggestion) {
  return suggestion === void 0 ? failure2 : { ...failure2, suggestion };
}
function integerExpectation(schema) {
  const unit = schema.unit === "ms" ? " (milliseconds)" : "";
  return `a whole number${unit} in decimal, \`0x\` hex or octal with a leading \`0\``;
}
function suggestInteger(value, schema) {
  const trimmed = value.trim();
  if (/^[+-]?0+[0-9]+$/.test(trimmed)) return String(Number.parseInt(trimmed, 10));
  if (/^[+-]?[0-9]+\.[0-9]+$/.test(trimmed)) return String(Math.round(Number(trimmed)));
  if (/^[0-9]{1,3}(,[0-9]{3})+$/.test(trimmed)) return trimmed.replaceAll(",", "");
  if (schema.unit === "ms") {
    const m = /^([0-9]+)\s*(ms|s|sec|seconds?|m|min|minutes?)$/i.exec(trimmed);
    if (m) {
      const n = Number(m[1]);
      const unit = m[2].toLowerCase();
      const factor = unit === "ms" ? 1 : unit.startsWith("m") ? 6e4 : 1e3;
      return String(n * factor);
    }
  }
  return void 0;
}

// packages/core/src/config/lint-entries.ts
function lintEntries(doc, options = {}) {
  const findings = [];
  const { kind } = doc;
  const label = configFileLabel(kind);
  const other = otherKind(kind);
  for (const header of doc.sections) {
    if (findSection(kind, header.name)) continue;
    const elsewhere = findSection(other, header.name);
    if (elsewhere) {
      findings.push({
        line: header.line,
        column: header.column,
        severity: "error",
        rule: "wrong-file",
        message: `\`[${clip2(header.name)}]\` belongs in ${configFileLabel(other)}, not ${label}; WSL reports every key in it as unknown and ignores it. Move this section to ${configFileLabel(other)}.`
      });
      continue;
    }
    const closest = closestName(header.name, configSections(kind));
    findings.push({
      line: header.line,
      column: header.column,
      severity: "warning",
      rule: "unknown-section",
      message: `${label} has no section \`[${clip2(header.name)}]\`; WSL ignores every key in it.` + (closest ? ` Did you mean \`[${closest}]\`?` : ` Known sections: ${configSections(kind).map((s) => `[${s}]`).join(", ")}.`),
      ...closest ? { suggestion: `[${closest}]` } : {}
    });
  }
  const firstSeen = /* @__PURE__ */ new Map();
  for (const entry of doc.entries) {
    if (entry.problem) continue;
    const where = { line: entry.line, column: entry.column };
    if (entry.section === null) {
      findings.push({ ...where, ...outsideSection(doc, entry) });
      continue;
    }
    const section = findSection(kind, entry.section);
    if (!section) {
      const otherSection = findSection(other, entry.section);
      if (otherSection && !findConfigKey(other, otherSection, entry.name)) {
        findings.push({ ...where, ...unknownKey(doc, entry, otherSection, other) });
      }
      continue;
    }
    const schema = findConfigKey(kind, section, entry.name);
    if (!schema) {
      findings.push({ ...where, ...misplacedOrUnknown(doc, entry, section) });
      continue;
    }
    const id = schemaId(schema);
    if (schema.obsolete) {
      findings.push({
        ...where,
        severity: "warning",
        rule: "obsolete-key",
        key: id,
        message: `\`${id}\` is no longer read by WSL (it reports "Unknown key"), so it has no effect.` + (schema.replacedBy ? ` Use \`${schema.replacedBy}\` instead.` : " Remove the line.")
      });
      continue;
    }
    const setting = settingOf(kind, schema);
    const settingId = schemaId(setting);
    const first = firstSeen.get(settingId);
    if (first) {
      findings.push({ ...where, ...duplicate(doc, entry, first, settingId) });
      continue;
    }
    firstSeen.set(settingId, entry);
    if (schema.aliasOf) {
      findings.push({
        ...where,
        severity: "info",
        rule: "legacy-spelling",
        key: id,
        message: `\`${id}\` is the old spelling of \`${schema.aliasOf}\`. WSL still reads it, but current docs and newer tools expect \`${schema.key}\` under \`[${setting.section}]\`: move it there.`
      });
    }
    findings.push(...valueFindings(doc, entry, schema, options).map((f) => ({ ...where, ...f })));
  }
  return findings;
}
function outsideSection(doc, entry) {
  const here = keysNamed(doc.kind, entry.name).filter((k) => !k.obsolete);
  const there = keysNamed(otherKind(doc.kind), entry.name).filter((k) => !k.obsolete);
  const hint = here.length > 0 ? ` Put it under ${here.map((k) => `\`[${k.section}]\``).join(" or ")}.` : there.length > 0 ? ` \`${clip2(entry.name)}\` is a ${configFileLabel(otherKind(doc.kind))} key (\`[${there[0].section}]\`); move it there.` : " Put it under a section header.";
  return {
    severity: "error",
    rule: "key-outside-section",
    key: entry.name,
    message: `\`${clip2(entry.name)}\` comes before any \`[section]\` header, so WSL reports it as an unknown key and ignores it.${hint}`,
    ...here.length === 1 ? { suggestion: `[${here[0].section}]` } : {}
  };
}
function misplacedOrUnknown(doc, entry, section) {
  const { kind } = doc;
  const sameFile = keysNamed(kind, entry.name).find((k) => !k.obsolete && !k.aliasOf);
  if (sameFile) {
    return {
      severity: "error",
      rule: "wrong-section",
      key: `${section}.${clip2(entry.name)}`,
      message: `\`${clip2(entry.name)}\` belongs in \`[${sameFile.section}]\`, not \`[${section}]\`; WSL reports \`${section}.${clip2(entry.name)}\` as an unknown key and ignores it. Move the line under \`[${sameFile.section}]\`.`
    };
  }
  const other = otherKind(kind);
  const otherFile = keysNamed(other, entry.name).find((k) => !k.obsolete);
  if (otherFile) {
    return {
      severity: "error",
      rule: "wrong-file",
      key: `${section}.${clip2(entry.name)}`,
      message: `\`${clip2(entry.name)}\` is a ${configFileLabel(other)} setting (\`[${otherFile.section}]\`), not a ${configFileLabel(kind)} one; WSL ignores it here. Move it to ${configFileLabel(other)} under \`[${otherFile.section}]\`.`
    };
  }
  return unknownKey(doc, entry, section, kind);
}
function unknownKey(doc, entry, section, schemaKind) {
  const candidates = configKeys(schemaKind).filter((k) => !k.obsolete && k.section === section).map((k) => k.key);
  const closest = closestName(entry.name, candidates);
  const isTypo = closest ? void 0 : typoOf(entry.name);
  const elsewhere = isTypo ? configKeys(doc.kind).find((k) => !k.obsolete && !k.aliasOf && k.section !== section && isTypo(k.key)) : void 0;
  const fix = closest ? ` Did you mean \`${closest}\`?` : elsewhere ? ` Did you mean \`${elsewhere.key}\` in \`[${elsewhere.section}]\`?` : " Check the spelling, or remove the line.";
  return {
    severity: "warning",
    rule: "unknown-key",
    key: `${section}.${clip2(entry.name)}`,
    message: `WSL does not know \`${section}.${clip2(entry.name)}\` ("Unknown key") and ignores it.${fix}`,
    ...closest ? { suggestion: `${closest} = ${entry.raw}` } : {}
  };
}
function duplicate(doc, entry, first, settingId) {
  const firstSchema = first.section === null ? void 0 : findConfigKey(doc.kind, first.section, first.name);
  const firstValid = firstSchema && first.value !== null ? interpretValue(firstSchema, first.value, doc.kind).ok : false;
  const same = first.fullName.toLowerCase() === entry.fullName.toLowerCase();
  const what = same ? `\`${settingId}\`` : `\`${settingId}\` (as \`${clip2(first.fullName)}\`)`;
  const kept = firstValid ? `WSL keeps the first value (\`${clip2(first.raw)}\`) and ignores this one` : `WSL ignores this one, and because the first value (\`${clip2(first.raw)}\`) is invalid it uses the default`;
  return {
    severity: "warning",
    rule: "duplicate-key",
    key: settingId,
    message: `${what} is already set on line ${first.line}; ${kept}. Keep one line: edit line ${first.line} and remove this one.`
  };
}
function valueFindings(doc, entry, schema, options) {
  const out = [];
  const id = schemaId(schema);
  const value = entry.value ?? "";
  const read = interpretValue(schema, value, doc.kind);
  const keep = `WSL ignores it and keeps the default (${schema.defaultText})`;
  if (!read.ok) {
    const isSizeSpelling = schema.type === "size" && read.suggestion !== void 0;
    const hardError = schema.type === "mac";
    out.push({
      severity: "error",
      rule: isSizeSpelling ? "size-unit" : "invalid-value",
      key: id,
      message: `\`${id} = ${clip2(entry.raw)}\`: WSL expects ${read.expected}. ` + (hardError ? "An invalid MAC address is a hard error: the WSL 2 VM does not start." : `${keep}.`) + (read.suggestion ? ` Write \`${entry.name} = ${read.suggestion}\`.` : ""),
      ...read.suggestion ? { suggestion: `${entry.name} = ${read.suggestion}` } : {}
    });
    if (schema.key === "dnsTunnelingIpAddress") {
      out[out.length - 1].message += " An invalid address also turns DNS tunneling off.";
    }
    return out;
  }
  if (read.note?.startsWith("read as octal") && schema.key !== "umask") {
    out.push({
      severity: "info",
      rule: "octal-integer",
      key: id,
      message: `\`${clip2(entry.raw)}\` starts with 0, so WSL reads it as octal (${read.value}). Write \`${read.value}\` if you meant that, or drop the leading zero.`,
      suggestion: `${entry.name} = ${read.value}`
    });
  }
  if (read.note?.startsWith("out of range")) {
    out.push({
      severity: "warning",
      rule: "integer-out-of-range",
      key: id,
      message: schema.type === "size" ? `\`${entry.raw.slice(0, 40)}\` does not fit in 64 bits (or is negative); WSL silently reads it as a different size (${read.note?.slice(read.note.indexOf("as ") + 3)}). Write a realistic size such as \`8GB\`.` : `\`${entry.raw.slice(0, 40)}\` does not fit a 32-bit integer; WSL reads it as ${read.value}. Write a smaller number.`
    });
  }
  if (schema.key === "umask" && typeof read.value === "number" && !entry.raw.replace(/^"|"$/g, "").startsWith("0")) {
    const octal = `0${read.value.toString(8)}`;
    out.push({
      severity: "warning",
      rule: "octal-integer",
      key: id,
      message: `A umask is octal, but \`${clip2(entry.raw)}\` has no leading 0, so WSL reads it as decimal ${read.value} (= ${octal}). Write \`umask = 0${clip2(entry.raw)}\` if you meant octal ${clip2(entry.raw)}.`,
      suggestion: `umask = 0${entry.raw}`
    });
  }
  if (read.skippedItems) {
    out.push({
      severity: "warning",
      rule: "invalid-list-item",
      key: id,
      message: `${read.skippedItems.map((i) => `\`${i.trim()}\``).join(", ")} ${read.skippedItems.length === 1 ? "is not a port" : "are not ports"} (1–65535); WSL skips ${read.skippedItems.length === 1 ? "it" : "them"}. Write ports as comma-separated numbers.`
    });
  }
  const renamed = schema.renamedValues?.[String(read.value)];
  if (renamed) {
    out.push({
      severity: "info",
      rule: "renamed-value",
      key: id,
      message: `\`${read.value}\` was renamed \`${renamed.to}\` in WSL ${renamed.since}. On ${renamed.since} and later write \`${clip2(entry.name)} = ${renamed.to}\` (older WSL only knows \`${read.value}\`).`,
      suggestion: `${entry.name} = ${renamed.to}`
    });
  }
  if (doc.kind === "wslconfig" && /[^\x00-\x7f]/.test(value)) {
    out.push({
      severity: "warning",
      rule: "non-ascii",
      key: id,
      message: "wsl.exe narrows each character of .wslconfig to one byte, so non-ASCII characters (such as an accented user name in a path) arrive corrupted. Use an ASCII-only value, for example a path without accents or an 8.3 short path."
    });
  }
  if (doc.kind === "wslconfig" && schema.type === "path" && value !== "" && !isAbsoluteWindowsPath(value)) {
    out.push({
      severity: "warning",
      rule: "path-not-absolute",
      key: id,
      message: `\`${id}\` should be an absolute Windows path such as \`C:\\\\wsl\\\\file\`; \`${clip2(entry.raw)}\` is not one, so WSL may not find it.`
    });
  }
  if (id === "automount.root" && !value.startsWith("/")) {
    out.push({
      severity: "warning",
      rule: "path-not-absolute",
      key: id,
      message: `\`automount.root\` should be an absolute Linux path such as \`/mnt/\`; \`${clip2(entry.raw)}\` is not one.`
    });
  }
  if (schema.ignoredBecause && read.value !== schema.default) {
    out.push({
      severity: "warning",
      rule: "not-supported",
      key: id,
      message: `\`${id} = ${clip2(entry.raw)}\` has no effect: ${schema.ignoredBecause}. Remove the line.`
    });
  }
  if (options.wslVersion && schema.minWslVersion && compareVersions(options.wslVersion, schema.minWslVersion) < 0) {
    const when = schema.since === "HEAD" ? "a WSL release after 2.9.4" : `WSL ${schema.minWslVersion}`;
    out.push({
      severity: "warning",
      rule: "requires-newer-wsl",
      key: id,
      message: `\`${id}\` needs ${when}; WSL ${options.wslVersion} reports it as an unknown key. Update WSL (\`wsl --update\`) or remove the line.`
    });
  }
  if (schema.policy && options.policyNotes !== false) {
    out.push({
      severity: "info",
      rule: "policy",
      key: id,
      message: `On managed machines an administrator policy (HKLM\\Software\\Policies\\WSL) can block or force \`${id}\`; WSL then says "disabled by the computer policy".`
    });
  }
  return out;
}
function isAbsoluteWindowsPath(value) {
  return /^[A-Za-z]:[\\/]/.test(value) || /^[\\/]{2}[^\\/]/.test(value) || /^%[A-Za-z_]+%/.test(value);
}
function compareVersions(a, b) {
  const pa = a.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

// packages/core/src/config/lint-syntax.ts
function lintSyntax(doc) {
  const findings = [];
  for (const issue3 of doc.issues) {
    const finding = describeIssue(doc, issue3);
    if (issue3 === doc.stop) finding.message += ` ${stopConsequence(doc, issue3)}`;
    else if (doc.kind === "wslconf" && issue3.afterStop) {
      finding.message += ` (WSL does not get this far today: it already stopped at line ${doc.stop?.line}.)`;
    }
    findings.push(finding);
  }
  if (doc.stop) {
    for (const entry of doc.entries) {
      if (!entry.afterStop || entry.problem) continue;
      findings.push({
        line: entry.line,
        column: entry.column,
        severity: "warning",
        rule: "ignored-after-invalid-line",
        message: `WSL ignores \`${entry.fullName}\` because it stops reading /etc/wsl.conf at the invalid line ${doc.stop.line}. Fix line ${doc.stop.line} and this setting applies again.`,
        key: entry.fullName
      });
    }
  }
  return findings;
}
function stopConsequence(doc, stop) {
  const ignored = doc.entries.filter((e) => e.afterStop && !e.problem);
  if (ignored.length === 0) {
    return `WSL stops reading /etc/wsl.conf at this line (the rest of the file holds no settings).`;
  }
  const shown = ignored.slice(0, 8).map((e) => `\`${e.fullName}\` (line ${e.line})`);
  const more = ignored.length > shown.length ? ` and ${ignored.length - shown.length} more` : "";
  return `WSL stops reading /etc/wsl.conf at line ${stop.line}, so ${ignored.length === 1 ? "this setting below it is" : `these ${ignored.length} settings below it are`} ignored: ${shown.join(", ")}${more}.`;
}
function describeIssue(doc, issue3) {
  const base = { line: issue3.line, column: issue3.column, severity: "error" };
  const effect = doc.kind === "wslconfig" ? "WSL skips this line." : "WSL rejects this line.";
  const lineText = issue3.text.trim();
  switch (issue3.problem) {
    case "invalid-key-name": {
      if (issue3.char === "\uFEFF") {
        return {
          ...base,
          rule: "byte-order-mark",
          message: `The file starts with a UTF-8 byte-order mark (BOM), which WSL reads as part of the first line, so the whole line is lost. ${effect} Save /etc/wsl.conf as UTF-8 without BOM.`
        };
      }
      if (issue3.char === ";") {
        return {
          ...base,
          rule: "semicolon-comment",
          message: `\`;\` does not start a comment in ${configFileLabel(doc.kind)}; only \`#\` does. ${effect} Replace \`;\` with \`#\`.`,
          suggestion: lineText.replace(/^;/, "#")
        };
      }
      const shown = issue3.char === "" ? "end of file" : `\`${printable(issue3.char)}\``;
      return {
        ...base,
        rule: "invalid-key-name",
        message: `A line must start with a letter (a key), \`[\` (a section) or \`#\` (a comment), not ${shown}. ${effect} Fix the key name or comment the line out with \`#\`.`,
        ...namedSuggestion(doc, issue3, lineText)
      };
    }
    case "expected-equals": {
      const dotted = /^([A-Za-z][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(.*)$/.exec(lineText);
      if (dotted) {
        return { ...base, ...badKeyName(doc, issue3, dotted[1], dotted[2], effect) };
      }
      const spaced = /^([A-Za-z][A-Za-z0-9]*)[ \t:]+(.+)$/.exec(lineText);
      return {
        ...base,
        rule: "missing-equals",
        message: `\`${clip2(issue3.keyName ?? lineText)}\` has no \`=\` after the key name. ${effect} Write it as \`key = value\`.`,
        ...spaced ? { suggestion: `${spaced[1]} = ${spaced[2].replace(/^=\s*/, "")}` } : {},
        ...issue3.keyName ? { key: fullName(issue3.section, issue3.keyName) } : {}
      };
    }
    case "invalid-section-name":
    case "expected-bracket":
    case "expected-end-of-line": {
      const inner = /^\[([^\]#]*)\]?/.exec(lineText)?.[1]?.trim() ?? "";
      const closest = inner ? closestName(inner, configSections(doc.kind)) : void 0;
      const why = issue3.problem === "expected-end-of-line" ? "only spaces or a `#` comment may follow `]`" : "a section name is a letter followed by letters or digits, closed by `]`";
      const keysGoTo = issue3.section === null ? "outside any section" : `in \`[${issue3.section}]\``;
      return {
        ...base,
        rule: "invalid-section-header",
        message: `Invalid section header \`${clip2(lineText)}\`: ${why}. ${effect} The keys below it stay ${keysGoTo}.` + (closest ? ` Did you mean \`[${closest}]\`?` : ""),
        ...closest ? { suggestion: `[${closest}]` } : {}
      };
    }
    case "invalid-escape": {
      const key = fullName(issue3.section, issue3.keyName ?? "");
      const entry = doc.entries.find((e) => e.start === issue3.start);
      if (issue3.char === "\r") {
        return {
          ...base,
          rule: "invalid-escape",
          key,
          message: `The line ends with \`\\\` before a Windows line break (CRLF). In /etc/wsl.conf WSL reads the CR as an invalid escape, not as a line continuation. ${effect} Save the file with LF line endings, or join the two lines.`
        };
      }
      const raw = entry?.raw ?? "";
      const doubled = raw.replace(/\\\\|\\/g, (m) => m.length === 2 ? m : "\\\\");
      const forward = raw.replace(/\\\\|\\/g, "/");
      const shown = issue3.char === "" ? "`\\` at the end of the file" : `\`\\${printable(issue3.char)}\``;
      return {
        ...base,
        rule: "invalid-escape",
        key,
        message: `${shown} is not an escape WSL knows (only \`\\\\\`, \`\\"\`, \`\\b\`, \`\\n\`, \`\\t\` and a line-ending \`\\\`). ${effect} Write every backslash as \`\\\\\` (\`${clip2(doubled)}\`) or use forward slashes (\`${clip2(forward)}\`).`,
        ...issue3.keyName ? { suggestion: `${issue3.keyName} = ${doubled}` } : {}
      };
    }
    case "unterminated-quote":
      return {
        ...base,
        rule: "unterminated-quote",
        key: fullName(issue3.section, issue3.keyName ?? ""),
        message: `The value opens a \`"\` that is never closed. ${effect} Add the closing \`"\`, or write a literal quote as \`\\"\`.`
      };
  }
}
function badKeyName(doc, issue3, name, value, effect) {
  const bad = [...new Set(name.replace(/[A-Za-z0-9]/g, ""))].map((c) => `\`${c}\``).join(", ");
  const dot = name.indexOf(".");
  if (dot > 0) {
    const section2 = findSection(doc.kind, name.slice(0, dot));
    const key = section2 ? findConfigKey(doc.kind, section2, name.slice(dot + 1)) : void 0;
    if (section2 && key) {
      return {
        rule: "invalid-key-name",
        key: `${key.section}.${key.key}`,
        message: `Key names cannot contain ${bad}: WSL does not read \`section.key\` names. ${effect} Write \`${key.key} = ${value}\` under a \`[${key.section}]\` header.`,
        suggestion: `[${key.section}]
${key.key} = ${value}`
      };
    }
  }
  const section = issue3.section === null ? void 0 : findSection(doc.kind, issue3.section);
  const candidates = configKeys(doc.kind).filter((k) => !k.obsolete && (section === void 0 || k.section === section)).map((k) => k.key);
  const closest = closestName(name, candidates);
  return {
    rule: "invalid-key-name",
    message: `Key names may only contain letters and digits; \`${clip2(name)}\` contains ${bad}. ${effect}` + (closest ? ` Did you mean \`${closest}\`?` : " Remove those characters."),
    suggestion: `${closest ?? name.replace(/[^A-Za-z0-9]/g, "")} = ${value}`
  };
}
function namedSuggestion(doc, issue3, lineText) {
  const m = /^[^A-Za-z#[]+([A-Za-z][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(.*)$/.exec(lineText);
  if (!m) return {};
  const found = badKeyName(doc, issue3, m[1], m[2], "");
  return found.suggestion ? { suggestion: found.suggestion } : {};
}
function fullName(section, key) {
  return section === null ? key : `${section}.${key}`;
}
function printable(c) {
  const code2 = c.charCodeAt(0);
  if (code2 < 32 || code2 === 127) return `U+${code2.toString(16).toUpperCase().padStart(4, "0")}`;
  return c;
}

// packages/core/src/config/patch.ts
function parseConfigPatch(iniText, options = {}) {
  const kind = options.kind ?? detectConfigKind(iniText);
  const doc = { ...parseConfigDocument(iniText, "wslconfig"), kind, stop: null };
  const errors = [];
  const warnings = [];
  for (const f of [...lintSyntax(doc), ...lintEntries(doc, { policyNotes: false })]) {
    const problem = {
      line: f.line,
      ...f.column === void 0 ? {} : { column: f.column },
      rule: f.rule,
      message: f.message
    };
    if (f.severity === "error" || f.rule === "unknown-key" || f.rule === "unknown-section" || f.rule === "obsolete-key") {
      errors.push(problem);
    } else if (f.rule === "duplicate-key") {
      errors.push({ ...problem, message: `${f.message.split(";")[0]}; a patch must set each key once.` });
    } else {
      warnings.push(problem);
    }
  }
  const patch = {};
  for (const entry of doc.entries) {
    if (entry.section === null || entry.value === null || entry.problem) continue;
    const schema = findConfigKey(kind, entry.section, entry.name);
    const section = schema?.section ?? findSection(kind, entry.section) ?? entry.section;
    const key = schema?.key ?? entry.name;
    const target = patch[section] ?? {};
    if (!(key in target)) target[key] = entry.value;
    patch[section] = target;
  }
  if (doc.entries.length === 0 && errors.length === 0) {
    errors.push({
      line: 1,
      rule: "empty-patch",
      message: "The snippet sets no keys. Write at least one `[section]` and `key = value` line."
    });
  }
  const byLine = (a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
  return { kind, patch, errors: errors.sort(byLine), warnings: warnings.sort(byLine) };
}

// packages/core/src/checks/report-facts.ts
function reportOsRelease(os6) {
  return {
    id: os6.id,
    ...os6.idLike.length ? { idLike: os6.idLike.join(" ") } : {},
    ...os6.versionId ? { versionId: os6.versionId } : {},
    ...os6.versionCodename ? { versionCodename: os6.versionCodename } : {},
    ...os6.prettyName ? { prettyName: os6.prettyName } : {}
  };
}

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
  const result2 = { ...env };
  const existing = findName(result2, "WSL_UTF8", platform2);
  if (existing !== void 0) delete result2[existing];
  result2.WSL_UTF8 = "1";
  const insideWsl = platform2 !== "win32" && Boolean(env.WSL_DISTRO_NAME || env.WSL_INTEROP);
  if (insideWsl) result2.WSLENV = mergeWslenv(result2.WSLENV, ["WSL_UTF8"]);
  return result2;
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
import path8 from "node:path";
function killProcessTree(pid, signal, platform2 = process.platform, env = process.env) {
  if (platform2 === "win32") {
    const systemRoot = env.SystemRoot ?? env.SYSTEMROOT ?? "C:\\Windows";
    const taskkill = path8.win32.join(systemRoot, "System32", "taskkill.exe");
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
var DEFAULT_TIMEOUT_MS = 6e4;
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
    this.defaultTimeoutMs = positive(options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS, "defaultTimeoutMs");
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
    return new Promise((resolve3, reject) => {
      const started = performance2.now();
      let child2;
      try {
        child2 = spawn3(file, [...args], {
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
      let stopReason2;
      let callbackError;
      let rawExitCode = null;
      let exitSignal = null;
      let exited = false;
      let settled = false;
      const timers = [];
      let escalate;
      const finish = (failure2) => {
        if (settled) return;
        settled = true;
        for (const timer of timers) clearTimeout(timer);
        if (escalate && (windows || !groupAlive(child2.pid))) clearTimeout(escalate);
        options.signal?.removeEventListener("abort", onAbort);
        for (const [signal, handler] of forwarders) process.off(signal, handler);
        child2.stdout?.destroy();
        child2.stderr?.destroy();
        child2.stdin?.destroy();
        if (failure2) return reject(failure2);
        if (stopReason2 === "callback") return reject(callbackError);
        if (stopReason2 === "timeout") return reject(new CommandTimeoutError(argv, timeoutMs));
        if (stopReason2 === "abort") return reject(new CommandAbortedError(argv, options.signal?.reason));
        const result2 = {
          exitCode: normalizeExitCode(file, rawExitCode, exitSignal),
          rawExitCode,
          stdout: Buffer.concat(stdout),
          stderr: Buffer.concat(stderr),
          durationMs: Math.round(performance2.now() - started)
        };
        if (truncated) result2.truncated = true;
        resolve3(result2);
      };
      const stop = (reason) => {
        if (stopReason2 || settled) return;
        stopReason2 = reason;
        const pid = child2.pid;
        if (pid === void 0) return finish();
        killProcessTree(pid, "SIGTERM");
        escalate = setTimeout(() => killProcessTree(pid, "SIGKILL"), this.killGraceMs);
        timers.push(setTimeout(() => finish(), this.killGraceMs + 1e3));
      };
      const onAbort = () => stop("abort");
      options.signal?.addEventListener("abort", onAbort, { once: true });
      timers.push(setTimeout(() => stop("timeout"), Math.min(timeoutMs, MAX_TIMER_MS)));
      const forwarders = [];
      if (inherit && !windows) {
        for (const signal of FORWARDED_SIGNALS) {
          const handler = () => {
            if (child2.pid !== void 0 && !exited) killProcessTree(child2.pid, signal);
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
      child2.stdout?.on("data", collect(stdout, options.onStdout));
      child2.stderr?.on("data", collect(stderr, options.onStderr));
      if (child2.stdin) {
        child2.stdin.on("error", () => {
        });
        child2.stdin.end(options.input);
      }
      child2.on("error", (error3) => {
        if (child2.pid === void 0 && !exited) finish(spawnError(error3, file, argv, options.cwd));
      });
      child2.on("exit", (code2, signal) => {
        exited = true;
        rawExitCode = code2;
        exitSignal = signal;
        if (!stopReason2) timers.push(setTimeout(() => finish(), this.exitDrainMs));
      });
      child2.on("close", (code2, signal) => {
        if (!exited) {
          rawExitCode = code2;
          exitSignal = signal;
          exited = true;
        }
        finish();
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

// packages/setup-wsl2/src/cache.ts
import { createReadStream, createWriteStream } from "node:fs";
import { copyFile as copyFile2, mkdir as mkdir3, rename as rename2, rm as rm3, stat as stat6 } from "node:fs/promises";
import { join as join4 } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
var CACHE_ENTRY = {
  paths: ["wsl-ready/provisioned-distribution.tar"],
  compressionMethod: "gzip"
};
var GZIP_LEVEL = 3;
async function compressArchive(source, target, signal) {
  await pipeline(createReadStream(source), createGzip({ level: GZIP_LEVEL }), createWriteStream(target), {
    ...signal ? { signal } : {}
  });
}
async function decompressArchive(source, target, signal) {
  await pipeline(createReadStream(source), createGunzip(), createWriteStream(target), {
    ...signal ? { signal } : {}
  });
}
function stopReason(error3, signal) {
  const cause = signal?.aborted ? signal.reason : error3;
  return cause instanceof Error ? cause.message : String(cause);
}
var ActionsCacheStore = class {
  constructor(client) {
    this.client = client;
  }
  client;
  description = "GitHub Actions cache";
  get unavailableReason() {
    return this.client.unavailableReason;
  }
  async restore(key, file, signal) {
    const packed = `${file}.gz`;
    try {
      const result2 = await this.client.restore({ ...CACHE_ENTRY, key, archivePath: packed, signal });
      if (!result2.hit) {
        return { hit: false, message: result2.message, level: result2.level, failed: result2.reason !== "miss" };
      }
      try {
        await decompressArchive(packed, file, signal);
      } catch (error3) {
        await rm3(file, { force: true }).catch(() => void 0);
        const message = signal?.aborted ? `Cache not restored: decompressing ${key} stopped (${stopReason(error3, signal)}).` : (
          // An entry is immutable: a broken one stays until deleted, so say how to get rid of it.
          `Cache not restored: the cached archive of ${key} could not be decompressed (${stopReason(error3, signal)}); installing without it. If this repeats, delete the entry (gh cache delete ${key}) so a later run saves a good one.`
        );
        return { hit: false, message, level: "warning", failed: true };
      }
      return { hit: true, sizeBytes: (await stat6(file)).size, storedBytes: result2.sizeBytes };
    } finally {
      await rm3(packed, { force: true }).catch(() => void 0);
    }
  }
  async save(key, file, signal) {
    const packed = `${file}.gz`;
    try {
      try {
        await compressArchive(file, packed, signal);
      } catch (error3) {
        return {
          saved: false,
          message: `Cache not saved: compressing ${file} ${signal?.aborted ? "stopped" : "failed"} (${stopReason(error3, signal)}).`,
          level: "warning"
        };
      }
      const result2 = await this.client.save({ ...CACHE_ENTRY, key, archivePath: packed, signal });
      if (result2.saved) return { saved: true, sizeBytes: (await stat6(file)).size, storedBytes: result2.sizeBytes };
      return { saved: false, message: result2.message, level: result2.level };
    } finally {
      await rm3(packed, { force: true }).catch(() => void 0);
    }
  }
};
var DirectoryCacheStore = class {
  constructor(dir) {
    this.dir = dir;
    this.description = `directory ${dir}`;
  }
  dir;
  description;
  unavailableReason = void 0;
  async restore(key, file) {
    const entry = join4(this.dir, `${key}.tar`);
    try {
      await stat6(entry);
    } catch {
      return { hit: false, message: `No cache entry ${entry}.`, level: "info", failed: false };
    }
    try {
      await copyFile2(entry, file);
      return { hit: true, sizeBytes: (await stat6(file)).size };
    } catch (error3) {
      await rm3(file, { force: true }).catch(() => void 0);
      return {
        hit: false,
        message: `Cache not restored: copying ${entry} failed (${error3.message}).`,
        level: "warning",
        failed: true
      };
    }
  }
  async save(key, file) {
    const tmp = join4(this.dir, `.${key}.${process.pid}.tmp`);
    try {
      await mkdir3(this.dir, { recursive: true });
      await copyFile2(file, tmp);
      await rename2(tmp, join4(this.dir, `${key}.tar`));
      return { saved: true, sizeBytes: (await stat6(file)).size };
    } catch (error3) {
      return {
        saved: false,
        message: `Cache not saved in ${this.dir}: ${error3.message}.`,
        level: "warning"
      };
    } finally {
      await rm3(tmp, { force: true }).catch(() => void 0);
    }
  }
};
function selectCacheStore(env, options = {}) {
  const dir = env.WSL_READY_CACHE_DIR?.trim();
  if (dir) return new DirectoryCacheStore(dir);
  return new ActionsCacheStore(
    createCacheClient({
      env,
      ...options.retry ? { retry: options.retry } : {},
      ...options.debug ? { debug: options.debug } : {}
    })
  );
}

// packages/setup-wsl2/src/catalogue/index.ts
import { readFileSync } from "node:fs";

// packages/setup-wsl2/src/catalogue/distributions.json
var distributions_default = {
  $comment: "Pinned distributions. Every URL and SHA-256 is copied from microsoft/WSL distributions/DistributionInfo.json (ModernDistributions, commit 025dfac98821768374402d55ad6ab2f52f8376e1), the manifest wsl.exe itself installs from. Mirrors are the same file at another address (same hash). sizeBytes is omitted where no published figure was found; the SHA-256 is always checked. Names not listed here are installed with `wsl --install --web-download`.",
  source: "https://github.com/microsoft/WSL/blob/025dfac98821768374402d55ad6ab2f52f8376e1/distributions/DistributionInfo.json",
  distributions: [
    {
      name: "Ubuntu-24.04",
      aliases: ["Ubuntu"],
      friendlyName: "Ubuntu 24.04 LTS",
      family: "debian",
      arch: {
        x64: {
          url: "https://releases.ubuntu.com/noble/ubuntu-24.04.2-wsl-amd64.wsl",
          mirrors: ["https://old-releases.ubuntu.com/releases/24.04.2/ubuntu-24.04.2-wsl-amd64.wsl"],
          sha256: "5d1eea52103166f1c460dc012ed325c6eb31d2ce16ef6a00ffdfda8e99e12f43"
        },
        arm64: {
          url: "https://cdimages.ubuntu.com/releases/24.04.2/release/ubuntu-24.04.2-wsl-arm64.wsl",
          sha256: "75e6660229fabb38a6fdc1c94eec7d834a565fa58a64b7534e540da5319b2576"
        }
      }
    },
    {
      name: "Debian",
      aliases: [],
      friendlyName: "Debian GNU/Linux",
      family: "debian",
      arch: {
        x64: {
          url: "https://salsa.debian.org/debian/WSL/-/jobs/7130915/artifacts/raw/Debian_WSL_AMD64_v1.20.0.0.wsl",
          sha256: "51a0c7af534929305238bd356a217b371562e6a0fcdfab65c7e49fb8252e2f23"
        },
        arm64: {
          url: "https://salsa.debian.org/debian/WSL/-/jobs/7130915/artifacts/raw/Debian_WSL_ARM64_v1.20.0.0.wsl",
          sha256: "ceb883ce1c016f7bc01c2f58dfa3224684d49efb0d1b2a216ce889cac2738bc5"
        }
      }
    },
    {
      name: "kali-linux",
      aliases: [],
      friendlyName: "Kali Linux Rolling",
      family: "debian",
      arch: {
        x64: {
          url: "https://kali.download/wsl-images/kali-2025.1c/kali-linux-2025.1c-wsl-rootfs-amd64.wsl",
          sha256: "1f1b0171b3b92dd7163ddbab2bb6b93c4a9d2e95fccd66237403cccf648d2b8e"
        },
        arm64: {
          url: "https://kali.download/wsl-images/kali-2025.1c/kali-linux-2025.1c-wsl-rootfs-arm64.wsl",
          sha256: "b0c5742e3baa4e5588deb974eeae81b45e18a49afa6cb7567321b8b6639d4034"
        }
      }
    },
    {
      name: "AlmaLinux-9",
      aliases: [],
      friendlyName: "AlmaLinux OS 9",
      family: "rhel",
      arch: {
        x64: {
          url: "https://github.com/AlmaLinux/wsl-images/releases/download/v9.6.20250522.0/AlmaLinux-9.6_x64_20250522.0.wsl",
          sha256: "e0f6acf1ce5aff80f2e60d3d8191c0a3857720149a7e5521b96e11777cdd2779"
        },
        arm64: {
          url: "https://github.com/AlmaLinux/wsl-images/releases/download/v9.6.20250522.0/AlmaLinux-9.6_ARM64_20250522.0.wsl",
          sha256: "58d1cc623c4570307825036460e51a406bdcf53b4b5a4148cf644f5f68ce48dd"
        }
      }
    },
    {
      name: "AlmaLinux-10",
      aliases: [],
      friendlyName: "AlmaLinux OS 10",
      family: "rhel",
      arch: {
        x64: {
          url: "https://github.com/AlmaLinux/wsl-images/releases/download/v10.0.20250529.0/AlmaLinux-10.0_x64_20250529.0.wsl",
          sha256: "6775711048b86743588da7173ab45ca449b5c50a72fb87635313f059a9813d4b"
        },
        arm64: {
          url: "https://github.com/AlmaLinux/wsl-images/releases/download/v10.0.20250529.0/AlmaLinux-10.0_ARM64_20250529.0.wsl",
          sha256: "bc424bd9f954d36e871d4d874d35bc25e3ea7bdfe48337c30b927ed73a79b2fa"
        }
      }
    },
    {
      name: "openSUSE-Tumbleweed",
      aliases: [],
      friendlyName: "openSUSE Tumbleweed",
      family: "suse",
      arch: {
        x64: {
          url: "https://github.com/openSUSE/WSL-instarball/releases/download/v20250320.0/openSUSE-Tumbleweed-20250316.x86_64-15.8-Build15.8.wsl",
          sha256: "d3fc19e7a28143aa68dbfc0d9bacd8f670f312bf29dc9cc44138a60975e755ea"
        },
        arm64: {
          url: "https://github.com/openSUSE/WSL-instarball/releases/download/v20250320.0/openSUSE-Tumbleweed-20250316.aarch64-15.8-Build15.8.wsl",
          sha256: "c4a6844cfa0b791ab934c4e871a1245b217de734cb8c75a33bdc644fa0675e39"
        }
      }
    },
    {
      name: "openSUSE-Leap-15.6",
      aliases: [],
      friendlyName: "openSUSE Leap 15.6",
      family: "suse",
      arch: {
        x64: {
          url: "https://github.com/openSUSE/WSL-instarball/releases/download/v20250320.0/openSUSE-Leap-15.6-15.6.x86_64-15.2-Build15.2.wsl",
          sha256: "63ea1828168026c86522743d551b2c88f0f4f94d813d2adc5881164d176b0ea1"
        },
        arm64: {
          url: "https://github.com/openSUSE/WSL-instarball/releases/download/v20250320.0/openSUSE-Leap-15.6-15.6.aarch64-15.2-Build15.2.wsl",
          sha256: "0a3c646f69bb83889c4264e41030076104a2f3d71ae6a1e14a1e0653dfd2e3d4"
        }
      }
    },
    {
      name: "FedoraLinux-42",
      aliases: [],
      friendlyName: "Fedora Linux 42",
      family: "rhel",
      arch: {
        x64: {
          url: "https://download.fedoraproject.org/pub/fedora/linux/releases/42/Container/x86_64/images/Fedora-WSL-Base-42-1.1.x86_64.tar.xz",
          sha256: "99fb3d05d78ca17c6815bb03cf528da8ef82ebc6260407f2b09461e0da8a1b8d"
        },
        arm64: {
          url: "https://download.fedoraproject.org/pub/fedora/linux/releases/42/Container/aarch64/images/Fedora-WSL-Base-42-1.1.aarch64.tar.xz",
          sha256: "a5a2ceb8ca56b7245b909d021b0fd620427db349f02b8ef3b82b741bcb5611cd"
        }
      }
    },
    {
      name: "archlinux",
      aliases: [],
      friendlyName: "Arch Linux",
      family: "arch",
      arch: {
        x64: {
          url: "https://geo.mirror.pkgbuild.com/wsl/2025.05.01.126391/archlinux-2025.05.01.126391.wsl",
          sha256: "1df0b5e9533ddf7a9a29cf95d970eeb4f79a25da1e18e221c404ca45e832622c"
        }
      }
    }
  ]
};

// packages/setup-wsl2/src/catalogue/wsl-packages.json
var wsl_packages_default = {
  $comment: "The pinned WSL package installed when a host has only the inbox WSL (windows-2022) or is below wsl-min-version. URL and SHA-256 from microsoft/winget-pkgs manifests/m/Microsoft/WSL/2.7.11/Microsoft.WSL.installer.yaml (commit 5054ef5e95d95ae84efb648eaf81643ef69153d0); 2.7.11.0 is also the version actions/runner-images installs on windows-2025.",
  version: "2.7.11.0",
  arch: {
    x64: {
      url: "https://github.com/microsoft/WSL/releases/download/2.7.11/wsl.2.7.11.0.x64.msi",
      sha256: "a611ddacee689d2fb1fb5319e58af7f3998864d86cdce632eadd8e61614a0f9d"
    },
    arm64: {
      url: "https://github.com/microsoft/WSL/releases/download/2.7.11/wsl.2.7.11.0.arm64.msi",
      sha256: "e90dd92c730dcf0f3ea8786a3e1c513d9085b2df676ed698006e8079b4e8ba71"
    }
  }
};

// packages/setup-wsl2/src/catalogue/index.ts
var SHA256 = /^[0-9a-f]{64}$/;
function validateCatalogue(value, origin) {
  const fail3 = (what) => {
    throw new InputError("catalogue", `The distribution catalogue ${origin} is not valid: ${what}.`);
  };
  const data = value;
  if (!data || typeof data !== "object" || !Array.isArray(data.distributions)) fail3('it has no "distributions" list');
  const distributions = data.distributions;
  for (const entry of distributions) {
    if (!entry || typeof entry.name !== "string" || !/^[A-Za-z0-9._-]{1,256}$/.test(entry.name)) {
      fail3(`an entry has no valid "name"`);
    }
    for (const [arch2, file] of Object.entries(entry.arch ?? {})) {
      const urls = [file?.url, ...file?.mirrors ?? []];
      if (!file || urls.some((url) => typeof url !== "string" || !/^https?:\/\/\S+$/.test(url))) {
        fail3(`${entry.name} (${arch2}) needs http(s) URLs`);
      }
      if (typeof file.sha256 !== "string" || !SHA256.test(file.sha256))
        fail3(`${entry.name} (${arch2}) needs a lower-case SHA-256`);
    }
  }
  return { source: typeof data?.source === "string" ? data.source : origin, distributions };
}
function loadCatalogue(env = process.env) {
  const path9 = env.WSL_READY_CATALOGUE?.trim();
  if (!path9) return validateCatalogue(distributions_default, "built into the action");
  let parsed2;
  try {
    parsed2 = JSON.parse(readFileSync(path9, "utf8"));
  } catch (error3) {
    throw new InputError(
      "catalogue",
      `WSL_READY_CATALOGUE points at ${path9}, which is not a readable JSON file: ${error3.message}.`
    );
  }
  return validateCatalogue(parsed2, path9);
}
function findCatalogueFile(catalogue, name, arch2) {
  const wanted = name.toLowerCase();
  const entry = catalogue.distributions.find(
    (d) => d.name.toLowerCase() === wanted || d.aliases.some((a) => a.toLowerCase() === wanted)
  );
  const file = entry?.arch[arch2];
  return entry && file ? { entry, file } : void 0;
}
function pinnedWslPackage(arch2) {
  const file = wsl_packages_default.arch[arch2];
  return file ? { version: wsl_packages_default.version, file } : void 0;
}
function catalogueArch(arch2) {
  const value = arch2.toLowerCase();
  if (value === "x64" || value === "amd64" || value === "x86_64") return "x64";
  if (value === "arm64" || value === "aarch64") return "arm64";
  return void 0;
}

// packages/setup-wsl2/src/download.ts
import { createHash as createHash4 } from "node:crypto";
import { createWriteStream as createWriteStream2 } from "node:fs";
import { rename as rename3, rm as rm4 } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";

// packages/setup-wsl2/src/errors.ts
var PhaseTimeoutError = class extends WslReadyError {
  phase;
  timeoutMs;
  constructor(phase, timeoutMs, inputKey, cause) {
    super(
      "phase-timeout",
      `The ${phase} phase did not finish within ${formatDuration(timeoutMs)} and was stopped. ` + (inputKey ? `Raise it with \`timeout-minutes: ${inputKey}=<minutes>\` if the network or the runner is slow, or retry the job.` : "Retry the job; if it keeps happening, open an issue with the log."),
      { cause }
    );
    this.phase = phase;
    this.timeoutMs = timeoutMs;
  }
};
var PreflightError = class extends WslReadyError {
  remediation;
  constructor(message, remediation) {
    super("preflight", `${message}
${remediation}`);
    this.remediation = remediation;
  }
};
var DownloadError = class extends WslReadyError {
  constructor(message, options) {
    super("download", message, options);
  }
};
var ProvisionError = class extends WslReadyError {
  constructor(message) {
    super("provision", message);
  }
};

// packages/setup-wsl2/src/download.ts
var RETRYABLE_STATUS = /* @__PURE__ */ new Set([403, 408, 425, 429, 500, 502, 503, 504]);
var HttpStatusError = class extends Error {
  constructor(url, status) {
    super(`${url} answered HTTP ${status}`);
    this.url = url;
    this.status = status;
  }
  url;
  status;
};
function isAllowedDownloadUrl(url) {
  try {
    const parsed2 = new URL(url);
    if (parsed2.protocol === "https:") return true;
    return parsed2.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(parsed2.hostname);
  } catch {
    return false;
  }
}
async function downloadVerified(request) {
  const doFetch = request.fetch ?? fetch;
  const failures = [];
  for (const url of request.urls) {
    if (!isAllowedDownloadUrl(url)) {
      failures.push(`${url}: not an https URL`);
      continue;
    }
    try {
      return await retry(() => fetchOnce(url, request, doFetch), {
        attempts: request.attempts ?? 3,
        baseDelayMs: request.baseDelayMs ?? 2e3,
        maxDelayMs: 3e4,
        shouldRetry: (error3) => !request.signal.aborted && (!(error3 instanceof HttpStatusError) || RETRYABLE_STATUS.has(error3.status)) && !(error3 instanceof DownloadError),
        onRetry: (error3, attempt, delay) => request.log?.(
          `Download attempt ${attempt} failed (${error3.message}); retrying in ${formatDuration(delay)}.`
        )
      });
    } catch (error3) {
      if (request.signal.aborted) throw request.signal.reason ?? error3;
      failures.push(`${url}: ${error3.message}`);
      request.log?.(`Giving up on ${url}: ${error3.message}`);
    }
  }
  throw new DownloadError(
    `Could not download a verified copy of the file:
${failures.map((f) => `- ${f}`).join("\n")}
Check the runner can reach these addresses; pin another source with the \`source\` and \`source-sha256\` inputs if they moved.`
  );
}
async function fetchOnce(url, request, doFetch) {
  const started = performance.now();
  const partial2 = `${request.dest}.partial`;
  const response = await doFetch(url, { signal: request.signal, redirect: "follow" });
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => void 0);
    throw new HttpStatusError(url, response.status);
  }
  const hash = createHash4("sha256");
  let bytes = 0;
  const body = Readable.fromWeb(response.body);
  body.on("data", (chunk) => {
    hash.update(chunk);
    bytes += chunk.length;
  });
  try {
    await pipeline2(body, createWriteStream2(partial2), { signal: request.signal });
  } catch (error3) {
    await rm4(partial2, { force: true });
    throw error3;
  }
  const sha256 = hash.digest("hex");
  if (sha256 !== request.sha256.toLowerCase() || request.sizeBytes !== void 0 && bytes !== request.sizeBytes) {
    await rm4(partial2, { force: true });
    throw new DownloadError(
      `${url} served ${bytes} bytes with SHA-256 ${sha256}, not the pinned ${request.sha256}${request.sizeBytes !== void 0 ? ` (${request.sizeBytes} bytes)` : ""}. The file was discarded.`
    );
  }
  await rename3(partial2, request.dest);
  return { url, bytes, sha256, durationMs: Math.round(performance.now() - started) };
}
async function sha256OfFile(path9) {
  const { createReadStream: createReadStream2 } = await import("node:fs");
  const hash = createHash4("sha256");
  await pipeline2(createReadStream2(path9), hash);
  return hash.digest("hex");
}

// packages/setup-wsl2/src/host-paths.ts
import { isAbsolute, relative as relative2, sep as sep3 } from "node:path";
function createHostPaths(env = process.env, platform2 = process.platform, automountRoot) {
  const options = automountRoot ? { automountRoot } : {};
  let toWindows;
  if (platform2 === "win32") {
    toWindows = (hostPath) => hostPath;
  } else {
    const mntRoot = env.WSL_READY_MNT_ROOT?.trim();
    toWindows = (hostPath) => {
      if (!mntRoot) return void 0;
      const rel = relative2(mntRoot, hostPath);
      if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return void 0;
      const [drive, ...rest] = rel.split(sep3);
      if (!drive || !/^[a-z]$/i.test(drive)) return void 0;
      return `${drive.toUpperCase()}:\\${rest.join("\\")}`;
    };
  }
  return {
    toWindows,
    toLinux(hostPath) {
      const windows = toWindows(hostPath);
      return windows === void 0 ? void 0 : windowsPathToWsl(windows, options);
    },
    requireWindows(hostPath, what) {
      const windows = toWindows(hostPath);
      if (windows === void 0) {
        throw new InputError(
          what,
          `The ${what} ${JSON.stringify(hostPath)} has no Windows path. On a Linux host driving a wsl stand-in, set WSL_READY_MNT_ROOT to the folder that stands for the Windows drives and keep the runner's folders below it.`
        );
      }
      return windows;
    }
  };
}

// packages/setup-wsl2/src/inputs.ts
var TIMED_PHASES = ["download", "platform-update", "install", "packages"];
var DEFAULT_TIMEOUT_MINUTES = {
  download: 20,
  "platform-update": 10,
  install: 15,
  packages: 20
};
function parseInputs(read) {
  const text2 = (name) => read(name).trim();
  const distribution = validateDistroName(text2("distribution") || "Ubuntu-24.04", "distribution");
  const wslVersion2 = parseWslVersion(text2("wsl-version") || "2");
  const systemd = parseBooleanInput("systemd", read("systemd"), false);
  const docker = parseBooleanInput("docker", read("docker"), false);
  if (wslVersion2 === 1 && systemd) {
    throw new InputError(
      "systemd",
      "The systemd input needs WSL 2 (WSL 1 has no init system). Accepted: systemd: false with wsl-version: 1."
    );
  }
  if (wslVersion2 === 1 && docker) {
    throw new InputError(
      "docker",
      "The docker input needs WSL 2 (Docker Engine does not run on WSL 1). Accepted: docker: false with wsl-version: 1."
    );
  }
  const wslConfText = read("wsl-conf");
  const wslConf = parseIni("wsl-conf", wslConfText, "wslconf");
  if (systemd) wslConf.boot = { ...wslConf.boot, systemd: true };
  const inputs = {
    distribution,
    wslVersion: wslVersion2,
    setAsDefault: parseBooleanInput("set-as-default", read("set-as-default"), true),
    update: parseBooleanInput("update", read("update"), false),
    packages: parsePackages(read("packages")),
    wslConf,
    wslConfText,
    wslconfig: parseIni("wslconfig", read("wslconfig"), "wslconfig"),
    systemd,
    user: validateLinuxUserName(text2("user") || "root", "user"),
    cache: parseBooleanInput("cache", read("cache"), true),
    docker,
    envPassthrough: parseBooleanInput("env-passthrough", read("env-passthrough"), true),
    timeoutMinutes: parseTimeouts(text2("timeout-minutes")),
    report: parseBooleanInput("report", read("report"), true),
    matrix: parseMatrixInput("matrix", read("matrix"))
  };
  const minVersion = text2("wsl-min-version");
  if (minVersion) inputs.wslMinVersion = parseMinVersion(minVersion);
  const source = parseSource(text2("source"), text2("source-sha256"));
  if (source) inputs.source = source;
  return inputs;
}
function parseWslVersion(value) {
  if (value === "1" || value === "2") return Number(value);
  throw new InputError(
    "wsl-version",
    `The wsl-version input ${JSON.stringify(value)} is not a WSL version. Accepted: 1 or 2.`
  );
}
function parseMinVersion(value) {
  if (!/^\d{1,4}(?:\.\d{1,6}){0,3}$/.test(value)) {
    throw new InputError(
      "wsl-min-version",
      `The wsl-min-version input ${JSON.stringify(value)} is not a version. Accepted: dotted numbers such as 2.4.4 or 2.6.1.0.`
    );
  }
  return value;
}
function parsePackages(value) {
  const names = [...new Set(parseListInput(value).flatMap((item) => item.split(/\s+/)))];
  for (const name of names) validatePackageName(name, "packages");
  return names;
}
function parseIni(input, text2, kind) {
  if (!text2.trim()) return {};
  const parsed2 = parseConfigPatch(text2, { kind });
  const [first] = parsed2.errors;
  if (first) {
    const more = parsed2.errors.length > 1 ? ` (and ${parsed2.errors.length - 1} more)` : "";
    throw new InputError(
      input,
      `The ${input} input has a problem on line ${first.line}: ${first.message}${more}. Accepted: INI lines \`[section]\` and \`key = value\` with keys WSL knows.`
    );
  }
  return parsed2.patch;
}
var TIMEOUT_ACCEPTED = `minutes as one number for every phase, or ${TIMED_PHASES.map((p) => `${p}=<minutes>`).join(", ")} separated by commas or line breaks (a number greater than 0, at most 360)`;
function parseTimeouts(value) {
  const result2 = { ...DEFAULT_TIMEOUT_MINUTES };
  if (value === "") return result2;
  const minutes = (text2, what) => {
    const number3 = Number(text2);
    if (!/^\d+(?:\.\d+)?$/.test(text2) || !(number3 > 0) || number3 > 360) {
      throw new InputError(
        "timeout-minutes",
        `The timeout-minutes value ${JSON.stringify(what)} is not valid. Accepted: ${TIMEOUT_ACCEPTED}.`
      );
    }
    return number3;
  };
  if (/^[\d.]+$/.test(value)) {
    const all = minutes(value, value);
    for (const phase of TIMED_PHASES) result2[phase] = all;
    return result2;
  }
  for (const item of value.split(/[,\n]+/).map((part) => part.trim()).filter(Boolean)) {
    const match = /^([a-z-]+)\s*[=:]\s*(\S+)$/.exec(item);
    const phase = match?.[1];
    if (!match || !phase || !TIMED_PHASES.includes(phase)) {
      throw new InputError(
        "timeout-minutes",
        `The timeout-minutes item ${JSON.stringify(item)} is not valid. Accepted: ${TIMEOUT_ACCEPTED}.`
      );
    }
    result2[phase] = minutes(match[2] ?? "", item);
  }
  return result2;
}
var SHA2562 = /^[0-9a-fA-F]{64}$/;
function parseSource(location, sha256) {
  if (!location) {
    if (sha256)
      throw new InputError(
        "source-sha256",
        "The source-sha256 input is set but source is empty. Accepted: both source and source-sha256, or neither."
      );
    return void 0;
  }
  if (!SHA2562.test(sha256)) {
    throw new InputError(
      "source-sha256",
      `The source input needs the SHA-256 of the file in source-sha256${sha256 ? `, and ${JSON.stringify(sha256.slice(0, 70))} is not one` : ""}. Accepted: 64 hexadecimal digits.`
    );
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) {
    if (!/^https:\/\/[^\s]+$/i.test(location)) {
      throw new InputError(
        "source",
        `The source input ${JSON.stringify(location.slice(0, 100))} is not an https URL. Accepted: an https:// URL or a path on the runner to a .wsl, .tar, .tar.gz or .tar.xz file.`
      );
    }
    return { location, kind: "url", sha256: sha256.toLowerCase() };
  }
  if (/[\0\r\n"<>|*?]/.test(location)) {
    throw new InputError(
      "source",
      `The source path ${JSON.stringify(location.slice(0, 100))} holds characters no file path may hold. Accepted: an https:// URL or a path to a .wsl, .tar, .tar.gz or .tar.xz file.`
    );
  }
  return { location, kind: "path", sha256: sha256.toLowerCase() };
}

// packages/setup-wsl2/src/phases.ts
var PhaseRunner = class {
  constructor(log, now = () => performance.now()) {
    this.log = log;
    this.now = now;
  }
  log;
  now;
  records = [];
  async run(name, options, body) {
    const started = this.now();
    const deadline = started + options.timeoutMs;
    const controller = new AbortController();
    let status = "ok";
    let timer;
    const timedOut = new Promise((_, reject) => {
      timer = setTimeout(() => {
        const error3 = new PhaseTimeoutError(name, options.timeoutMs, options.inputKey);
        controller.abort(error3);
        reject(error3);
      }, options.timeoutMs);
    });
    this.log.startGroup(name);
    try {
      const ctx = {
        signal: controller.signal,
        remainingMs: () => Math.max(1, Math.round(deadline - this.now())),
        markCached: () => {
          status = "cached";
        }
      };
      return await Promise.race([body(ctx), timedOut]);
    } catch (error3) {
      const expired = controller.signal.aborted || this.now() >= deadline - 5;
      if (error3 instanceof PhaseTimeoutError || expired && isStopped(error3)) {
        status = "timed-out";
        throw error3 instanceof PhaseTimeoutError ? error3 : new PhaseTimeoutError(name, options.timeoutMs, options.inputKey, error3);
      }
      status = "failed";
      throw error3;
    } finally {
      clearTimeout(timer);
      if (!controller.signal.aborted) controller.abort(new Error(`${name} finished`));
      const durationMs2 = Math.round(this.now() - started);
      this.records.push({ name, durationMs: durationMs2, status });
      this.log.info(`${name}: ${status === "ok" ? "done" : status} in ${formatDuration(durationMs2)}`);
      this.log.endGroup();
    }
  }
  /** Record a phase that did not need to run (shown in the timing table). */
  skip(name, reason, status = "skipped") {
    this.records.push({ name, durationMs: 0, status });
    this.log.info(`${name}: ${status} (${reason})`);
  }
};
function isStopped(error3) {
  return error3 instanceof CommandTimeoutError || error3 instanceof CommandAbortedError;
}

// packages/setup-wsl2/src/plan.ts
import { createHash as createHash5 } from "node:crypto";
function compareVersions2(a, b) {
  const pa = a.split(".").map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split(".").map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}
function planPlatform(options) {
  const { kind, version: version2, inputs } = options;
  let reason;
  if (kind === "inbox" && inputs.wslVersion === 2)
    reason = "WSL 2 needs the WSL package; this host has only the inbox WSL";
  else if (kind === "inbox" && options.needsInstallCommand)
    reason = "installing from the online list needs the WSL package";
  else if (kind === "inbox" && inputs.wslMinVersion)
    reason = `wsl-min-version ${inputs.wslMinVersion} asks for the WSL package`;
  else if (kind === "store" && inputs.wslMinVersion && (!version2 || compareVersions2(version2, inputs.wslMinVersion) < 0)) {
    reason = `WSL ${version2 ?? "(unknown)"} is older than wsl-min-version ${inputs.wslMinVersion}`;
  }
  if (!reason) return { action: "none" };
  const msiFits = options.canRunMsi && options.msiVersion !== void 0 && (!inputs.wslMinVersion || compareVersions2(options.msiVersion, inputs.wslMinVersion) >= 0) && (!version2 || compareVersions2(options.msiVersion, version2) > 0);
  return { action: "update", reason, strategies: msiFits ? ["msi", "web-update"] : ["web-update"] };
}
function planInstall(options) {
  const { inputs } = options;
  if (options.alreadyInstalled) return { method: "existing" };
  const importFrom = (file) => wslImportArgs({
    distribution: inputs.distribution,
    installLocation: options.installLocation,
    file,
    version: inputs.wslVersion
  });
  if (options.cacheFile) return { method: "cache", args: importFrom(options.cacheFile) };
  if (inputs.source?.kind === "path" && options.sourceFile) {
    return {
      method: "import-file",
      path: inputs.source.location,
      sha256: inputs.source.sha256,
      args: importFrom(options.sourceFile)
    };
  }
  if (inputs.source?.kind === "url") {
    return {
      method: "import",
      urls: [inputs.source.location],
      sha256: inputs.source.sha256,
      args: importFrom(options.downloadFile)
    };
  }
  if (options.catalogueFile) {
    const file = options.catalogueFile;
    return {
      method: "import",
      urls: [file.url, ...file.mirrors ?? []],
      sha256: file.sha256,
      ...file.sizeBytes !== void 0 ? { sizeBytes: file.sizeBytes } : {},
      args: importFrom(options.downloadFile)
    };
  }
  return {
    method: "web-install",
    args: wslInstallArgs({
      distribution: inputs.distribution,
      webDownload: true,
      noLaunch: true,
      version: inputs.wslVersion
    })
  };
}
var CACHE_FORMAT = 1;
function cacheKey(options) {
  const { inputs } = options;
  const shape = {
    format: CACHE_FORMAT,
    distribution: inputs.distribution.toLowerCase(),
    image: options.imageFile,
    arch: options.arch,
    update: inputs.update ? isoWeek(options.now ?? /* @__PURE__ */ new Date()) : false,
    packages: [...inputs.packages].sort(),
    wslConf: inputs.wslConf,
    user: inputs.user,
    docker: inputs.docker
  };
  const digest = createHash5("sha256").update(JSON.stringify(shape)).digest("hex").slice(0, 32);
  return `wsl-ready-distro-${inputs.distribution.toLowerCase()}-${options.arch}-${digest}`;
}
function isoWeek(date3) {
  const day = new Date(Date.UTC(date3.getUTCFullYear(), date3.getUTCMonth(), date3.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 864e5 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

// packages/setup-wsl2/src/provision.ts
var MARK = "@@wsl-ready@@";
var PROBE_SCRIPT = `
user=$1
section() { printf '\\n${MARK} %s\\n' "$1"; }
section os-release; cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release 2>/dev/null || true
section wsl.conf; cat /etc/wsl.conf 2>/dev/null || true
section bash; command -v bash 2>/dev/null || true
section user; id -u "$user" 2>/dev/null || true
section kernel; for u in /usr/bin/uname /bin/uname; do if [ -x "$u" ]; then "$u" -r; break; fi; done
section ip; (ip -4 -o addr show scope global 2>/dev/null || true) | awk '{split($4, a, "/"); print a[1]; exit}'
section manager; for m in apt-get dnf microdnf yum zypper apk pacman; do if command -v "$m" >/dev/null 2>&1; then echo "$m"; break; fi; done
section end
`;
function parseProbe(stdout) {
  const sections = /* @__PURE__ */ new Map();
  let current;
  let lines = [];
  for (const line of stdout.replace(/\r\n/g, "\n").split("\n")) {
    if (line.startsWith(`${MARK} `)) {
      if (current) sections.set(current, lines.join("\n"));
      current = line.slice(MARK.length + 1).trim();
      lines = [];
    } else if (current) {
      lines.push(line);
    }
  }
  const get = (name) => (sections.get(name) ?? "").trim();
  const os6 = get("os-release") ? parseOsRelease(get("os-release")) : null;
  const kernel = get("kernel") ? parseKernel(get("kernel")) : null;
  return {
    osRelease: os6?.recognized ? os6.value : null,
    // wsl.conf keeps its exact bytes apart from the section framing (the merge must not touch anything else).
    wslConf: (sections.get("wsl.conf") ?? "").replace(/^\n/, "").replace(/\n$/, ""),
    bash: get("bash") || null,
    userExists: /^\d+$/.test(get("user")),
    kernelRelease: kernel?.recognized ? kernel.value.kernelRelease : get("kernel") || null,
    wslGeneration: kernel?.recognized ? kernel.value.wslGeneration : null,
    ip: /^\d{1,3}(?:\.\d{1,3}){3}$/.test(get("ip")) ? get("ip") : null,
    packageManager: get("manager") || null
  };
}
var CONFIGURE_SCRIPT = `
set -eu
user=$1; write_conf=$2; docker=$3
if [ "$write_conf" = 1 ]; then
  tmp=/etc/.wsl.conf.wsl-ready.$$
  tr -d '\\r' > "$tmp"
  chmod 644 "$tmp"
  mv -f "$tmp" /etc/wsl.conf
fi
if [ "$user" != root ]; then
  if ! id -u "$user" >/dev/null 2>&1; then
    shell=/bin/sh; [ -x /bin/bash ] && shell=/bin/bash
    if command -v useradd >/dev/null 2>&1; then
      useradd --create-home --shell "$shell" "$user"
    elif command -v adduser >/dev/null 2>&1 && adduser 2>&1 | grep -q -- '-D'; then
      adduser -D -s "$shell" "$user"
    else
      uid=$(awk -F: 'BEGIN { max = 999 } $3 >= 1000 && $3 < 60000 && $3 > max { max = $3 } END { print max + 1 }' /etc/passwd)
      echo "$user:x:$uid:$uid::/home/$user:$shell" >> /etc/passwd
      echo "$user:x:$uid:" >> /etc/group
      mkdir -p "/home/$user" && chown "$uid:$uid" "/home/$user"
    fi
  fi
  mkdir -p /etc/sudoers.d
  printf '%s ALL=(ALL) NOPASSWD:ALL\\n' "$user" > "/etc/sudoers.d/90-wsl-ready-$user"
  chmod 0440 "/etc/sudoers.d/90-wsl-ready-$user"
  if [ "$docker" = 1 ] && command -v groupadd >/dev/null 2>&1; then
    groupadd -f docker 2>/dev/null || true
    command -v usermod >/dev/null 2>&1 && usermod -aG docker "$user" || true
  fi
fi
echo configured
`;
var PACKAGES_SCRIPT = `
set -eu
docker=$1; upgrade=$2; shift 2
manager=
for m in apt-get dnf microdnf yum zypper apk pacman; do
  if command -v "$m" >/dev/null 2>&1; then manager=$m; break; fi
done
if [ -z "$manager" ]; then
  echo "No package manager found (apt-get, dnf, yum, zypper, apk or pacman): install packages in your own step." >&2
  exit 3
fi
command -v bash >/dev/null 2>&1 || set -- "$@" bash
case $manager in
  apt-get)
    export DEBIAN_FRONTEND=noninteractive
    [ "$docker" = 1 ] && set -- "$@" docker.io
    apt-get -o Acquire::Retries=3 -o Acquire::ForceIPv4=true -q update
    [ "$upgrade" = 1 ] && apt-get -o Acquire::Retries=3 -o Acquire::ForceIPv4=true -q -y upgrade
    [ $# -gt 0 ] && apt-get -o Acquire::Retries=3 -o Acquire::ForceIPv4=true -q -y install --no-install-recommends "$@"
    ;;
  dnf|microdnf|yum)
    [ "$docker" = 1 ] && set -- "$@" moby-engine
    [ "$upgrade" = 1 ] && "$manager" -y upgrade
    [ $# -gt 0 ] && "$manager" -y install "$@"
    ;;
  zypper)
    [ "$docker" = 1 ] && set -- "$@" docker
    zypper --non-interactive refresh
    [ "$upgrade" = 1 ] && zypper --non-interactive update
    [ $# -gt 0 ] && zypper --non-interactive install "$@"
    ;;
  apk)
    [ "$docker" = 1 ] && set -- "$@" docker
    apk update
    [ "$upgrade" = 1 ] && apk upgrade
    [ $# -gt 0 ] && apk add "$@"
    ;;
  pacman)
    [ "$docker" = 1 ] && set -- "$@" docker
    if [ "$upgrade" = 1 ]; then pacman -Syu --noconfirm; else pacman -Sy --noconfirm; fi
    [ $# -gt 0 ] && pacman -S --needed --noconfirm "$@"
    ;;
esac
echo packages-done
`;
var DOCKER_START_SCRIPT = `
set -eu
if ! docker info >/dev/null 2>&1; then
  mkdir -p /var/log
  nohup dockerd -H unix:///var/run/docker.sock -H tcp://127.0.0.1:2375 </dev/null >/var/log/dockerd.log 2>&1 &
fi
i=0
until docker info >/dev/null 2>&1; do
  i=$((i + 1))
  if [ "$i" -gt 60 ]; then tail -n 20 /var/log/dockerd.log >&2 || true; echo "dockerd did not start" >&2; exit 4; fi
  sleep 1
done
echo docker-ready
`;
function scriptCommand(script, args) {
  return ["/bin/sh", "-c", script, "wsl-ready", ...args];
}

// packages/setup-wsl2/src/report.ts
function buildReport(facts, env, matrix) {
  return createReport({
    source: { kind: "action", name: "setup-wsl2" },
    host: {
      os: "windows",
      arch: facts.arch,
      ...facts.windowsBuild ? { windowsBuild: facts.windowsBuild } : {},
      isWsl: false
    },
    ...actionRunContext(env, matrix),
    ...facts.wsl ? { wsl: facts.wsl } : {},
    distros: facts.distros,
    checks: facts.checks,
    phases: facts.phases,
    warnings: facts.warnings
  });
}
function renderSummary(report, env) {
  const runUrl = workflowRunUrl(env);
  return renderMarkdown(report, { title: "setup-wsl2", ...runUrl ? { runUrl } : {} });
}

// packages/setup-wsl2/src/shell/wrapper.ts
import { createHash as createHash6 } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join as join5 } from "node:path";
function valueHash(value) {
  return createHash6("sha256").update(value).digest("base64url").slice(0, 12);
}
function environmentBaseline(env) {
  const baseline = {};
  for (const [name, value] of Object.entries(env)) if (value !== void 0) baseline[name] = valueHash(value);
  return baseline;
}
function shQuote(value) {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
function wrapperName(distribution) {
  return distribution ? `wsl-bash-${distribution}` : "wsl-bash";
}
function writeWrappers(options) {
  const { dir, config: config2 } = options;
  mkdirSync(dir, { recursive: true });
  const files = [];
  const configPath = join5(dir, `wsl-bash-${config2.distribution}.json`);
  writeFileSync(configPath, `${JSON.stringify(config2, null, 2)}
`);
  for (const name of [wrapperName(), wrapperName(config2.distribution)]) {
    if (options.windows) {
      const file = join5(dir, `${name}.cmd`);
      writeFileSync(
        file,
        `@"${options.node}" "${options.bundle}" wsl-bash "${configPath}" %*\r
@exit /b %ERRORLEVEL%\r
`
      );
      files.push(file);
    } else {
      const file = join5(dir, name);
      writeFileSync(
        file,
        `#!/bin/sh
exec ${shQuote(options.node)} ${shQuote(options.bundle)} wsl-bash ${shQuote(configPath)} "$@"
`,
        { mode: 493 }
      );
      files.push(file);
    }
  }
  return { files, configPath };
}

// packages/setup-wsl2/src/wsl.ts
var WslClient = class {
  constructor(runner, file) {
    this.runner = runner;
    this.file = file;
  }
  runner;
  file;
  calls = 0;
  argvLog = [];
  async run(ctx, call) {
    const answer = await this.attempt(ctx, call);
    const okCodes = call.okCodes ?? [0];
    if (!okCodes.includes(answer.result.exitCode)) throw this.failure(call.args, answer);
    return answer;
  }
  /** Run and hand back the answer whatever the exit code (for probes that branch on it). */
  async attempt(ctx, call) {
    this.calls++;
    this.argvLog.push([...call.args]);
    const result2 = await this.runner.run(this.file, call.args, {
      timeoutMs: ctx.remainingMs(),
      signal: ctx.signal,
      ...call.input !== void 0 ? { input: call.input } : {},
      ...call.env ? { env: call.env } : {}
    });
    return { result: result2, stdout: decodeOutput(result2.stdout), stderr: decodeOutput(result2.stderr) };
  }
  failure(args, answer) {
    const argv = ["wsl.exe", ...args];
    const classified = classifyWslFailure({
      exitCode: answer.result.exitCode,
      stdout: answer.result.stdout,
      stderr: answer.result.stderr
    });
    if (classified) return new WslCommandError(argv, answer.result.exitCode, classified.value);
    return new CommandFailedError(argv, answer.result.exitCode, `${answer.stdout}
${answer.stderr}`);
  }
};

// packages/setup-wsl2/src/main.ts
var MINUTE = 6e4;
var STATE_SHUTDOWN = "shutdownVm";
async function main() {
  const started = performance.now();
  const inputs = parseInputs((name) => getInput(name));
  if (!isWindowsHost(process.env)) {
    notice(`setup-wsl2 does nothing on ${process.platform}: WSL exists only on Windows runners.`);
    setOutput("distribution", "");
    setOutput("duration-ms", String(Math.round(performance.now() - started)));
    return;
  }
  const env = process.env;
  const backoff = Number(env.WSL_READY_BACKOFF_MS);
  const backoffMs = Number.isFinite(backoff) && backoff >= 0 ? backoff : 15e3;
  const retry2 = { baseDelayMs: Math.min(backoffMs, 1e3) };
  await setup(
    inputs,
    {
      env,
      platform: process.platform,
      arch: env.RUNNER_ARCH || process.arch,
      ...process.platform === "win32" ? { windowsRelease: release() } : {},
      runner: new NodeCommandRunner({ defaultTimeoutMs: 2 * MINUTE }),
      cache: selectCacheStore(env, { retry: retry2, debug }),
      artifacts: createArtifactClient({ env, retry: retry2, debug }),
      node: process.execPath,
      bundle: fileURLToPath(import.meta.url),
      backoffMs
    },
    started
  );
}
function deadEndError(end) {
  switch (end.kind) {
    case "hosted-arm64":
      return new PreflightError(
        `WSL cannot run on GitHub's hosted Arm64 Windows runners (windows-11-arm). ${end.detail}`,
        "Run this job on windows-2025 or windows-2022 (x64), or on a self-hosted Arm64 machine with virtualization enabled."
      );
    case "service-account":
      return new PreflightError(
        `The runner runs as a service account. ${end.detail}`,
        "Run the self-hosted runner service as a normal user account (the one that uses WSL), or run the runner interactively (run.cmd)."
      );
    case "azure-devops-hosted":
      return new PreflightError(
        end.detail,
        "Use a self-hosted agent on a machine with virtualization, or a GitHub-hosted windows-2025 runner."
      );
  }
}
function preflight(env, arch2) {
  const [end] = findDeadEnds(env, arch2.toLowerCase());
  if (end) throw deadEndError(end);
}
function checkWsl2Build(inputs, version2, arch2) {
  if (inputs.wslVersion !== 2) return;
  const parts = splitWindowsVersion(version2);
  if (!parts || !cannotRunWsl2(parts.build, parts.ubr, arch2.toLowerCase())) return;
  throw new PreflightError(
    `Windows build ${version2?.trim()} cannot run WSL 2, which needs build 19041 (version 2004) or later (18362/18363 with update revision 1049 or later).`,
    "Use `wsl-version: 1` on this machine, update Windows, or run the job on windows-2025 or windows-2022."
  );
}
async function probeWsl(wsl, ctx) {
  const answer = await wsl.attempt(ctx, { args: wslVersionArgs() });
  const parsed2 = parseVersion(answer.stdout);
  if (answer.result.exitCode === 0 && parsed2.value.wslVersion) return { kind: "store", info: parsed2.value };
  if (parsed2.value.inbox) return { kind: "inbox", info: null };
  const failure2 = wsl.failure(wslVersionArgs(), answer);
  if (failure2 instanceof WslCommandError && failure2.details.symbol === "WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED") {
    return { kind: "absent", info: null };
  }
  throw failure2;
}
function windowsPathFor(paths, hostPath, what) {
  return paths.requireWindows(hostPath, what);
}
async function setup(inputs, deps, started = performance.now()) {
  const { env } = deps;
  const phases = new PhaseRunner({ startGroup, endGroup, info });
  const wslChoice = resolveWslExecutable(env, deps.platform);
  if (!wslChoice) throw new PreflightError("No wsl executable was found.", "Run this action on a Windows runner.");
  const wsl = new WslClient(deps.runner, wslChoice.file);
  const timeout = (phase) => inputs.timeoutMinutes[phase] * MINUTE;
  const facts = { arch: deps.arch, distros: [], checks: [], phases: phases.records, warnings: [] };
  const check = (c) => facts.checks.push({ durationMs: 0, ...c });
  const paths = createHostPaths(env, deps.platform);
  const temp = join6(env.RUNNER_TEMP || tmpdir2(), "wsl-ready");
  mkdirSync2(temp, { recursive: true });
  let cacheHit = false;
  let cache = inputs.cache ? deps.cache : void 0;
  let cacheStatus = cache ? "pass" : "skip";
  let cacheNote = inputs.cache ? "No cache store is available to this build." : "Turned off (cache: false).";
  let cacheFailed = false;
  let probe;
  let wslInfo;
  let failure2;
  try {
    preflight(env, deps.arch);
    checkWsl2Build(inputs, deps.windowsRelease, deps.arch);
    if (deps.platform === "win32" && !existsSync3(wslChoice.file)) {
      throw new PreflightError(
        `WSL is not available: ${wslChoice.file} does not exist.`,
        'Enable the "Windows Subsystem for Linux" optional component, or use a windows-2022 / windows-2025 runner.'
      );
    }
    const arch2 = catalogueArch(deps.arch);
    if (!arch2)
      throw new PreflightError(
        `The runner architecture ${deps.arch} has no WSL distributions.`,
        "Use an x64 or Arm64 Windows runner."
      );
    const catalogue = loadCatalogue(env);
    const pinned = inputs.source ? void 0 : findCatalogueFile(catalogue, inputs.distribution, arch2);
    const listed = await phases.run("probe", { timeoutMs: 2 * MINUTE }, async (ctx) => {
      wslInfo = await probeWsl(wsl, ctx);
      checkWsl2Build(inputs, wslInfo.info?.windowsVersion, deps.arch);
      if (wslInfo.kind === "absent") {
        throw new PreflightError(
          'WSL is not enabled on this machine (the "Windows Subsystem for Linux" optional component is missing).',
          "Run `wsl --install --no-distribution` as an administrator and reboot, or use a windows-2022 / windows-2025 runner."
        );
      }
      const answer = await wsl.attempt(ctx, { args: wslListVerboseArgs() });
      return parseListVerbose(answer.stdout).value.distros;
    });
    check({
      id: "setup.preflight",
      area: "setup",
      title: "Runner can use WSL",
      status: "pass",
      summary: `WSL answers (${wslInfo?.kind === "store" ? `WSL ${wslInfo.info?.wslVersion}` : "inbox WSL"}).`
    });
    const wslPackage = pinnedWslPackage(arch2);
    const platformPlan = planPlatform({
      kind: wslInfo.kind,
      version: wslInfo.info?.wslVersion ?? null,
      inputs,
      needsInstallCommand: !pinned && !inputs.source,
      msiVersion: wslPackage?.version,
      canRunMsi: deps.platform === "win32"
    });
    if (platformPlan.action === "update") {
      await phases.run(
        "platform-update",
        { timeoutMs: timeout("platform-update"), inputKey: "platform-update" },
        async (ctx) => {
          info(`Updating WSL: ${platformPlan.reason}.`);
          let done = false;
          for (const strategy of platformPlan.strategies) {
            try {
              if (strategy === "msi" && wslPackage) await installMsi(deps, ctx, wslPackage.file, temp);
              else await webUpdate(wsl, ctx, deps.backoffMs);
              done = true;
              break;
            } catch (error3) {
              if (ctx.signal.aborted) throw error3;
              warning(`WSL update by ${strategy} failed: ${error3.message}`);
            }
          }
          if (!done)
            throw new WslReadyError(
              "platform-update",
              "WSL could not be updated by any method. Retry the job; on self-hosted runners run `wsl --update` once by hand."
            );
          wslInfo = await probeWsl(wsl, ctx);
          if (wslInfo.kind !== "store")
            throw new WslReadyError(
              "platform-update",
              "WSL still reports the inbox version after the update. A reboot may be pending: retry on a fresh runner."
            );
        }
      );
      check({
        id: "setup.platform",
        area: "setup",
        title: "WSL package",
        status: "pass",
        summary: `Updated to WSL ${wslInfo?.info?.wslVersion} (${platformPlan.reason}).`
      });
    } else {
      phases.skip("platform-update", "WSL is recent enough");
    }
    const existing = listed.find((d) => d.name.toLowerCase() === inputs.distribution.toLowerCase());
    const installRoot = join6(
      env.LOCALAPPDATA || env.RUNNER_TEMP || tmpdir2(),
      "wsl-ready",
      "distros",
      inputs.distribution
    );
    const downloadHost = join6(temp, `${inputs.distribution}.download`);
    const cacheTarHost = join6(temp, `${inputs.distribution}.cache.tar`);
    const key = cacheKey({
      inputs,
      arch: arch2,
      imageFile: inputs.source?.sha256 ?? pinned?.file.sha256 ?? `online:${inputs.distribution}`
    });
    if (!existing && cache?.unavailableReason) {
      const why = `The provisioned distribution is not cached: ${cache.unavailableReason} On self-hosted runners, set WSL_READY_CACHE_DIR to a folder that outlives jobs; or set cache: false.`;
      warning(why);
      [cache, cacheStatus, cacheNote] = [void 0, "skip", why];
    }
    if (!existing && cache) {
      const store = cache;
      try {
        cacheHit = await phases.run(
          "cache-restore",
          { timeoutMs: timeout("download"), inputKey: "download" },
          async (ctx) => {
            const outcome = await store.restore(key, cacheTarHost, ctx.signal);
            if (outcome.hit) {
              info(`Cache hit: ${key} (${store.description}${sizeText(outcome.sizeBytes, outcome.storedBytes)}).`);
              ctx.markCached();
              return true;
            }
            if (outcome.level === "warning") warning(outcome.message);
            else info(`Cache miss: ${key}. ${outcome.message}`);
            if (outcome.failed) [cacheFailed, cacheStatus, cacheNote] = [true, "warn", outcome.message];
            return false;
          }
        );
      } catch (error3) {
        warning(`Cache not restored: ${error3.message}`);
        [cacheFailed, cacheStatus, cacheNote] = [true, "warn", `Cache not restored: ${error3.message}`];
        rmSync(cacheTarHost, { force: true });
      }
      if (cacheHit) cacheNote = `Hit: ${key} (${store.description}).`;
    }
    const plan = planInstall({
      inputs,
      alreadyInstalled: Boolean(existing),
      ...cacheHit ? { cacheFile: windowsPathFor(paths, cacheTarHost, "cache file") } : {},
      ...pinned ? { catalogueFile: pinned.file } : {},
      installLocation: windowsPathFor(paths, installRoot, "install location"),
      downloadFile: windowsPathFor(paths, downloadHost, "download file"),
      ...inputs.source?.kind === "path" ? { sourceFile: windowsPathFor(paths, inputs.source.location, "source") } : {}
    });
    if (plan.method === "import") {
      await phases.run("download", { timeoutMs: timeout("download"), inputKey: "download" }, async (ctx) => {
        const result2 = await downloadVerified({
          urls: plan.urls,
          sha256: plan.sha256,
          ...plan.sizeBytes !== void 0 ? { sizeBytes: plan.sizeBytes } : {},
          dest: downloadHost,
          signal: ctx.signal,
          baseDelayMs: deps.backoffMs,
          log: info
        });
        info(`Downloaded ${result2.bytes} bytes from ${result2.url}; SHA-256 verified.`);
      });
    } else if (plan.method === "import-file") {
      await phases.run("download", { timeoutMs: timeout("download"), inputKey: "download" }, async () => {
        const sha = await sha256OfFile(plan.path);
        if (sha !== plan.sha256)
          throw new DownloadError(
            `The source file ${plan.path} has SHA-256 ${sha}, not ${plan.sha256} from source-sha256.`
          );
        info(`Source file ${plan.path}: SHA-256 verified.`);
      });
    } else {
      phases.skip(
        "download",
        plan.method === "cache" ? "restored from the cache" : plan.method === "existing" ? "already installed" : "wsl.exe downloads it",
        plan.method === "cache" ? "cached" : "skipped"
      );
    }
    if (plan.method === "existing") {
      if (existing && existing.version !== inputs.wslVersion) {
        await phases.run("install", { timeoutMs: timeout("install"), inputKey: "install" }, async (ctx) => {
          info(`${inputs.distribution} is WSL ${existing.version}; converting to WSL ${inputs.wslVersion}.`);
          await wsl.run(ctx, { args: wslSetVersionArgs(inputs.distribution, inputs.wslVersion) });
        });
      } else {
        phases.skip("install", `${inputs.distribution} is already installed`);
      }
    } else {
      await phases.run("install", { timeoutMs: timeout("install"), inputKey: "install" }, async (ctx) => {
        mkdirSync2(installRoot, { recursive: true });
        await wsl.run(ctx, { args: plan.args });
        if (plan.method === "cache") ctx.markCached();
      });
      rmSync(downloadHost, { force: true });
      rmSync(cacheTarHost, { force: true });
    }
    check({
      id: "setup.distribution",
      area: "setup",
      title: "Distribution installed",
      status: "pass",
      summary: `${inputs.distribution} (WSL ${inputs.wslVersion}) ${{ existing: "was already installed", cache: "was imported from the cache", import: "was downloaded (SHA-256 verified) and imported", "import-file": "was imported from the source file (SHA-256 verified)", "web-install": "was installed by wsl --install --web-download" }[plan.method]}.`
    });
    let confChanged = false;
    let automountRoot = "/mnt/";
    await phases.run("configure", { timeoutMs: 5 * MINUTE }, async (ctx) => {
      const asRoot = (command, input) => wsl.run(ctx, {
        args: wslExecArgs({ distribution: inputs.distribution, user: "root", command }).args,
        ...input !== void 0 ? { input } : {}
      });
      probe = parseProbe((await asRoot(scriptCommand(PROBE_SCRIPT, [inputs.user]))).stdout);
      const patch = structuredClone(inputs.wslConf);
      if (inputs.user !== "root" && patch.user?.default === void 0)
        patch.user = { ...patch.user, default: inputs.user };
      const merged = mergeConfig(probe.wslConf, patch, { kind: "wslconf" });
      for (const warning2 of merged.warnings) warning(`wsl.conf: ${warning2}`);
      confChanged = merged.changed;
      const root = parseConfigPatch(merged.text, { kind: "wslconf" }).patch.automount?.root;
      if (typeof root === "string" && root.trim()) automountRoot = root.trim();
      const needUser = inputs.user !== "root" && (!probe.userExists || !cacheHit);
      if (confChanged || needUser) {
        const text2 = merged.text.endsWith("\n") || merged.text === "" ? merged.text : `${merged.text}
`;
        await asRoot(
          scriptCommand(CONFIGURE_SCRIPT, [inputs.user, confChanged ? "1" : "0", inputs.docker ? "1" : "0"]),
          confChanged ? text2 : ""
        );
        info(
          `wsl.conf: ${merged.changes.filter((c) => c.action !== "unchanged").map((c) => `${c.section}.${c.key} ${c.action}`).join(", ") || "unchanged"}.`
        );
      }
      mergeWslconfig(inputs, env);
      if (confChanged) await wsl.run(ctx, { args: wslTerminateArgs(inputs.distribution) });
      const currentDefault = listed.find((d) => d.default)?.name;
      if (inputs.setAsDefault && currentDefault?.toLowerCase() !== inputs.distribution.toLowerCase() && (existing || listed.length > 0)) {
        await wsl.run(ctx, { args: wslSetDefaultArgs(inputs.distribution) });
      }
    });
    const needBash = probe && !probe.bash && probe.packageManager === "apk";
    const wantsPackages = inputs.packages.length > 0 || inputs.update || inputs.docker || needBash;
    if (wantsPackages && !cacheHit) {
      await phases.run("packages", { timeoutMs: timeout("packages"), inputKey: "packages" }, async (ctx) => {
        const args = wslExecArgs({
          distribution: inputs.distribution,
          user: "root",
          command: scriptCommand(PACKAGES_SCRIPT, [
            inputs.docker ? "1" : "0",
            inputs.update ? "1" : "0",
            ...inputs.packages
          ])
        }).args;
        const answer = await wsl.attempt(ctx, { args });
        process.stdout.write(answer.stdout);
        if (answer.result.exitCode !== 0) {
          throw new ProvisionError(
            `Installing packages failed with exit code ${answer.result.exitCode}:
${answer.stderr.trim().split("\n").slice(-10).join("\n")}
Check the package names for this distribution, or raise timeout-minutes packages=<minutes> if the mirror is slow.`
          );
        }
      });
      if (needBash && probe) probe.bash = "/bin/bash";
    } else {
      phases.skip(
        "packages",
        cacheHit ? "baked into the cached image" : "nothing to install",
        cacheHit ? "cached" : "skipped"
      );
    }
    if (cache && !cacheHit && plan.method !== "existing") {
      const store = cache;
      if (cacheFailed) {
        phases.skip("cache-save", "the cache failed on restore, so a save would fail too");
      } else {
        try {
          await phases.run("cache-save", { timeoutMs: timeout("install"), inputKey: "install" }, async (ctx) => {
            await wsl.run(ctx, {
              args: wslExportArgs({
                distribution: inputs.distribution,
                file: windowsPathFor(paths, cacheTarHost, "cache file")
              })
            });
            const outcome = await store.save(key, cacheTarHost, ctx.signal);
            if (outcome.saved) {
              info(`Saved ${key} (${store.description}${sizeText(outcome.sizeBytes, outcome.storedBytes)}).`);
              cacheNote = `Miss: ${key}; saved for the next run (${store.description}).`;
              return;
            }
            if (outcome.level === "warning") {
              warning(outcome.message);
              cacheStatus = "warn";
            } else info(outcome.message);
            cacheNote = `Miss: ${key}. ${outcome.message}`;
          });
        } catch (error3) {
          const why = `The provisioned distribution was not cached: ${error3.message}`;
          warning(why);
          [cacheStatus, cacheNote] = ["warn", why];
        } finally {
          rmSync(cacheTarHost, { force: true });
        }
      }
    } else if (cache && plan.method === "existing") {
      [cacheStatus, cacheNote] = ["skip", `${inputs.distribution} was already installed; nothing to restore or save.`];
    }
    check({
      id: "setup.cache",
      area: "setup",
      title: "Provisioned distribution cache",
      status: cacheStatus,
      summary: cacheNote
    });
    if (inputs.docker) {
      await phases.run("docker", { timeoutMs: 5 * MINUTE }, async (ctx) => {
        await wsl.run(ctx, {
          args: wslExecArgs({
            distribution: inputs.distribution,
            user: "root",
            command: scriptCommand(DOCKER_START_SCRIPT, [])
          }).args
        });
      });
      saveState(STATE_SHUTDOWN, "true");
      setOutput("docker-host", "tcp://127.0.0.1:2375");
    }
    const shell = probe?.bash ? [probe.bash, "--noprofile", "--norc", "-euo", "pipefail"] : ["/bin/sh", "-eu"];
    if (!probe?.bash)
      warning(`${inputs.distribution} has no bash: wsl-bash steps run /bin/sh -eu instead. Add bash to packages.`);
    const binDir = join6(temp, "bin");
    writeWrappers({
      dir: binDir,
      node: deps.node,
      bundle: deps.bundle,
      windows: deps.platform === "win32",
      config: {
        wsl: wslChoice.file,
        distribution: inputs.distribution,
        user: inputs.user,
        shell,
        automountRoot,
        envPassthrough: inputs.envPassthrough,
        baseline: environmentBaseline(env),
        ...deps.platform !== "win32" && env.WSL_READY_MNT_ROOT ? { mntRoot: env.WSL_READY_MNT_ROOT } : {}
      }
    });
    addPath(binDir);
    check({
      id: "setup.shell",
      area: "setup",
      title: "wsl-bash shell",
      status: "pass",
      summary: `\`shell: wsl-bash {0}\` and \`wsl-bash-${inputs.distribution} {0}\` run as ${inputs.user} with ${shell.join(" ")}.`
    });
    setOutput("distribution", inputs.distribution);
    setOutput("wsl-version", String(probe?.wslGeneration ?? inputs.wslVersion));
    setOutput("kernel-version", probe?.kernelRelease ?? "");
    setOutput("shell", "wsl-bash {0}");
    setOutput("wsl-ip", probe?.ip ?? "");
    setOutput("cache-hit", String(cacheHit));
  } catch (error3) {
    failure2 = error3;
    check({
      id: "setup.failed",
      area: "setup",
      title: "setup-wsl2 finished",
      status: "fail",
      summary: (error3 instanceof Error ? error3.message : String(error3)).slice(0, 2e3),
      ...error3 instanceof PreflightError ? { remediation: error3.remediation } : {}
    });
  }
  info(`wsl.exe calls during setup: ${wsl.calls}`);
  const durationMs2 = Math.round(performance.now() - started);
  setOutput("duration-ms", String(durationMs2));
  const wslFacts = reportWsl(wslInfo, inputs);
  if (wslFacts) facts.wsl = wslFacts;
  facts.distros = reportDistros(inputs, probe, failure2 === void 0);
  if (wslInfo?.info?.windowsVersion) facts.windowsBuild = wslInfo.info.windowsVersion;
  if (inputs.report) await writeReport(facts, inputs, deps);
  if (failure2) throw failure2;
}
function reportWsl(probe, inputs) {
  if (!probe) return void 0;
  return {
    installed: probe.kind !== "absent",
    kind: probe.kind === "absent" ? null : probe.kind,
    version: probe.info?.wslVersion ?? null,
    kernelVersion: probe.info?.kernelVersion ?? null,
    wslgVersion: probe.info?.wslgVersion ?? null,
    defaultDistribution: inputs.setAsDefault ? inputs.distribution : null,
    defaultVersion: null
  };
}
function reportDistros(inputs, probe, ok) {
  if (!ok || !probe) return [];
  const os6 = probe.osRelease;
  return [
    {
      name: inputs.distribution,
      state: "Running",
      version: probe.wslGeneration ?? inputs.wslVersion,
      default: inputs.setAsDefault,
      ...os6 ? { osRelease: reportOsRelease(os6) } : {}
    }
  ];
}
async function writeReport(facts, inputs, deps) {
  try {
    const report = buildReport(facts, deps.env, inputs.matrix);
    const written = await publishReportArtifact(report, {
      env: deps.env,
      matrix: inputs.matrix,
      ...deps.artifacts ? { artifacts: deps.artifacts } : {},
      io: core_exports
    });
    setOutput("report-path", written.path);
    const summary2 = await writeJobSummary(renderSummary(report, deps.env), deps.env);
    if (summary2.truncated) info("The job summary was shortened to fit the 1 MiB limit; the artifact has it all.");
  } catch (error3) {
    warning(`The readiness report could not be written: ${error3.message}`);
  }
}
function sizeText(bytes, storedBytes) {
  const mib = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes === void 0) return "";
  return storedBytes === void 0 ? `, ${mib(bytes)}` : `, ${mib(bytes)} tar, ${mib(storedBytes)} compressed`;
}
function mergeWslconfig(inputs, env) {
  const patch = structuredClone(inputs.wslconfig);
  if (inputs.docker) {
    patch.wsl2 = { vmIdleTimeout: -1, ...patch.wsl2 };
    patch.general = { instanceIdleTimeout: -1, ...patch.general };
  }
  if (Object.keys(patch).length === 0) return;
  const file = join6(env.USERPROFILE || homedir(), ".wslconfig");
  const before = existsSync3(file) ? readFileSync2(file, "utf8") : "";
  const merged = mergeConfig(before, patch, { kind: "wslconfig" });
  if (!merged.changed) return;
  mkdirSync2(dirname3(file), { recursive: true });
  writeFileSync2(file, merged.text.replace(/\r\n/g, "\n"));
  info(
    `.wslconfig: ${merged.changes.filter((c) => c.action !== "unchanged").map((c) => `${c.section}.${c.key} ${c.action}`).join(", ")} (applies when the WSL VM next starts).`
  );
}
async function installMsi(deps, ctx, file, temp) {
  const msi = join6(temp, "wsl.msi");
  await downloadVerified({
    urls: [file.url, ...file.mirrors ?? []],
    sha256: file.sha256,
    ...file.sizeBytes !== void 0 ? { sizeBytes: file.sizeBytes } : {},
    dest: msi,
    signal: ctx.signal,
    baseDelayMs: deps.backoffMs,
    log: info
  });
  const msiexec = join6(deps.env.SystemRoot || "C:\\Windows", "System32", "msiexec.exe");
  const result2 = await deps.runner.run(msiexec, ["/i", msi, "/qn", "/norestart"], {
    timeoutMs: ctx.remainingMs(),
    signal: ctx.signal
  });
  rmSync(msi, { force: true });
  if (![0, 1641, 3010].includes(result2.exitCode)) {
    throw new WslReadyError("msi", `msiexec failed with exit code ${result2.exitCode} installing the WSL package.`);
  }
}
async function webUpdate(wsl, ctx, backoffMs) {
  await retry(
    async () => {
      await wsl.run(ctx, { args: wslUpdateArgs({ webDownload: true }) });
    },
    {
      attempts: 3,
      baseDelayMs: backoffMs,
      maxDelayMs: Math.max(backoffMs * 4, 1),
      shouldRetry: () => !ctx.signal.aborted,
      onRetry: (error3, attempt, delay) => info(
        `wsl --update attempt ${attempt} failed (${error3.message.split("\n")[0]}); retrying in ${Math.round(delay / 1e3)} s.`
      )
    }
  );
}
async function post() {
  if (getState(STATE_SHUTDOWN) !== "true") return;
  const wslChoice = resolveWslExecutable(process.env, process.platform);
  if (!wslChoice) return;
  try {
    const result2 = await new NodeCommandRunner().run(wslChoice.file, wslShutdownArgs(), { timeoutMs: 2 * MINUTE });
    info(
      result2.exitCode === 0 ? "Stopped the WSL VM that Docker kept running." : `wsl --shutdown exited with ${result2.exitCode}.`
    );
  } catch (error3) {
    warning(`Post step: ${error3.message}`);
  }
}

// packages/setup-wsl2/src/shell/step.ts
import { readFileSync as readFileSync3, writeFileSync as writeFileSync3 } from "node:fs";
var NEVER_FORWARDED = new Set(
  [
    "PATH",
    "PATHEXT",
    "WSLENV",
    "WSL_UTF8",
    "SYSTEMROOT",
    "SYSTEMDRIVE",
    "WINDIR",
    "COMSPEC",
    "TEMP",
    "TMP",
    "TMPDIR",
    "USERPROFILE",
    "HOMEDRIVE",
    "HOMEPATH",
    "HOME",
    "APPDATA",
    "LOCALAPPDATA",
    "PROGRAMDATA",
    "PROGRAMFILES",
    "PUBLIC",
    "ALLUSERSPROFILE",
    "PSMODULEPATH",
    "PWD",
    "OLDPWD",
    "SHELL",
    "USER",
    "USERNAME",
    "LOGNAME",
    "LANG",
    "TERM",
    "NODE_OPTIONS",
    "SHLVL",
    "_"
  ].map((name) => name.toLowerCase())
);
var NEVER_PREFIXES = ["wsl_ready_", "wsl_twin_", "lc_", "state_", "input_"];
var PATH_VARIABLES = /* @__PURE__ */ new Set([
  "GITHUB_WORKSPACE",
  "GITHUB_OUTPUT",
  "GITHUB_ENV",
  "GITHUB_PATH",
  "GITHUB_STATE",
  "GITHUB_STEP_SUMMARY",
  "GITHUB_EVENT_PATH",
  "GITHUB_ACTION_PATH",
  "RUNNER_TEMP",
  "RUNNER_TOOL_CACHE",
  "RUNNER_WORKSPACE"
]);
var NAME2 = /^[A-Za-z_][A-Za-z0-9_]*$/;
function forwardedVariables(env, config2, paths) {
  const out = {};
  if (!config2.envPassthrough) return out;
  for (const [name, value] of Object.entries(env)) {
    if (value === void 0 || !NAME2.test(name) || value.includes("\0")) continue;
    const lower = name.toLowerCase();
    if (NEVER_FORWARDED.has(lower) || NEVER_PREFIXES.some((prefix) => lower.startsWith(prefix))) continue;
    const github = name === "CI" || name.startsWith("GITHUB_") || name.startsWith("RUNNER_");
    const changed = config2.baseline[name] !== valueHash(value);
    if (!github && !changed) continue;
    out[name] = PATH_VARIABLES.has(name) ? paths.toLinux(value) ?? value : value;
  }
  return out;
}
function stepInvocation(config2, scriptPath, cwd, env) {
  const paths = createHostPaths(
    config2.mntRoot ? { ...env, WSL_READY_MNT_ROOT: config2.mntRoot } : env,
    config2.mntRoot ? "linux" : "win32",
    config2.automountRoot
  );
  const script = paths.toLinux(scriptPath);
  if (!script) throw new Error(`wsl-bash: the script ${scriptPath} has no path inside the distribution.`);
  const linuxCwd = paths.toLinux(cwd);
  const invocation = wslExecArgs({
    distribution: config2.distribution,
    user: config2.user,
    ...linuxCwd ? { cwd: linuxCwd } : {},
    command: [...config2.shell, script],
    env: forwardedVariables(env, config2, paths),
    ...env.WSLENV ? { baseWslenv: env.WSLENV } : {}
  });
  return invocation;
}
async function runStep(argv, runner = new NodeCommandRunner(), env = process.env, cwd = process.cwd()) {
  const [configPath, scriptPath] = argv;
  if (!configPath || !scriptPath) {
    process.stderr.write("wsl-bash: usage: wsl-bash <script> (use it as `shell: wsl-bash {0}`)\n");
    return 2;
  }
  const config2 = JSON.parse(readFileSync3(configPath, "utf8"));
  const text2 = readFileSync3(scriptPath, "utf8");
  if (text2.includes("\r")) writeFileSync3(scriptPath, text2.replace(/\r/g, ""));
  const invocation = stepInvocation(config2, scriptPath, cwd, env);
  try {
    const result2 = await runner.run(config2.wsl, invocation.args, {
      env: invocation.env,
      stdio: "inherit",
      // A step runs as long as the job lets it: the workflow's timeout-minutes (or a cancel) ends it.
      timeoutMs: MAX_TIMER_MS
    });
    return result2.rawExitCode ?? result2.exitCode;
  } catch (error3) {
    process.stderr.write(`wsl-bash: ${error3.message}
`);
    return error3 instanceof CommandNotFoundError ? 127 : 1;
  }
}

// packages/setup-wsl2/src/index.ts
if (process.argv[2] === "wsl-bash") {
  process.exitCode = await runStep(process.argv.slice(3));
} else {
  await runAction({ io: core_exports, main, post });
}
