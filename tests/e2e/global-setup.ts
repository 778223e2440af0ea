// A second site for tests/e2e/pages.spec.ts, which the server serves under /e2e-site/:
// story-pages (the build's own hook, src/bin/story-pages.rs) run over data/ and the test
// stories in tests/e2e/fixtures/stories/, with the release build's index.html as the
// template, into target/e2e-site/. So a second story gets its page, and a broken one its
// listing on editors.html, without a test story ever entering data/ or dist/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const E2E_SITE = 'target/e2e-site';
/** The editors' build: `trunk build` (debug, as `make serve`), which validates `?story=`. */
const E2E_EDITORS = 'target/e2e-editors';

export default function globalSetup(): void {
  const root = resolve(__dirname, '..', '..');
  const out = join(root, E2E_SITE);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const env = { ...process.env };
  // As scripts/story-pages.sh: an ordinary host build, whatever the shell exported.
  for (const name of ['CARGO_UNSTABLE_BUILD_STD', 'CARGO_UNSTABLE_BUILD_STD_FEATURES', 'RUSTC_BOOTSTRAP', 'CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS']) {
    delete env[name];
  }
  execFileSync(
    'cargo',
    ['run', '--quiet', '--bin', 'story-pages', '--', '--template', process.env.DIST ?? 'dist',
      '--out', out, 'data', 'tests/e2e/fixtures/stories'],
    { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  // The reader's release wasm carries no story validator; the error panels of previews are
  // tested on the editors' build, served on its own origin (playwright.config.ts).
  execFileSync('trunk', ['build', '--dist', E2E_EDITORS], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Its editors.html lists the test stories too, and previews them with the validator.
  execFileSync(
    'cargo',
    ['run', '--quiet', '--bin', 'story-pages', '--', '--template', E2E_EDITORS,
      '--out', E2E_EDITORS, 'data', 'tests/e2e/fixtures/stories'],
    { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}
