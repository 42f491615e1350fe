/**
 * How many items Keylink asks Lattice for in one page: Lattice's maximum (`limit` defaults to 10
 * and goes up to 100, LATTICE.md "Users"). Every page request and every limit check uses it.
 */
export const latticePageSize = 100;
