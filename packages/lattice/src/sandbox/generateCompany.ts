import type { LatticeUserStatus } from '../wire';
import { companySeed } from './companyId';
import { sandboxNow } from './companySpecs';
import type { CompanySpec } from './companySpecs';
import { departmentPlans } from './departmentPlans';
import type { DepartmentPlan } from './departmentPlans';
import { drawName, fixedName } from './personName';
import { createRandom } from './random';
import type { Random } from './random';
import type { SandboxCompany, SandboxDepartment, SandboxPerson } from './sandboxCompany';

const day = 86_400;

/** A place in the org chart, before a person is put in it. */
interface Seat {
  manager: number | null;
  depth: number;
  department: number | null;
  reports: number;
}

const toUnix = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 1000;
const toDate = (unix: number): string => new Date(unix * 1000).toISOString().slice(0, 10);

/**
 * Lays out the org chart breadth first: the CEO, one head per department, then managers with
 * 2–8 reports each, some people on every level below the heads managing nobody. Depth grows with
 * size (about 4 levels for 25 people, 6 for 10,000).
 */
function layOutSeats(spec: CompanySpec, random: Random): Seat[] {
  const seats: Seat[] = [{ manager: null, depth: 0, department: null, reports: 0 }];
  const queue: number[] = [];
  spec.departments.forEach((_, department) => {
    seats.push({ manager: 0, depth: 1, department, reports: 0 });
    queue.push(seats.length - 1);
  });
  let head = 0;
  while (seats.length < spec.size) {
    const managerIndex = queue[head];
    const manager = managerIndex === undefined ? undefined : seats[managerIndex];
    if (managerIndex === undefined || manager === undefined) throw new Error('org chart ran dry');
    head += 1;
    if (manager.depth >= 2 && queue.length - head > 2 && random.chance(0.3)) continue;
    const span = manager.depth === 1 ? random.int(2, 6) : random.int(3, 8);
    for (let count = 0; count < span && seats.length < spec.size; count += 1) {
      seats.push({
        manager: managerIndex,
        depth: manager.depth + 1,
        department: manager.department,
        reports: 0,
      });
      manager.reports += 1;
      queue.push(seats.length - 1);
    }
  }
  const ceo = seats[0];
  if (ceo) ceo.reports = spec.departments.length;
  return seats;
}

function drawStatuses(seats: readonly Seat[], random: Random): LatticeUserStatus[] {
  const statuses = seats.map((seat): LatticeUserStatus => {
    if (seat.reports > 0 || seat.depth <= 1) return 'ACTIVE';
    const roll = random.next();
    return roll < 0.05
      ? 'INVITED'
      : roll < 0.08
        ? 'CREATED'
        : roll < 0.15
          ? 'DEACTIVATED'
          : 'ACTIVE';
  });
  // Even the smallest company shows every status once, so filters have something to find.
  for (const wanted of ['INVITED', 'CREATED', 'DEACTIVATED'] as const) {
    if (statuses.includes(wanted)) continue;
    const index = seats.findLastIndex(
      (seat, i) => seat.reports === 0 && seat.depth >= 2 && statuses[i] === 'ACTIVE',
    );
    if (index >= 0) statuses[index] = wanted;
  }
  return statuses;
}

function titleFor(seat: Seat, plan: DepartmentPlan | undefined, random: Random): string | null {
  if (seat.depth === 0) return 'Chief Executive Officer';
  if (plan === undefined) return null;
  if (seat.depth === 1) return plan.head;
  if (seat.reports > 0) return seat.depth === 2 ? plan.director : plan.manager;
  return random.pick(plan.individual);
}

function datesFor(
  { founded, adopted }: { founded: number; adopted: number },
  seat: Seat,
  status: LatticeUserStatus,
  random: Random,
) {
  if (status === 'INVITED' || status === 'CREATED') {
    const createdAt = sandboxNow - random.int(1 * day, 40 * day);
    const future = toDate(sandboxNow + random.int(7, 60) * day);
    const startDate = status === 'CREATED' && random.chance(0.5) ? null : future;
    return { startDate, createdAt, updatedAt: createdAt + random.int(0, 2 * day) };
  }
  const range = sandboxNow - 90 * day - founded;
  // Leaders joined early; everyone else any time since the company started.
  const weight = seat.depth === 0 ? 0 : seat.depth === 1 ? random.next() ** 2 : random.next();
  const start = founded + Math.floor((range * weight) / day) * day;
  // People hired before the company adopted Lattice arrived in one bulk import.
  const createdAt = Math.max(adopted + random.int(0, day), start - random.int(7 * day, 21 * day));
  const updatedAt = createdAt + random.int(0, sandboxNow - createdAt);
  return { startDate: toDate(start), createdAt, updatedAt };
}

/** Builds one company from its spec. Deterministic: same spec, same bytes, in any process. */
export function generateCompany(spec: CompanySpec): SandboxCompany {
  const random = createRandom(companySeed(spec.key));
  const companyId = random.uuid();
  const plans = spec.departments.map((key) => departmentPlans[key]);
  const departments: SandboxDepartment[] = plans.map((plan) => ({
    id: random.uuid(),
    name: plan.name,
    description: plan.description,
    createdAt: toUnix(spec.adoptedLatticeOn) + random.int(0, day),
  }));
  const seats = layOutSeats(spec, random);
  const statuses = drawStatuses(seats, random);
  const featuredAt = new Map(
    spec.featuredNames.map((name, k) => [
      Math.floor(((k + 1) * spec.size) / (spec.featuredNames.length + 1)),
      name,
    ]),
  );
  const history = { founded: toUnix(spec.foundedOn), adopted: toUnix(spec.adoptedLatticeOn) };
  const emailCounts = new Map<string, number>();
  const ids = seats.map(() => random.uuid());
  const people = seats.map((seat, index): SandboxPerson => {
    const featured = featuredAt.get(index);
    const name = featured
      ? fixedName(featured.name, featured.emailLocal, featured.timezone)
      : drawName(random);
    const seen = (emailCounts.get(name.emailLocal) ?? 0) + 1;
    emailCounts.set(name.emailLocal, seen);
    const status = statuses[index] ?? 'ACTIVE';
    const plan = seat.department === null ? undefined : plans[seat.department];
    const unassigned = seat.depth >= 2 && seat.reports === 0 && random.chance(0.02);
    return {
      id: ids[index] ?? random.uuid(),
      name: name.name,
      preferredName: name.preferredName,
      email: `${name.emailLocal}${seen > 1 ? seen : ''}@${spec.domain}`,
      title: status === 'CREATED' && random.chance(0.3) ? null : titleFor(seat, plan, random),
      status,
      isAdmin: false,
      externalUserId: spec.hasHris && random.chance(0.95) ? `E${String(10_000 + index)}` : null,
      managerId: seat.manager === null ? null : (ids[seat.manager] ?? null),
      departmentId:
        seat.department === null || unassigned ? null : (departments[seat.department]?.id ?? null),
      timezone: random.chance(0.04) ? null : name.timezone,
      ...datesFor(history, seat, status, random),
    };
  });
  return assemble(spec, companyId, people, seats, departments);
}

function assemble(
  spec: CompanySpec,
  id: string,
  chart: SandboxPerson[],
  seats: readonly Seat[],
  departments: SandboxDepartment[],
): SandboxCompany {
  const peopleDepartment = departments[spec.departments.indexOf('people')]?.id;
  const admin = chart.find(
    (person, i) => seats[i]?.depth === 1 && person.departmentId === peopleDepartment,
  );
  if (admin === undefined) throw new Error(`company ${spec.key} needs a People department`);
  admin.isAdmin = true;
  const extraAdmins = chart
    .filter((p) => p !== admin && p.departmentId === peopleDepartment && p.status === 'ACTIVE')
    .slice(0, spec.extraAdmins);
  extraAdmins.forEach((person) => (person.isAdmin = true));
  // The second admin key belongs to the first of them: same company, another key owner. A
  // company with no extra admins (the one without API access) has no second-admin key to make.
  const secondAdmin = extraAdmins[0] ?? admin;
  // The non-admin key belongs to a director whose team has teams of its own.
  const managesManagers = new Set(
    seats.flatMap((seat) => (seat.reports > 0 && seat.manager !== null ? [seat.manager] : [])),
  );
  const managerIndex = seats.findIndex(
    (seat, i) => seat.depth === 2 && chart[i]?.isAdmin === false && managesManagers.has(i),
  );
  const manager =
    chart[managerIndex] ?? chart.find((p, i) => !p.isAdmin && (seats[i]?.reports ?? 0) > 0);
  const employee = chart.find(
    (p, i) => !p.isAdmin && p.status === 'ACTIVE' && seats[i]?.reports === 0,
  );
  if (manager === undefined || employee === undefined)
    throw new Error(`company ${spec.key} is too small`);
  const people = [...chart].sort((a, b) => (a.id < b.id ? -1 : 1));
  const reports = new Map<string, SandboxPerson[]>();
  for (const person of people) {
    if (person.managerId === null) continue;
    const list = reports.get(person.managerId) ?? [];
    list.push(person);
    reports.set(person.managerId, list);
  }
  return {
    key: spec.key,
    id,
    name: spec.name,
    people,
    byId: new Map(people.map((p) => [p.id, p])),
    reports,
    departments,
    departmentById: new Map(departments.map((d) => [d.id, d])),
    owners: {
      admin: admin.id,
      secondAdmin: secondAdmin.id,
      manager: manager.id,
      employee: employee.id,
    },
  };
}
