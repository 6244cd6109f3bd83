/**
 * How wsl.exe writes its own text: the CRT turns every "\n" into "\r\n", and the stream is UTF-16LE without a BOM
 * unless WSL_UTF8 is exactly "1" on a package build (the inbox binary ignores it).
 */
export type WslEncoding = 'utf-16le' | 'utf-8';

export function encodingFor(kind: 'absent' | 'inbox' | 'store', wslUtf8: string | undefined): WslEncoding {
  return kind === 'store' && wslUtf8 === '1' ? 'utf-8' : 'utf-16le';
}

export function encodeWslText(text: string, encoding: WslEncoding): Buffer {
  const crlf = text.replace(/\n/g, '\r\n');
  return Buffer.from(crlf, encoding === 'utf-8' ? 'utf8' : 'utf16le');
}

/** Collects what one call prints, per stream, in wsl.exe's encoding. */
export class WslOutput {
  private readonly chunks: { stream: 'stdout' | 'stderr'; bytes: Buffer }[] = [];
  constructor(readonly encoding: WslEncoding) {}

  /** PrintMessage: the text plus a line break. */
  line(text: string, stream: 'stdout' | 'stderr' = 'stdout'): void {
    this.chunks.push({ stream, bytes: encodeWslText(`${text}\n`, this.encoding) });
  }

  /** Writes collected text to the real streams; resolves when flushed. */
  async flush(): Promise<void> {
    for (const { stream, bytes } of this.chunks.splice(0)) {
      const target = stream === 'stdout' ? process.stdout : process.stderr;
      await new Promise<void>((resolve) => {
        if (target.write(bytes)) resolve();
        else target.once('drain', () => resolve());
      });
    }
  }
}
