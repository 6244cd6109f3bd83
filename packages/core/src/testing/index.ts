// Test helpers for packages that use @wsl-ready/core (`@wsl-ready/core/testing`).
export {};
