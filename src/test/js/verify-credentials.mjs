// Checks credentials issued by a running CTHB Readiness with tools that are not ours (run by the JUnit test
// org.cthb.readiness.certificate.VerifiersTest; install once with `npm ci` in this folder):
//  - the Digital Credentials Consortium's verifier (@digitalcredentials/verifier-core), on the credential with
//    the embedded eddsa-rdfc-2022 proof: signature, did:web issuer, expiry, revocation via the status list;
//  - the Open Badges 3.0 JSON Schema (ajv, draft 2019-09), on that credential and on the VC-JWT payload;
//  - the VC-JWT with the JOSE library `jose`: header typ vc+jwt, key fetched from the kid URL.
//
// Usage: node verify-credentials.mjs <server origin> <public origin> <credential.json> <credential.jwt>
// Prints one JSON object with what each tool found. Nothing leaves the machine: every request to the public
// origin (http or https, since did:web always means https) goes to the test server, the OB schema comes from
// the test resources, and any other address is refused.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const [server, publicOrigin, credentialFile, jwtFile] = process.argv.slice(2);
if (!jwtFile) {
  console.error('usage: node verify-credentials.mjs <server origin> <public origin> <credential.json> <credential.jwt>');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const SCHEMA_URL = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';
const schemaText = readFileSync(path.join(here, '../resources/ob3/ob_v3p0_achievementcredential_schema.json'), 'utf8');
const publicHost = new URL(publicOrigin).host;
const fetched = [];

const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const request = input instanceof Request ? input : new Request(input, init);
  const url = new URL(request.url);
  fetched.push(request.url);
  if (request.url === SCHEMA_URL) {
    return new Response(schemaText, { headers: { 'content-type': 'application/json' } });
  }
  if (url.host === publicHost) {
    const target = server + url.pathname + url.search;
    return realFetch(new Request(target, request));
  }
  throw new TypeError(`offline: refused to fetch ${request.url}`);
};

// Imported after the fetch shim, so that their HTTP client (ky, on the global fetch) goes through it.
const { verifyCredential } = await import('@digitalcredentials/verifier-core');
const { Ajv2019 } = await import('ajv/dist/2019.js');
const addFormats = (await import('ajv-formats')).default;
const jose = await import('jose');

const result = {};
const credential = JSON.parse(readFileSync(credentialFile, 'utf8'));
const jwt = readFileSync(jwtFile, 'utf8').trim();

// 1. verifier-core
const verified = await verifyCredential({ credential, knownDIDRegistries: [] });
result.verifierCore = {
  errors: (verified.errors ?? []).map(e => ({ name: e.name, message: e.message })),
  log: Object.fromEntries((verified.log ?? []).map(step => [step.id, step.valid ?? false])),
  statusError: (verified.log ?? []).find(step => step.error)?.error?.message ?? null
};

// 2. JSON Schema
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(schemaText));
const schemaErrors = doc => (validate(doc) ? [] : validate.errors.map(e => `${e.instancePath} ${e.message}`));
result.schema = { dataIntegrity: schemaErrors(credential) };

// 3. JOSE
try {
  const header = jose.decodeProtectedHeader(jwt);
  result.jose = { typ: header.typ, alg: header.alg, kid: header.kid };
  const response = await fetch(header.kid);
  result.jose.kidStatus = response.status;
  const jwk = await response.json();
  const key = await jose.importJWK(jwk, header.alg);
  const { payload } = await jose.jwtVerify(jwt, key, { typ: 'vc+jwt', algorithms: ['RS256'] });
  result.jose.verified = true;
  result.jose.payloadId = payload.id;
  result.jose.payloadHasVcClaim = 'vc' in payload;
  result.jose.issuerMatches = payload.iss === (payload.issuer?.id ?? payload.issuer);
  result.schema.jwtPayload = schemaErrors(payload);
} catch (e) {
  result.jose = { ...(result.jose ?? {}), verified: false, error: String(e) };
}

result.refused = fetched.filter(u => u !== SCHEMA_URL && new URL(u).host !== publicHost);
console.log(JSON.stringify(result));
