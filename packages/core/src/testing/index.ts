// Test helpers for packages that use @wsl-ready/core (`@wsl-ready/core/testing`).
export {
  type ArgsMatcher,
  type FakeCall,
  type FakeEncoding,
  type FakeResponder,
  type FakeResponse,
  type FakeRuleBuilder,
  FakeRunner,
  type FakeRunnerOptions,
  type FileMatcher,
  UnexpectedCommandError,
} from './fake-runner.js';
export { wslText } from './wsl-text.js';
