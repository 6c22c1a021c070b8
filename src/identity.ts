// GitHub logins are case-insensitive: `Alice` and `alice` are one account. Every comparison of
// logins goes through here, so no reader filters a person out over the case HR typed.
// (Lower-casing is what GitHub does: logins are ASCII letters, digits and hyphens.)

/** The key two logins share exactly when they name the same account. */
export function loginKey(login: string): string {
  return login.toLowerCase();
}

export function sameLogin(a: string | null | undefined, b: string | null | undefined): boolean {
  return a != null && b != null && loginKey(a) === loginKey(b);
}

/** A set of logins that ignores case; `has(null)` is false. */
export class LoginSet {
  private readonly keys: Set<string>;

  constructor(logins: Iterable<string> = []) {
    this.keys = new Set([...logins].map(loginKey));
  }

  has(login: string | null | undefined): boolean {
    return login != null && this.keys.has(loginKey(login));
  }

  add(login: string): this {
    this.keys.add(loginKey(login));
    return this;
  }

  get size(): number {
    return this.keys.size;
  }
}

/** Logins without case duplicates, keeping the first spelling of each. */
export function uniqueLogins(logins: Iterable<string>): string[] {
  const seen = new LoginSet();
  const unique: string[] = [];
  for (const login of logins) {
    if (seen.has(login)) continue;
    seen.add(login);
    unique.push(login);
  }
  return unique;
}
