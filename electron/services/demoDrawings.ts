import zlib from 'node:zlib';

/**
 * Children's drawings for the demo's Barnets bog, drawn here as real PNGs (so the demo needs no image files and
 * every picture passes the host's checks like a drawing from the drawing pad): a few shapes in crayon colours.
 */
type Rgb = [number, number, number];
const W = 600;
const H = 450;
const C = { sky: [214, 236, 250], grass: [120, 190, 90], sun: [245, 200, 40], red: [211, 38, 27], blue: [31, 95, 191], brown: [122, 74, 33], skin: [240, 196, 160], black: [27, 27, 27], white: [255, 255, 255] } satisfies Record<string, Rgb>;

class Canvas {
  readonly pixels = Buffer.alloc(W * H * 3);
  constructor(background: Rgb) {
    this.rect(0, 0, W, H, background);
  }
  private set(x: number, y: number, c: Rgb): void {
    if (x < 0 || y < 0 || x >= W || y >= H) return;
    this.pixels.set(c, (Math.floor(y) * W + Math.floor(x)) * 3);
  }
  rect(x: number, y: number, w: number, h: number, c: Rgb): this {
    for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) this.set(i, j, c);
    return this;
  }
  disc(cx: number, cy: number, r: number, c: Rgb): this {
    for (let j = -r; j <= r; j++) for (let i = -r; i <= r; i++) if (i * i + j * j <= r * r) this.set(cx + i, cy + j, c);
    return this;
  }
  line(x1: number, y1: number, x2: number, y2: number, width: number, c: Rgb): this {
    const steps = Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1));
    for (let s = 0; s <= steps; s++) this.disc(x1 + ((x2 - x1) * s) / steps, y1 + ((y2 - y1) * s) / steps, width / 2, c);
    return this;
  }
  person(x: number, y: number, size: number, shirt: Rgb): this {
    this.disc(x, y - size, size / 3, C.skin).line(x, y - size + size / 3, x, y + size / 2, size / 5, shirt);
    this.line(x, y - size / 3, x - size / 2, y, size / 8, C.black).line(x, y - size / 3, x + size / 2, y, size / 8, C.black);
    return this.line(x, y + size / 2, x - size / 3, y + size, size / 8, C.black).line(x, y + size / 2, x + size / 3, y + size, size / 8, C.black);
  }
  house(x: number, y: number, c: Rgb): this {
    this.rect(x, y, 160, 120, c).rect(x + 60, y + 55, 40, 65, C.brown).rect(x + 15, y + 20, 35, 30, C.sky);
    for (let k = 0; k < 70; k++) this.line(x - 10 + k, y - k * 0.9, x + 170 - k, y - k * 0.9, 2, C.red);
    return this;
  }
  png(): Buffer {
    const chunk = (type: string, data: Buffer) => {
      const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
      const out = Buffer.alloc(4 + body.length + 4);
      out.writeUInt32BE(data.length, 0);
      body.copy(out, 4);
      out.writeUInt32BE(zlib.crc32(body), 4 + body.length);
      return out;
    };
    const header = Buffer.alloc(13);
    header.writeUInt32BE(W, 0);
    header.writeUInt32BE(H, 4);
    header.set([8, 2, 0, 0, 0], 8);
    const rows = Buffer.alloc((W * 3 + 1) * H);
    for (let y = 0; y < H; y++) this.pixels.copy(rows, y * (W * 3 + 1) + 1, y * W * 3, (y + 1) * W * 3);
    return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
  }
}

const outdoors = () => new Canvas(C.sky).rect(0, 340, W, 110, C.grass).disc(520, 70, 45, C.sun);

/** Oliver with his football; mother at home in the morning; the adults around a table; Oliver and mormor walking to school. */
export const DEMO_DRAWINGS = {
  football: () => outdoors().person(250, 280, 70, C.blue).disc(340, 375, 22, C.white).line(318, 375, 362, 375, 3, C.black).png(),
  morning: () => new Canvas([250, 236, 210]).rect(0, 330, W, 120, C.brown).rect(380, 60, 140, 110, C.sky).disc(450, 100, 25, C.sun).person(200, 260, 70, C.red).person(300, 290, 45, C.blue).png(),
  adults: () => new Canvas(C.white).rect(120, 280, 360, 30, C.brown).person(160, 220, 50, C.red).person(300, 210, 55, C.blue).person(440, 220, 50, [46, 139, 58]).png(),
  school: () => outdoors().house(380, 200, [230, 200, 120]).person(150, 270, 60, [123, 63, 160]).person(240, 290, 42, C.blue).png(),
};
