export default async function globalTeardown() {
  const child = globalThis.__THINLINE_E2E__;
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  }
}
