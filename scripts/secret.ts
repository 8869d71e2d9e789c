// The session signing secret: NEXTAUTH_SECRET when set (several instances must share it),
// otherwise one generated on first start and kept in .data/ beside the embedded database.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function sessionSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(process.cwd(), '.data', 'nextauth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}
