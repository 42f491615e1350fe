import type { SandboxDepartment, SandboxPerson } from './sandboxCompany';

// Turns stored people and departments into Lattice's JSON (LATTICE.md, "Users"). Every field
// Lattice sends is present, with null where Lattice sends null; the quirks change only the
// `url`s and add fields a client must ignore.

type Json = Record<string, unknown>;

export interface RenderOptions {
  /** '' for relative urls (Lattice's usual), the request's origin for the absoluteUrls quirk. */
  urlPrefix: string;
  /** The extraFields quirk: unknown fields on every object. */
  extraFields: boolean;
}

// Plausible fields Lattice could add tomorrow, one set per kind of object.
const extras: Readonly<Record<string, Json>> = {
  user: { pronouns: null, avatarUrl: null, lastActiveAt: 1761955200, legacyId: 42 },
  department: { parentDepartment: null, archived: false },
  ref: { name: null },
  link: { totalCount: null },
  list: { requestId: 'req_sandbox', apiVersion: 'v1' },
};

function withExtras(options: RenderOptions, kind: string, object: Json): Json {
  return options.extraFields ? { ...object, ...extras[kind] } : object;
}

function ref(options: RenderOptions, object: 'user' | 'department', id: string): Json {
  return withExtras(options, 'ref', { id, object, url: `${options.urlPrefix}/v1/${object}/${id}` });
}

function link(options: RenderOptions, path: string): Json {
  return withExtras(options, 'link', { object: 'list', url: `${options.urlPrefix}${path}` });
}

export function renderUser(options: RenderOptions, person: SandboxPerson): Json {
  const path = `/v1/user/${person.id}`;
  return withExtras(options, 'user', {
    id: person.id,
    object: 'user',
    url: `${options.urlPrefix}${path}`,
    name: person.name,
    preferredName: person.preferredName,
    email: person.email,
    title: person.title,
    status: person.status,
    isAdmin: person.isAdmin,
    externalUserId: person.externalUserId,
    manager: person.managerId === null ? null : ref(options, 'user', person.managerId),
    department:
      person.departmentId === null ? null : ref(options, 'department', person.departmentId),
    directReports: link(options, `${path}/directReports`),
    tasks: link(options, `${path}/tasks`),
    customAttributes: link(options, `${path}/customAttributes`),
    timezone: person.timezone,
    startDate: person.startDate,
    birthDate: null,
    gender: null,
    jobFunction: null,
    jobLevel: null,
    jobType: null,
    createdAt: person.createdAt,
    updatedAt: person.updatedAt,
  });
}

export function renderDepartment(options: RenderOptions, department: SandboxDepartment): Json {
  return withExtras(options, 'department', {
    id: department.id,
    object: 'department',
    url: `${options.urlPrefix}/v1/department/${department.id}`,
    name: department.name,
    description: department.description,
    createdAt: department.createdAt,
  });
}

export interface RenderedPage {
  data: Json[];
  hasMore: boolean;
  /** undefined leaves the field out (the omitEndingCursor quirk). */
  endingCursor: string | null | undefined;
}

export function renderList(options: RenderOptions, page: RenderedPage): Json {
  const envelope: Json = { object: 'list', hasMore: page.hasMore };
  if (page.endingCursor !== undefined) envelope.endingCursor = page.endingCursor;
  envelope.data = page.data;
  return withExtras(options, 'list', envelope);
}
