// Waits for Strapi's /_health, then makes sure there is an admin and a full-access API token.
// Usage: node provision.js URL PID [EXISTING_TOKEN]; prints the token on stdout, nothing else.
// An existing token is kept when Strapi still accepts it, so that a restart keeps the same token.
const [url, pid, existing] = process.argv.slice(2);
const admin = {
  firstname: 'Copydeck', lastname: 'CI', email: 'ci@copydeck.invalid',
  // A throwaway admin of a loopback-only test database.
  password: 'Copydeck-CI-2027',
};

async function json(path, body, headers = {}) {
  const res = await fetch(url + path, {
    method: body ? 'POST' : 'GET',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function waitForHealth(seconds) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      const res = await fetch(url + '/_health');
      if (res.status === 204 || res.status === 200) return;
    } catch (e) { /* not listening yet */ }
    try { process.kill(Number(pid), 0); } catch (e) { throw new Error(`Strapi (pid ${pid}) exited before it was healthy`); }
    if (Date.now() > deadline) throw new Error(`Strapi at ${url} not healthy after ${seconds} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function adminJwt() {
  // register-admin only works on a database without an admin: the first start.
  const registered = await json('/admin/register-admin', admin);
  if (registered.status === 200 || registered.status === 201) return registered.body.data.token;
  const login = await json('/admin/login', { email: admin.email, password: admin.password });
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return login.body.data.token;
}

async function main() {
  await waitForHealth(Number(process.env.STRAPI_START_TIMEOUT || 300));
  if (existing) {
    const probe = await json('/api/copydeck-assets?pagination[pageSize]=1', null,
      { Authorization: `Bearer ${existing}` });
    if (probe.status === 200) { process.stdout.write(existing); return; }
  }
  const jwt = await adminJwt();
  const created = await json('/admin/api-tokens',
    { name: `copydeck-ci-${Date.now()}`, description: 'Copydeck publisher tests', type: 'full-access', lifespan: null },
    { Authorization: `Bearer ${jwt}` });
  if (created.status !== 201 && created.status !== 200) {
    throw new Error(`creating the API token failed: ${created.status} ${JSON.stringify(created.body)}`);
  }
  process.stdout.write(created.body.data.accessKey);
}

main().catch((e) => { console.error(`provision: ${e.message}`); process.exit(1); });
