import path, { join, resolve, relative, sep, isAbsolute } from 'node:path';
import { constants } from 'node:fs';
import { realpath, stat, readdir, lstat, open, mkdir, writeFile } from 'node:fs/promises';
import require$$0 from 'process';
import require$$0$1 from 'buffer';
import { createHash } from 'node:crypto';

function _mergeNamespaces(n, m) {
	m.forEach(function (e) {
		e && typeof e !== 'string' && !Array.isArray(e) && Object.keys(e).forEach(function (k) {
			if (k !== 'default' && !(k in n)) {
				var d = Object.getOwnPropertyDescriptor(e, k);
				Object.defineProperty(n, k, d.get ? d : {
					enumerable: true,
					get: function () { return e[k]; }
				});
			}
		});
	});
	return Object.freeze(n);
}

var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

/** Ascending order: index comparison answers "at least as severe as". */
const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'];
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
/**
 * The one order of findings (rules, reports, issues): most severe first, then rule, resource,
 * subject and fingerprint, so reports and issue bodies diff cleanly between runs. English
 * collation, named rather than the machine's default, so every runner sorts alike.
 */
function compareFindings(a, b) {
    return (severityRank(b.severity) - severityRank(a.severity) ||
        compareText(a.rule, b.rule) ||
        compareText(a.resource, b.resource) ||
        compareText(a.subject ?? '', b.subject ?? '') ||
        compareText(a.fingerprint, b.fingerprint));
}
function compareText(a, b) {
    return a.localeCompare(b, 'en');
}
/** The modes, once; src/modes/index.ts must describe each (the compiler checks it). */
const MODES = ['audit', 'offboard', 'validate', 'merge'];
const RULE_NAMES = [
    'retained-org-membership',
    'retained-repo-access',
    'retained-team-membership',
    'pending-invitation',
    'retained-token',
    'retained-deploy-key',
    'unrotated-secret',
    'activity-after-offboarding',
    'offboarded-ip-activity',
    'offboarding-step-missing',
    'stale-member',
    'unused-write-access',
    'stale-deploy-key',
    'write-deploy-key',
    'long-lived-token',
    'stale-token',
    'stale-secret',
    'unapproved-credential-change',
    'offboarding-drift',
    'retained-enterprise-membership',
    'retained-copilot-seat',
    'idle-copilot-seat',
    'deprovisioned-identity-access',
    'audit-coverage-gap',
    'policy-invalid',
];
const REPO_PERMISSIONS = ['admin', 'maintain', 'write', 'triage', 'read'];
function permissionAtLeast(held, wanted) {
    return REPO_PERMISSIONS.indexOf(held) <= REPO_PERMISSIONS.indexOf(wanted);
}
function emptySnapshot(organization, collectedAt) {
    return {
        organization,
        collectedAt,
        scope: { kind: 'organization' },
        defaultRepositoryPermission: null,
        people: [],
        teams: [],
        repositories: [],
        grants: [],
        invitations: [],
        deployKeys: [],
        patGrants: [],
        credentialAuthorizations: [],
        secrets: [],
        auditEvents: [],
        contributions: [],
        activityWindow: null,
        offboarded: [],
        copilotSeats: [],
        scimIdentities: [],
        identityLinks: [],
        enterprise: null,
        roster: null,
        coverage: [],
    };
}
function fixedClock(at) {
    const instant = new Date(at);
    return { now: () => new Date(instant) };
}
const systemClock = { now: () => new Date() };

// What every stage receives: the parsed inputs, the one client, the clock, the resolved policy,
// the state store the host chose and where files go. Built once by the pipeline
// (src/pipeline/run.ts); nothing below builds its own client or store.
/**
 * The clock the rules use. `OFFBOARDING_SENTINEL_NOW` pins it (replaying a past audit, and the
 * simulator's scenarios, which have a fixed "now"); otherwise it is the system clock.
 */
function clockFrom(env) {
    const pinned = env.OFFBOARDING_SENTINEL_NOW;
    if (!pinned)
        return systemClock;
    const at = new Date(pinned);
    if (Number.isNaN(at.getTime()))
        throw new Error(`OFFBOARDING_SENTINEL_NOW is "${pinned}"; use an ISO-8601 time.`);
    return fixedClock(at);
}
function outputDirectory(inputs) {
    return join(inputs.runnerTemp, 'offboarding-sentinel');
}
function runUrlOf(inputs) {
    if (!inputs.runId)
        return null;
    return `${inputs.serverUrl}/${inputs.repository.owner}/${inputs.repository.repo}/actions/runs/${inputs.runId}`;
}
/** The action's organization: its stored history is the run's. */
function isPrimary(ctx, org) {
    return org.toLowerCase() === ctx.inputs.organization.toLowerCase();
}

// The command line's exit codes. 0 and 1 mean what they mean for the action's step.
const EXIT = {
    /** No finding at or above --fail-on (the action's `success` or `neutral`). */
    ok: 0,
    /** Findings at or above --fail-on, a policy error, a subject that could not be processed, or a failed write with --publish. */
    findings: 1,
    /** Wrong usage: an unknown option, a missing argument, no token, an invalid value. Nothing was read. */
    usage: 2,
};
const EXIT_CODES_HELP = `
Exit codes:
  0  no finding at or above --fail-on
  1  findings at or above --fail-on, a policy error, a subject that could not be
     processed, or (with --publish) a write that failed
  2  wrong usage (unknown option, missing token, invalid value); nothing was read`;

// The product's version, stamped into SARIF, JSON Lines and OCSF records. A unit test keeps it
// equal to package.json's, and the release workflow refuses a tag that disagrees with both.
const VERSION = '0.1.0';

function policyError(location, message, fix) {
    const error = {
        path: location.path,
        line: location.line,
        column: location.column,
        message,
        fix,
    };
    if (location.endLine !== undefined)
        error.endLine = location.endLine;
    if (location.endColumn !== undefined)
        error.endColumn = location.endColumn;
    return error;
}
/** Where the error is, as findings and annotations carry it. */
function locationOf(error) {
    return {
        path: error.path,
        line: error.line,
        column: error.column,
        ...(error.endLine !== undefined ? { endLine: error.endLine } : {}),
        ...(error.endColumn !== undefined ? { endColumn: error.endColumn } : {}),
    };
}
/** A problem with a whole file or folder rather than a place inside it. */
function fileError(path, message, fix) {
    return { path, line: 1, column: 1, message, fix };
}
function formatLocation(location) {
    return `${location.path}:${location.line}:${location.column}`;
}
/** How the JSON report lists a policy error: its message and fix joined, its position as a location. */
function reportedPolicyError(error) {
    return { message: `${error.message} — ${error.fix}`, location: locationOf(error) };
}

// A hostile or broken file must not turn into an unbounded log: at most MAX_ERRORS_PER_FILE
// errors per file are reported, then one line that counts the rest; and text quoted from a
// file is a short excerpt, escaped, so binary garbage or a 38 KB key never reaches a log line.
const MAX_ERRORS_PER_FILE = 50;
/** Characters of a value or key quoted in a message. */
const MAX_EXCERPT_CHARS = 40;
/** A backstop for messages built from many parts (a did-you-mean list, a library's message). */
const MAX_MESSAGE_CHARS = 500;
/**
 * A JSON string literal of at most MAX_EXCERPT_CHARS characters of `text`, with everything but
 * printable ASCII escaped (control characters, bidi overrides, lone surrogates), and `…` plus
 * the full length when it was cut.
 */
function excerpt(text, max = MAX_EXCERPT_CHARS) {
    const chars = Array.from(text);
    const shown = chars.slice(0, max).join('');
    const literal = JSON.stringify(shown).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return chars.length > max ? `${literal}… (${chars.length} characters)` : literal;
}
/** Printable ASCII that needs no quoting in a message (keys, rule names) is shown as it is. */
function shownName(text) {
    return /^[\x21-\x7e]{1,64}$/.test(text) && !text.includes('`') ? text : excerpt(text);
}
/** A library's message (which may quote the file) with non-printable characters escaped. */
function printable(text) {
    return text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function clampMessage(error) {
    if (error.message.length <= MAX_MESSAGE_CHARS && error.fix.length <= MAX_MESSAGE_CHARS)
        return error;
    const cut = (text) => text.length <= MAX_MESSAGE_CHARS ? text : `${text.slice(0, MAX_MESSAGE_CHARS - 1)}…`;
    return { ...error, message: cut(error.message), fix: cut(error.fix) };
}
/**
 * The first MAX_ERRORS_PER_FILE errors of each file (in the order given), and for a file with
 * more, one error after them that says how many were left out. Files keep their order.
 */
function boundErrorsPerFile(errors, max = MAX_ERRORS_PER_FILE) {
    const byFile = new Map();
    for (const error of errors) {
        const list = byFile.get(error.path);
        if (list)
            list.push(error);
        else
            byFile.set(error.path, [error]);
    }
    const bounded = [];
    for (const [path, fileErrors] of byFile) {
        bounded.push(...fileErrors.slice(0, max).map(clampMessage));
        const rest = fileErrors.length - max;
        if (rest > 0) {
            const last = fileErrors[max - 1];
            bounded.push(policyError({ path, line: last.line, column: last.column }, `${rest} more error${rest === 1 ? '' : 's'} in \`${path}\` not shown (${fileErrors.length} in all; the first ${max} are listed)`, 'Fix the errors above and run again; the rest are often the same mistake repeated.'));
        }
    }
    return bounded;
}

// Reads the policy files from the workspace, defensively: the folder and every file must stay
// inside the workspace (symlinks are resolved and checked), only *.yml / *.yaml directly under
// the folder are read (no recursion), in name order, each at most MAX_POLICY_FILE_BYTES.
// A file that cannot be read is an error, never "no policy there".
const MAX_POLICY_FILE_BYTES = 256 * 1024;
function isPolicyFileName(name) {
    return /\.ya?ml$/i.test(name);
}
/** Byte order, not locale order, so the merge order is the same on every runner. */
function byName$1(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function inside(root, candidate) {
    const rel = relative(root, candidate);
    return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
function toPosix(path) {
    return path.split(sep).join('/');
}
function reason(error) {
    const code = error.code;
    return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
async function readPolicyFiles(options) {
    const errors = [];
    const warnings = [];
    const files = [];
    const workspace = await realpath(options.workspace);
    const shownFolder = options.policyPath;
    const folder = resolve(workspace, options.policyPath);
    if (!inside(workspace, folder)) {
        errors.push(fileError(shownFolder, `policy-path \`${shownFolder}\` is outside the workspace`, 'Point `policy-path` at a folder inside the repository.'));
        return { files, errors, warnings };
    }
    let realFolder;
    try {
        realFolder = await realpath(folder);
    }
    catch (error) {
        if (reason(error) === 'ENOENT') {
            warnings.push(fileError(shownFolder, `no policy folder \`${shownFolder}\`; the default policy applies`, 'Create the folder with a policy file (see docs/policy.md), or set `policy-path`.'));
        }
        else {
            errors.push(fileError(shownFolder, `policy folder \`${shownFolder}\` could not be read (${reason(error)})`, 'Check the folder exists and is readable.'));
        }
        return { files, errors, warnings };
    }
    if (!inside(workspace, realFolder)) {
        errors.push(fileError(shownFolder, `policy folder \`${shownFolder}\` resolves outside the workspace`, 'Do not point the policy folder at a symlink leaving the repository.'));
        return { files, errors, warnings };
    }
    if (!(await stat(realFolder)).isDirectory()) {
        errors.push(fileError(shownFolder, `policy-path \`${shownFolder}\` is not a folder`, 'Set `policy-path` to the folder that holds the *.yml files.'));
        return { files, errors, warnings };
    }
    let names;
    try {
        names = (await readdir(realFolder)).filter(isPolicyFileName).sort(byName$1);
    }
    catch (error) {
        errors.push(fileError(shownFolder, `policy folder \`${shownFolder}\` could not be listed (${reason(error)})`, 'Check the folder is readable.'));
        return { files, errors, warnings };
    }
    for (const name of names) {
        const shown = toPosix(relative(workspace, join(folder, name)));
        const outcome = await readOne(workspace, join(realFolder, name), shown);
        if (typeof outcome === 'string')
            files.push({ path: shown, text: outcome });
        else if (outcome)
            errors.push(outcome);
    }
    if (files.length === 0 && errors.length === 0) {
        warnings.push(fileError(shownFolder, `no *.yml or *.yaml files in \`${shownFolder}\`; the default policy applies`, 'Add a policy file (see policies/examples/default.yml).'));
    }
    return { files, errors, warnings };
}
/** What a non-regular file is, in words, for the refusal. */
function fileKind(info) {
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    return info.isFile() || info.isDirectory() ? null : 'not a regular file';
}
function notRegular(shown, kind) {
    return fileError(shown, `refused: \`${shown}\` is ${kind}, not a regular file`, 'Keep only regular policy files in the folder; remove or rename this entry.');
}
/** The file's text, an error, or undefined for a sub-folder named like a policy file. */
async function readOne(workspace, path, shown) {
    try {
        // The type is checked before anything is opened: opening a FIFO for reading blocks until a
        // writer appears, and a device may never end.
        const link = await lstat(path);
        const target = link.isSymbolicLink() ? await realpath(path) : path;
        if (!inside(workspace, target)) {
            return fileError(shown, `refused: \`${shown}\` is a symlink that resolves outside the workspace`, 'Replace the symlink with the policy file itself.');
        }
        const before = link.isSymbolicLink() ? await stat(target) : link;
        if (before.isDirectory())
            return undefined;
        const kind = fileKind(before);
        if (kind)
            return notRegular(shown, kind);
        if (before.size > MAX_POLICY_FILE_BYTES)
            return tooLarge(shown, before.size);
        // O_NONBLOCK: should the file be swapped for a FIFO after the check, open still returns.
        const handle = await open(target, constants.O_RDONLY | constants.O_NONBLOCK);
        try {
            const info = await handle.stat();
            const swapped = fileKind(info) ?? (info.isDirectory() ? 'a folder' : null);
            if (swapped)
                return notRegular(shown, swapped);
            if (info.size > MAX_POLICY_FILE_BYTES)
                return tooLarge(shown, info.size);
            // Read at most one byte beyond the limit, so a file that grows meanwhile is still refused.
            const buffer = Buffer.alloc(MAX_POLICY_FILE_BYTES + 1);
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
            if (bytesRead > MAX_POLICY_FILE_BYTES)
                return tooLarge(shown, bytesRead);
            return buffer.subarray(0, bytesRead).toString('utf8');
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        return fileError(shown, `policy file \`${shown}\` could not be read (${reason(error)})`, 'Check the file exists and is readable.');
    }
}
function tooLarge(shown, size) {
    return fileError(shown, `policy file \`${shown}\` is ${size} bytes, over the ${MAX_POLICY_FILE_BYTES}-byte limit`, 'Split the policy into several files, or remove what is not needed.');
}

function contradiction(what, first, second) {
    const message = `\`${what}\` is ${JSON.stringify(first.value)} in ${formatLocation(first.location)} and ${JSON.stringify(second.value)} in ${formatLocation(second.location)}; set it in one file`;
    const fix = 'Keep the setting in one policy file and delete it from the other.';
    return [policyError(first.location, message, fix), policyError(second.location, message, fix)];
}
function unique(values) {
    return [...new Set(values)];
}
function sameStep(a, b) {
    return (a.title === b.title &&
        a.deadlineHours === b.deadlineHours &&
        JSON.stringify(a.check) === JSON.stringify(b.check));
}
/** Nothing set yet: what merging no file gives, and where merging starts. */
function emptyMerge(sources = []) {
    return {
        rules: new Map(),
        exemptions: [],
        serviceAccounts: [],
        approvedActors: [],
        approvedWorkflows: [],
        remediate: undefined,
        remediatePrivileged: [],
        maxRevocations: undefined,
        journey: undefined,
        routing: [],
        sources,
    };
}
function mergeFilePolicies(files) {
    const errors = [];
    const written = new Map();
    const merged = emptyMerge(files.map((file) => file.path));
    const setOnce = (what, setting) => {
        const earlier = written.get(what);
        if (earlier === undefined) {
            written.set(what, setting);
            return true;
        }
        if (earlier.value !== setting.value)
            errors.push(...contradiction(what, earlier, setting));
        return false;
    };
    let remediateSetting;
    const stepsById = new Map();
    for (const file of files) {
        for (const [name, rule] of file.rules) {
            let target = merged.rules.get(name);
            if (!target) {
                target = { location: rule.location, settings: new Map() };
                merged.rules.set(name, target);
            }
            for (const [key, setting] of rule.settings) {
                if (setOnce(`${name}.${key}`, setting))
                    target.settings.set(key, setting.value);
            }
        }
        if (file.remediate) {
            if (setOnce('offboarding.remediate', file.remediate))
                remediateSetting = file.remediate;
        }
        if (file.maxRevocations && setOnce('offboarding.max-revocations', file.maxRevocations)) {
            merged.maxRevocations = file.maxRevocations.value;
        }
        merged.remediatePrivileged.push(...file.remediatePrivileged);
        merged.exemptions.push(...file.exemptions);
        merged.routing.push(...file.routing);
        merged.serviceAccounts.push(...file.serviceAccounts);
        merged.approvedActors.push(...file.approvedActors);
        merged.approvedWorkflows.push(...file.approvedWorkflows);
        for (const step of file.journey ?? []) {
            const earlier = stepsById.get(step.id);
            if (!earlier) {
                stepsById.set(step.id, step);
            }
            else if (!sameStep(earlier, step)) {
                const message = `journey step \`${step.id}\` is defined differently in ${formatLocation(earlier.location)} and ${formatLocation(step.location)}`;
                const fix = 'Give each step a unique `id`, or make the two definitions identical.';
                errors.push(policyError(earlier.location, message, fix), policyError(step.location, message, fix));
            }
        }
        if (file.journey)
            merged.journey = [...stepsById.values()];
    }
    merged.remediate = remediateSetting?.value;
    merged.remediatePrivileged = unique(merged.remediatePrivileged.map((login) => login.toLowerCase()));
    merged.serviceAccounts = unique(merged.serviceAccounts);
    merged.approvedActors = unique(merged.approvedActors);
    merged.approvedWorkflows = unique(merged.approvedWorkflows);
    return { merged, errors };
}

var dist = {};

var composer = {};

var directives = {};

var identity = {};

var hasRequiredIdentity;

function requireIdentity () {
	if (hasRequiredIdentity) return identity;
	hasRequiredIdentity = 1;

	const ALIAS = Symbol.for('yaml.alias');
	const DOC = Symbol.for('yaml.document');
	const MAP = Symbol.for('yaml.map');
	const PAIR = Symbol.for('yaml.pair');
	const SCALAR = Symbol.for('yaml.scalar');
	const SEQ = Symbol.for('yaml.seq');
	const NODE_TYPE = Symbol.for('yaml.node.type');
	const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
	const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
	const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
	const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
	const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
	const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
	function isCollection(node) {
	    if (node && typeof node === 'object')
	        switch (node[NODE_TYPE]) {
	            case MAP:
	            case SEQ:
	                return true;
	        }
	    return false;
	}
	function isNode(node) {
	    if (node && typeof node === 'object')
	        switch (node[NODE_TYPE]) {
	            case ALIAS:
	            case MAP:
	            case SCALAR:
	            case SEQ:
	                return true;
	        }
	    return false;
	}
	const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

	identity.ALIAS = ALIAS;
	identity.DOC = DOC;
	identity.MAP = MAP;
	identity.NODE_TYPE = NODE_TYPE;
	identity.PAIR = PAIR;
	identity.SCALAR = SCALAR;
	identity.SEQ = SEQ;
	identity.hasAnchor = hasAnchor;
	identity.isAlias = isAlias;
	identity.isCollection = isCollection;
	identity.isDocument = isDocument;
	identity.isMap = isMap;
	identity.isNode = isNode;
	identity.isPair = isPair;
	identity.isScalar = isScalar;
	identity.isSeq = isSeq;
	return identity;
}

var visit = {};

var hasRequiredVisit;

function requireVisit () {
	if (hasRequiredVisit) return visit;
	hasRequiredVisit = 1;

	var identity = requireIdentity();

	const BREAK = Symbol('break visit');
	const SKIP = Symbol('skip children');
	const REMOVE = Symbol('remove node');
	/**
	 * Apply a visitor to an AST node or document.
	 *
	 * Walks through the tree (depth-first) starting from `node`, calling a
	 * `visitor` function with three arguments:
	 *   - `key`: For sequence values and map `Pair`, the node's index in the
	 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	 *     `null` for the root node.
	 *   - `node`: The current node.
	 *   - `path`: The ancestry of the current node.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
	 *     sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
	 *   - `Node`: Replace the current node, then continue by visiting it
	 *   - `number`: While iterating the items of a sequence or map, set the index
	 *     of the next step. This is useful especially if the index of the current
	 *     node has changed.
	 *
	 * If `visitor` is a single function, it will be called with all values
	 * encountered in the tree, including e.g. `null` values. Alternatively,
	 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	 * `Alias` and `Scalar` node. To define the same visitor function for more than
	 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	 * specific defined one will be used for each node.
	 */
	function visit$1(node, visitor) {
	    const visitor_ = initVisitor(visitor);
	    if (identity.isDocument(node)) {
	        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
	        if (cd === REMOVE)
	            node.contents = null;
	    }
	    else
	        visit_(null, node, visitor_, Object.freeze([]));
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visit$1.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visit$1.SKIP = SKIP;
	/** Remove the current node */
	visit$1.REMOVE = REMOVE;
	function visit_(key, node, visitor, path) {
	    const ctrl = callVisitor(key, node, visitor, path);
	    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
	        replaceNode(key, path, ctrl);
	        return visit_(key, ctrl, visitor, path);
	    }
	    if (typeof ctrl !== 'symbol') {
	        if (identity.isCollection(node)) {
	            path = Object.freeze(path.concat(node));
	            for (let i = 0; i < node.items.length; ++i) {
	                const ci = visit_(i, node.items[i], visitor, path);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    node.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	        }
	        else if (identity.isPair(node)) {
	            path = Object.freeze(path.concat(node));
	            const ck = visit_('key', node.key, visitor, path);
	            if (ck === BREAK)
	                return BREAK;
	            else if (ck === REMOVE)
	                node.key = null;
	            const cv = visit_('value', node.value, visitor, path);
	            if (cv === BREAK)
	                return BREAK;
	            else if (cv === REMOVE)
	                node.value = null;
	        }
	    }
	    return ctrl;
	}
	/**
	 * Apply an async visitor to an AST node or document.
	 *
	 * Walks through the tree (depth-first) starting from `node`, calling a
	 * `visitor` function with three arguments:
	 *   - `key`: For sequence values and map `Pair`, the node's index in the
	 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	 *     `null` for the root node.
	 *   - `node`: The current node.
	 *   - `path`: The ancestry of the current node.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `Promise`: Must resolve to one of the following values
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
	 *     sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
	 *   - `Node`: Replace the current node, then continue by visiting it
	 *   - `number`: While iterating the items of a sequence or map, set the index
	 *     of the next step. This is useful especially if the index of the current
	 *     node has changed.
	 *
	 * If `visitor` is a single function, it will be called with all values
	 * encountered in the tree, including e.g. `null` values. Alternatively,
	 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	 * `Alias` and `Scalar` node. To define the same visitor function for more than
	 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	 * specific defined one will be used for each node.
	 */
	async function visitAsync(node, visitor) {
	    const visitor_ = initVisitor(visitor);
	    if (identity.isDocument(node)) {
	        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
	        if (cd === REMOVE)
	            node.contents = null;
	    }
	    else
	        await visitAsync_(null, node, visitor_, Object.freeze([]));
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visitAsync.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visitAsync.SKIP = SKIP;
	/** Remove the current node */
	visitAsync.REMOVE = REMOVE;
	async function visitAsync_(key, node, visitor, path) {
	    const ctrl = await callVisitor(key, node, visitor, path);
	    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
	        replaceNode(key, path, ctrl);
	        return visitAsync_(key, ctrl, visitor, path);
	    }
	    if (typeof ctrl !== 'symbol') {
	        if (identity.isCollection(node)) {
	            path = Object.freeze(path.concat(node));
	            for (let i = 0; i < node.items.length; ++i) {
	                const ci = await visitAsync_(i, node.items[i], visitor, path);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    node.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	        }
	        else if (identity.isPair(node)) {
	            path = Object.freeze(path.concat(node));
	            const ck = await visitAsync_('key', node.key, visitor, path);
	            if (ck === BREAK)
	                return BREAK;
	            else if (ck === REMOVE)
	                node.key = null;
	            const cv = await visitAsync_('value', node.value, visitor, path);
	            if (cv === BREAK)
	                return BREAK;
	            else if (cv === REMOVE)
	                node.value = null;
	        }
	    }
	    return ctrl;
	}
	function initVisitor(visitor) {
	    if (typeof visitor === 'object' &&
	        (visitor.Collection || visitor.Node || visitor.Value)) {
	        return Object.assign({
	            Alias: visitor.Node,
	            Map: visitor.Node,
	            Scalar: visitor.Node,
	            Seq: visitor.Node
	        }, visitor.Value && {
	            Map: visitor.Value,
	            Scalar: visitor.Value,
	            Seq: visitor.Value
	        }, visitor.Collection && {
	            Map: visitor.Collection,
	            Seq: visitor.Collection
	        }, visitor);
	    }
	    return visitor;
	}
	function callVisitor(key, node, visitor, path) {
	    if (typeof visitor === 'function')
	        return visitor(key, node, path);
	    if (identity.isMap(node))
	        return visitor.Map?.(key, node, path);
	    if (identity.isSeq(node))
	        return visitor.Seq?.(key, node, path);
	    if (identity.isPair(node))
	        return visitor.Pair?.(key, node, path);
	    if (identity.isScalar(node))
	        return visitor.Scalar?.(key, node, path);
	    if (identity.isAlias(node))
	        return visitor.Alias?.(key, node, path);
	    return undefined;
	}
	function replaceNode(key, path, node) {
	    const parent = path[path.length - 1];
	    if (identity.isCollection(parent)) {
	        parent.items[key] = node;
	    }
	    else if (identity.isPair(parent)) {
	        if (key === 'key')
	            parent.key = node;
	        else
	            parent.value = node;
	    }
	    else if (identity.isDocument(parent)) {
	        parent.contents = node;
	    }
	    else {
	        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
	        throw new Error(`Cannot replace node with ${pt} parent`);
	    }
	}

	visit.visit = visit$1;
	visit.visitAsync = visitAsync;
	return visit;
}

var hasRequiredDirectives;

function requireDirectives () {
	if (hasRequiredDirectives) return directives;
	hasRequiredDirectives = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

	const escapeChars = {
	    '!': '%21',
	    ',': '%2C',
	    '[': '%5B',
	    ']': '%5D',
	    '{': '%7B',
	    '}': '%7D'
	};
	const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
	class Directives {
	    constructor(yaml, tags) {
	        /**
	         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
	         * included in the document's stringified representation.
	         */
	        this.docStart = null;
	        /** The doc-end marker `...`.  */
	        this.docEnd = false;
	        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
	        this.tags = Object.assign({}, Directives.defaultTags, tags);
	    }
	    clone() {
	        const copy = new Directives(this.yaml, this.tags);
	        copy.docStart = this.docStart;
	        return copy;
	    }
	    /**
	     * During parsing, get a Directives instance for the current document and
	     * update the stream state according to the current version's spec.
	     */
	    atDocument() {
	        const res = new Directives(this.yaml, this.tags);
	        switch (this.yaml.version) {
	            case '1.1':
	                this.atNextDocument = true;
	                break;
	            case '1.2':
	                this.atNextDocument = false;
	                this.yaml = {
	                    explicit: Directives.defaultYaml.explicit,
	                    version: '1.2'
	                };
	                this.tags = Object.assign({}, Directives.defaultTags);
	                break;
	        }
	        return res;
	    }
	    /**
	     * @param onError - May be called even if the action was successful
	     * @returns `true` on success
	     */
	    add(line, onError) {
	        if (this.atNextDocument) {
	            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
	            this.tags = Object.assign({}, Directives.defaultTags);
	            this.atNextDocument = false;
	        }
	        const parts = line.trim().split(/[ \t]+/);
	        const name = parts.shift();
	        switch (name) {
	            case '%TAG': {
	                if (parts.length !== 2) {
	                    onError(0, '%TAG directive should contain exactly two parts');
	                    if (parts.length < 2)
	                        return false;
	                }
	                const [handle, prefix] = parts;
	                this.tags[handle] = prefix;
	                return true;
	            }
	            case '%YAML': {
	                this.yaml.explicit = true;
	                if (parts.length !== 1) {
	                    onError(0, '%YAML directive should contain exactly one part');
	                    return false;
	                }
	                const [version] = parts;
	                if (version === '1.1' || version === '1.2') {
	                    this.yaml.version = version;
	                    return true;
	                }
	                else {
	                    const isValid = /^\d+\.\d+$/.test(version);
	                    onError(6, `Unsupported YAML version ${version}`, isValid);
	                    return false;
	                }
	            }
	            default:
	                onError(0, `Unknown directive ${name}`, true);
	                return false;
	        }
	    }
	    /**
	     * Resolves a tag, matching handles to those defined in %TAG directives.
	     *
	     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
	     *   `'!local'` tag, or `null` if unresolvable.
	     */
	    tagName(source, onError) {
	        if (source === '!')
	            return '!'; // non-specific tag
	        if (source[0] !== '!') {
	            onError(`Not a valid tag: ${source}`);
	            return null;
	        }
	        if (source[1] === '<') {
	            const verbatim = source.slice(2, -1);
	            if (verbatim === '!' || verbatim === '!!') {
	                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
	                return null;
	            }
	            if (source[source.length - 1] !== '>')
	                onError('Verbatim tags must end with a >');
	            return verbatim;
	        }
	        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
	        if (!suffix)
	            onError(`The ${source} tag has no suffix`);
	        const prefix = this.tags[handle];
	        if (prefix) {
	            try {
	                return prefix + decodeURIComponent(suffix);
	            }
	            catch (error) {
	                onError(String(error));
	                return null;
	            }
	        }
	        if (handle === '!')
	            return source; // local tag
	        onError(`Could not resolve tag: ${source}`);
	        return null;
	    }
	    /**
	     * Given a fully resolved tag, returns its printable string form,
	     * taking into account current tag prefixes and defaults.
	     */
	    tagString(tag) {
	        for (const [handle, prefix] of Object.entries(this.tags)) {
	            if (tag.startsWith(prefix))
	                return handle + escapeTagName(tag.substring(prefix.length));
	        }
	        return tag[0] === '!' ? tag : `!<${tag}>`;
	    }
	    toString(doc) {
	        const lines = this.yaml.explicit
	            ? [`%YAML ${this.yaml.version || '1.2'}`]
	            : [];
	        const tagEntries = Object.entries(this.tags);
	        let tagNames;
	        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
	            const tags = {};
	            visit.visit(doc.contents, (_key, node) => {
	                if (identity.isNode(node) && node.tag)
	                    tags[node.tag] = true;
	            });
	            tagNames = Object.keys(tags);
	        }
	        else
	            tagNames = [];
	        for (const [handle, prefix] of tagEntries) {
	            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
	                continue;
	            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
	                lines.push(`%TAG ${handle} ${prefix}`);
	        }
	        return lines.join('\n');
	    }
	}
	Directives.defaultYaml = { explicit: false, version: '1.2' };
	Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

	directives.Directives = Directives;
	return directives;
}

var Document = {};

var Alias = {};

var anchors = {};

var hasRequiredAnchors;

function requireAnchors () {
	if (hasRequiredAnchors) return anchors;
	hasRequiredAnchors = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

	/**
	 * Verify that the input string is a valid anchor.
	 *
	 * Will throw on errors.
	 */
	function anchorIsValid(anchor) {
	    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
	        const sa = JSON.stringify(anchor);
	        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
	        throw new Error(msg);
	    }
	    return true;
	}
	function anchorNames(root) {
	    const anchors = new Set();
	    visit.visit(root, {
	        Value(_key, node) {
	            if (node.anchor)
	                anchors.add(node.anchor);
	        }
	    });
	    return anchors;
	}
	/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
	function findNewAnchor(prefix, exclude) {
	    for (let i = 1; true; ++i) {
	        const name = `${prefix}${i}`;
	        if (!exclude.has(name))
	            return name;
	    }
	}
	function createNodeAnchors(doc, prefix) {
	    const aliasObjects = [];
	    const sourceObjects = new Map();
	    let prevAnchors = null;
	    return {
	        onAnchor: (source) => {
	            aliasObjects.push(source);
	            prevAnchors ?? (prevAnchors = anchorNames(doc));
	            const anchor = findNewAnchor(prefix, prevAnchors);
	            prevAnchors.add(anchor);
	            return anchor;
	        },
	        /**
	         * With circular references, the source node is only resolved after all
	         * of its child nodes are. This is why anchors are set only after all of
	         * the nodes have been created.
	         */
	        setAnchors: () => {
	            for (const source of aliasObjects) {
	                const ref = sourceObjects.get(source);
	                if (typeof ref === 'object' &&
	                    ref.anchor &&
	                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
	                    ref.node.anchor = ref.anchor;
	                }
	                else {
	                    const error = new Error('Failed to resolve repeated object (this should not happen)');
	                    error.source = source;
	                    throw error;
	                }
	            }
	        },
	        sourceObjects
	    };
	}

	anchors.anchorIsValid = anchorIsValid;
	anchors.anchorNames = anchorNames;
	anchors.createNodeAnchors = createNodeAnchors;
	anchors.findNewAnchor = findNewAnchor;
	return anchors;
}

var Node = {};

var applyReviver = {};

var hasRequiredApplyReviver;

function requireApplyReviver () {
	if (hasRequiredApplyReviver) return applyReviver;
	hasRequiredApplyReviver = 1;

	/**
	 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
	 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
	 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
	 *
	 * Includes extensions for handling Map and Set objects.
	 */
	function applyReviver$1(reviver, obj, key, val) {
	    if (val && typeof val === 'object') {
	        if (Array.isArray(val)) {
	            for (let i = 0, len = val.length; i < len; ++i) {
	                const v0 = val[i];
	                const v1 = applyReviver$1(reviver, val, String(i), v0);
	                // eslint-disable-next-line @typescript-eslint/no-array-delete
	                if (v1 === undefined)
	                    delete val[i];
	                else if (v1 !== v0)
	                    val[i] = v1;
	            }
	        }
	        else if (val instanceof Map) {
	            for (const k of Array.from(val.keys())) {
	                const v0 = val.get(k);
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    val.delete(k);
	                else if (v1 !== v0)
	                    val.set(k, v1);
	            }
	        }
	        else if (val instanceof Set) {
	            for (const v0 of Array.from(val)) {
	                const v1 = applyReviver$1(reviver, val, v0, v0);
	                if (v1 === undefined)
	                    val.delete(v0);
	                else if (v1 !== v0) {
	                    val.delete(v0);
	                    val.add(v1);
	                }
	            }
	        }
	        else {
	            for (const [k, v0] of Object.entries(val)) {
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    delete val[k];
	                else if (v1 !== v0)
	                    val[k] = v1;
	            }
	        }
	    }
	    return reviver.call(obj, key, val);
	}

	applyReviver.applyReviver = applyReviver$1;
	return applyReviver;
}

var toJS = {};

var hasRequiredToJS;

function requireToJS () {
	if (hasRequiredToJS) return toJS;
	hasRequiredToJS = 1;

	var identity = requireIdentity();

	/**
	 * Recursively convert any node or its contents to native JavaScript
	 *
	 * @param value - The input value
	 * @param arg - If `value` defines a `toJSON()` method, use this
	 *   as its first argument
	 * @param ctx - Conversion context, originally set in Document#toJS(). If
	 *   `{ keep: true }` is not set, output should be suitable for JSON
	 *   stringification.
	 */
	function toJS$1(value, arg, ctx) {
	    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
	    if (Array.isArray(value))
	        return value.map((v, i) => toJS$1(v, String(i), ctx));
	    if (value && typeof value.toJSON === 'function') {
	        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
	        if (!ctx || !identity.hasAnchor(value))
	            return value.toJSON(arg, ctx);
	        const data = { aliasCount: 0, count: 1, res: undefined };
	        ctx.anchors.set(value, data);
	        ctx.onCreate = res => {
	            data.res = res;
	            delete ctx.onCreate;
	        };
	        const res = value.toJSON(arg, ctx);
	        if (ctx.onCreate)
	            ctx.onCreate(res);
	        return res;
	    }
	    if (typeof value === 'bigint' && !ctx?.keep)
	        return Number(value);
	    return value;
	}

	toJS.toJS = toJS$1;
	return toJS;
}

var hasRequiredNode;

function requireNode () {
	if (hasRequiredNode) return Node;
	hasRequiredNode = 1;

	var applyReviver = requireApplyReviver();
	var identity = requireIdentity();
	var toJS = requireToJS();

	class NodeBase {
	    constructor(type) {
	        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
	    }
	    /** Create a copy of this node.  */
	    clone() {
	        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /** A plain JavaScript representation of this node. */
	    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
	        if (!identity.isDocument(doc))
	            throw new TypeError('A document argument is required');
	        const ctx = {
	            anchors: new Map(),
	            doc,
	            keep: true,
	            mapAsMap: mapAsMap === true,
	            mapKeyWarned: false,
	            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
	        };
	        const res = toJS.toJS(this, '', ctx);
	        if (typeof onAnchor === 'function')
	            for (const { count, res } of ctx.anchors.values())
	                onAnchor(res, count);
	        return typeof reviver === 'function'
	            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
	            : res;
	    }
	}

	Node.NodeBase = NodeBase;
	return Node;
}

var hasRequiredAlias;

function requireAlias () {
	if (hasRequiredAlias) return Alias;
	hasRequiredAlias = 1;

	var anchors = requireAnchors();
	var visit = requireVisit();
	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	let Alias$1 = class Alias extends Node.NodeBase {
	    constructor(source) {
	        super(identity.ALIAS);
	        this.source = source;
	        Object.defineProperty(this, 'tag', {
	            set() {
	                throw new Error('Alias nodes cannot have tags');
	            }
	        });
	    }
	    /**
	     * Resolve the value of this alias within `doc`, finding the last
	     * instance of the `source` anchor before this node.
	     */
	    resolve(doc, ctx) {
	        if (ctx?.maxAliasCount === 0)
	            throw new ReferenceError('Alias resolution is disabled');
	        let nodes;
	        if (ctx?.aliasResolveCache) {
	            nodes = ctx.aliasResolveCache;
	        }
	        else {
	            nodes = [];
	            visit.visit(doc, {
	                Node: (_key, node) => {
	                    if (identity.isAlias(node) || identity.hasAnchor(node))
	                        nodes.push(node);
	                }
	            });
	            if (ctx)
	                ctx.aliasResolveCache = nodes;
	        }
	        let found = undefined;
	        for (const node of nodes) {
	            if (node === this)
	                break;
	            if (node.anchor === this.source)
	                found = node;
	        }
	        if (found && ctx) {
	            const { anchors, doc, maxAliasCount } = ctx;
	            let data = anchors.get(found);
	            if (!data) {
	                // Resolve anchors for Node.prototype.toJS()
	                toJS.toJS(found, null, ctx);
	                data = anchors.get(found);
	            }
	            /* istanbul ignore if */
	            if (data?.res === undefined) {
	                const msg = 'This should not happen: Alias anchor was not resolved?';
	                throw new ReferenceError(msg);
	            }
	            if (maxAliasCount >= 0) {
	                data.count += 1;
	                if (data.aliasCount === 0)
	                    data.aliasCount = getAliasCount(doc, found, anchors);
	                if (data.count * data.aliasCount > maxAliasCount) {
	                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
	                    throw new ReferenceError(msg);
	                }
	            }
	        }
	        return found;
	    }
	    toJSON(_arg, ctx) {
	        if (!ctx)
	            return { source: this.source };
	        const source = this.resolve(ctx.doc, ctx);
	        if (!source) {
	            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
	            throw new ReferenceError(msg);
	        }
	        return ctx.anchors.get(source).res;
	    }
	    toString(ctx, _onComment, _onChompKeep) {
	        const src = `*${this.source}`;
	        if (ctx) {
	            anchors.anchorIsValid(this.source);
	            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
	                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
	                throw new Error(msg);
	            }
	            if (ctx.implicitKey)
	                return `${src} `;
	        }
	        return src;
	    }
	};
	function getAliasCount(doc, node, anchors) {
	    if (identity.isAlias(node)) {
	        const source = node.resolve(doc);
	        const anchor = anchors && source && anchors.get(source);
	        return anchor ? anchor.count * anchor.aliasCount : 0;
	    }
	    else if (identity.isCollection(node)) {
	        let count = 0;
	        for (const item of node.items) {
	            const c = getAliasCount(doc, item, anchors);
	            if (c > count)
	                count = c;
	        }
	        return count;
	    }
	    else if (identity.isPair(node)) {
	        const kc = getAliasCount(doc, node.key, anchors);
	        const vc = getAliasCount(doc, node.value, anchors);
	        return Math.max(kc, vc);
	    }
	    return 1;
	}

	Alias.Alias = Alias$1;
	return Alias;
}

var Collection = {};

var createNode = {};

var Scalar = {};

var hasRequiredScalar;

function requireScalar () {
	if (hasRequiredScalar) return Scalar;
	hasRequiredScalar = 1;

	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
	let Scalar$1 = class Scalar extends Node.NodeBase {
	    constructor(value) {
	        super(identity.SCALAR);
	        this.value = value;
	    }
	    toJSON(arg, ctx) {
	        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
	    }
	    toString() {
	        return String(this.value);
	    }
	};
	Scalar$1.BLOCK_FOLDED = 'BLOCK_FOLDED';
	Scalar$1.BLOCK_LITERAL = 'BLOCK_LITERAL';
	Scalar$1.PLAIN = 'PLAIN';
	Scalar$1.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
	Scalar$1.QUOTE_SINGLE = 'QUOTE_SINGLE';

	Scalar.Scalar = Scalar$1;
	Scalar.isScalarValue = isScalarValue;
	return Scalar;
}

var hasRequiredCreateNode;

function requireCreateNode () {
	if (hasRequiredCreateNode) return createNode;
	hasRequiredCreateNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var Scalar = requireScalar();

	const defaultTagPrefix = 'tag:yaml.org,2002:';
	function findTagObject(value, tagName, tags) {
	    if (tagName) {
	        const match = tags.filter(t => t.tag === tagName);
	        const tagObj = match.find(t => !t.format) ?? match[0];
	        if (!tagObj)
	            throw new Error(`Tag ${tagName} not found`);
	        return tagObj;
	    }
	    return tags.find(t => t.identify?.(value) && !t.format);
	}
	function createNode$1(value, tagName, ctx) {
	    if (identity.isDocument(value))
	        value = value.contents;
	    if (identity.isNode(value))
	        return value;
	    if (identity.isPair(value)) {
	        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
	        map.items.push(value);
	        return map;
	    }
	    if (value instanceof String ||
	        value instanceof Number ||
	        value instanceof Boolean ||
	        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
	    ) {
	        // https://tc39.es/ecma262/#sec-serializejsonproperty
	        value = value.valueOf();
	    }
	    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
	    // Detect duplicate references to the same object & use Alias nodes for all
	    // after first. The `ref` wrapper allows for circular references to resolve.
	    let ref = undefined;
	    if (aliasDuplicateObjects && value && typeof value === 'object') {
	        ref = sourceObjects.get(value);
	        if (ref) {
	            ref.anchor ?? (ref.anchor = onAnchor(value));
	            return new Alias.Alias(ref.anchor);
	        }
	        else {
	            ref = { anchor: null, node: null };
	            sourceObjects.set(value, ref);
	        }
	    }
	    if (tagName?.startsWith('!!'))
	        tagName = defaultTagPrefix + tagName.slice(2);
	    let tagObj = findTagObject(value, tagName, schema.tags);
	    if (!tagObj) {
	        if (value && typeof value.toJSON === 'function') {
	            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
	            value = value.toJSON();
	        }
	        if (!value || typeof value !== 'object') {
	            const node = new Scalar.Scalar(value);
	            if (ref)
	                ref.node = node;
	            return node;
	        }
	        tagObj =
	            value instanceof Map
	                ? schema[identity.MAP]
	                : Symbol.iterator in Object(value)
	                    ? schema[identity.SEQ]
	                    : schema[identity.MAP];
	    }
	    if (onTagObj) {
	        onTagObj(tagObj);
	        delete ctx.onTagObj;
	    }
	    const node = tagObj?.createNode
	        ? tagObj.createNode(ctx.schema, value, ctx)
	        : typeof tagObj?.nodeClass?.from === 'function'
	            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
	            : new Scalar.Scalar(value);
	    if (tagName)
	        node.tag = tagName;
	    else if (!tagObj.default)
	        node.tag = tagObj.tag;
	    if (ref)
	        ref.node = node;
	    return node;
	}

	createNode.createNode = createNode$1;
	return createNode;
}

var hasRequiredCollection;

function requireCollection () {
	if (hasRequiredCollection) return Collection;
	hasRequiredCollection = 1;

	var createNode = requireCreateNode();
	var identity = requireIdentity();
	var Node = requireNode();

	function collectionFromPath(schema, path, value) {
	    let v = value;
	    for (let i = path.length - 1; i >= 0; --i) {
	        const k = path[i];
	        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
	            const a = [];
	            a[k] = v;
	            v = a;
	        }
	        else {
	            v = new Map([[k, v]]);
	        }
	    }
	    return createNode.createNode(v, undefined, {
	        aliasDuplicateObjects: false,
	        keepUndefined: false,
	        onAnchor: () => {
	            throw new Error('This should not happen, please report a bug.');
	        },
	        schema,
	        sourceObjects: new Map()
	    });
	}
	// Type guard is intentionally a little wrong so as to be more useful,
	// as it does not cover untypable empty non-string iterables (e.g. []).
	const isEmptyPath = (path) => path == null ||
	    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
	let Collection$1 = class Collection extends Node.NodeBase {
	    constructor(type, schema) {
	        super(type);
	        Object.defineProperty(this, 'schema', {
	            value: schema,
	            configurable: true,
	            enumerable: false,
	            writable: true
	        });
	    }
	    /**
	     * Create a copy of this collection.
	     *
	     * @param schema - If defined, overwrites the original's schema
	     */
	    clone(schema) {
	        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
	        if (schema)
	            copy.schema = schema;
	        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /**
	     * Adds a value to the collection. For `!!map` and `!!omap` the value must
	     * be a Pair instance or a `{ key, value }` object, which may not have a key
	     * that already exists in the map.
	     */
	    addIn(path, value) {
	        if (isEmptyPath(path))
	            this.add(value);
	        else {
	            const [key, ...rest] = path;
	            const node = this.get(key, true);
	            if (identity.isCollection(node))
	                node.addIn(rest, value);
	            else if (node === undefined && this.schema)
	                this.set(key, collectionFromPath(this.schema, rest, value));
	            else
	                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	        }
	    }
	    /**
	     * Removes a value from the collection.
	     * @returns `true` if the item was found and removed.
	     */
	    deleteIn(path) {
	        const [key, ...rest] = path;
	        if (rest.length === 0)
	            return this.delete(key);
	        const node = this.get(key, true);
	        if (identity.isCollection(node))
	            return node.deleteIn(rest);
	        else
	            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	    }
	    /**
	     * Returns item at `key`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    getIn(path, keepScalar) {
	        const [key, ...rest] = path;
	        const node = this.get(key, true);
	        if (rest.length === 0)
	            return !keepScalar && identity.isScalar(node) ? node.value : node;
	        else
	            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
	    }
	    hasAllNullValues(allowScalar) {
	        return this.items.every(node => {
	            if (!identity.isPair(node))
	                return false;
	            const n = node.value;
	            return (n == null ||
	                (allowScalar &&
	                    identity.isScalar(n) &&
	                    n.value == null &&
	                    !n.commentBefore &&
	                    !n.comment &&
	                    !n.tag));
	        });
	    }
	    /**
	     * Checks if the collection includes a value with the key `key`.
	     */
	    hasIn(path) {
	        const [key, ...rest] = path;
	        if (rest.length === 0)
	            return this.has(key);
	        const node = this.get(key, true);
	        return identity.isCollection(node) ? node.hasIn(rest) : false;
	    }
	    /**
	     * Sets a value in this collection. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    setIn(path, value) {
	        const [key, ...rest] = path;
	        if (rest.length === 0) {
	            this.set(key, value);
	        }
	        else {
	            const node = this.get(key, true);
	            if (identity.isCollection(node))
	                node.setIn(rest, value);
	            else if (node === undefined && this.schema)
	                this.set(key, collectionFromPath(this.schema, rest, value));
	            else
	                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	        }
	    }
	};

	Collection.Collection = Collection$1;
	Collection.collectionFromPath = collectionFromPath;
	Collection.isEmptyPath = isEmptyPath;
	return Collection;
}

var Pair = {};

var stringifyPair = {};

var stringify = {};

var stringifyComment = {};

var hasRequiredStringifyComment;

function requireStringifyComment () {
	if (hasRequiredStringifyComment) return stringifyComment;
	hasRequiredStringifyComment = 1;

	/**
	 * Stringifies a comment.
	 *
	 * Empty comment lines are left empty,
	 * lines consisting of a single space are replaced by `#`,
	 * and all other lines are prefixed with a `#`.
	 */
	const stringifyComment$1 = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
	function indentComment(comment, indent) {
	    if (/^\n+$/.test(comment))
	        return comment.substring(1);
	    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
	}
	const lineComment = (str, indent, comment) => str.endsWith('\n')
	    ? indentComment(comment, indent)
	    : comment.includes('\n')
	        ? '\n' + indentComment(comment, indent)
	        : (str.endsWith(' ') ? '' : ' ') + comment;

	stringifyComment.indentComment = indentComment;
	stringifyComment.lineComment = lineComment;
	stringifyComment.stringifyComment = stringifyComment$1;
	return stringifyComment;
}

var stringifyString = {};

var foldFlowLines = {};

var hasRequiredFoldFlowLines;

function requireFoldFlowLines () {
	if (hasRequiredFoldFlowLines) return foldFlowLines;
	hasRequiredFoldFlowLines = 1;

	const FOLD_FLOW = 'flow';
	const FOLD_BLOCK = 'block';
	const FOLD_QUOTED = 'quoted';
	/**
	 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
	 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
	 * terminated with `\n` and started with `indent`.
	 */
	function foldFlowLines$1(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
	    if (!lineWidth || lineWidth < 0)
	        return text;
	    if (lineWidth < minContentWidth)
	        minContentWidth = 0;
	    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
	    if (text.length <= endStep)
	        return text;
	    const folds = [];
	    const escapedFolds = {};
	    let end = lineWidth - indent.length;
	    if (typeof indentAtStart === 'number') {
	        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
	            folds.push(0);
	        else
	            end = lineWidth - indentAtStart;
	    }
	    let split = undefined;
	    let prev = undefined;
	    let overflow = false;
	    let i = -1;
	    let escStart = -1;
	    let escEnd = -1;
	    if (mode === FOLD_BLOCK) {
	        i = consumeMoreIndentedLines(text, i, indent.length);
	        if (i !== -1)
	            end = i + endStep;
	    }
	    for (let ch; (ch = text[(i += 1)]);) {
	        if (mode === FOLD_QUOTED && ch === '\\') {
	            escStart = i;
	            switch (text[i + 1]) {
	                case 'x':
	                    i += 3;
	                    break;
	                case 'u':
	                    i += 5;
	                    break;
	                case 'U':
	                    i += 9;
	                    break;
	                default:
	                    i += 1;
	            }
	            escEnd = i;
	        }
	        if (ch === '\n') {
	            if (mode === FOLD_BLOCK)
	                i = consumeMoreIndentedLines(text, i, indent.length);
	            end = i + indent.length + endStep;
	            split = undefined;
	        }
	        else {
	            if (ch === ' ' &&
	                prev &&
	                prev !== ' ' &&
	                prev !== '\n' &&
	                prev !== '\t') {
	                // space surrounded by non-space can be replaced with newline + indent
	                const next = text[i + 1];
	                if (next && next !== ' ' && next !== '\n' && next !== '\t')
	                    split = i;
	            }
	            if (i >= end) {
	                if (split) {
	                    folds.push(split);
	                    end = split + endStep;
	                    split = undefined;
	                }
	                else if (mode === FOLD_QUOTED) {
	                    // white-space collected at end may stretch past lineWidth
	                    while (prev === ' ' || prev === '\t') {
	                        prev = ch;
	                        ch = text[(i += 1)];
	                        overflow = true;
	                    }
	                    // Account for newline escape, but don't break preceding escape
	                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
	                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
	                    if (escapedFolds[j])
	                        return text;
	                    folds.push(j);
	                    escapedFolds[j] = true;
	                    end = j + endStep;
	                    split = undefined;
	                }
	                else {
	                    overflow = true;
	                }
	            }
	        }
	        prev = ch;
	    }
	    if (overflow && onOverflow)
	        onOverflow();
	    if (folds.length === 0)
	        return text;
	    if (onFold)
	        onFold();
	    let res = text.slice(0, folds[0]);
	    for (let i = 0; i < folds.length; ++i) {
	        const fold = folds[i];
	        const end = folds[i + 1] || text.length;
	        if (fold === 0)
	            res = `\n${indent}${text.slice(0, end)}`;
	        else {
	            if (mode === FOLD_QUOTED && escapedFolds[fold])
	                res += `${text[fold]}\\`;
	            res += `\n${indent}${text.slice(fold + 1, end)}`;
	        }
	    }
	    return res;
	}
	/**
	 * Presumes `i + 1` is at the start of a line
	 * @returns index of last newline in more-indented block
	 */
	function consumeMoreIndentedLines(text, i, indent) {
	    let end = i;
	    let start = i + 1;
	    let ch = text[start];
	    while (ch === ' ' || ch === '\t') {
	        if (i < start + indent) {
	            ch = text[++i];
	        }
	        else {
	            do {
	                ch = text[++i];
	            } while (ch && ch !== '\n');
	            end = i;
	            start = i + 1;
	            ch = text[start];
	        }
	    }
	    return end;
	}

	foldFlowLines.FOLD_BLOCK = FOLD_BLOCK;
	foldFlowLines.FOLD_FLOW = FOLD_FLOW;
	foldFlowLines.FOLD_QUOTED = FOLD_QUOTED;
	foldFlowLines.foldFlowLines = foldFlowLines$1;
	return foldFlowLines;
}

var hasRequiredStringifyString;

function requireStringifyString () {
	if (hasRequiredStringifyString) return stringifyString;
	hasRequiredStringifyString = 1;

	var Scalar = requireScalar();
	var foldFlowLines = requireFoldFlowLines();

	const getFoldOptions = (ctx, isBlock) => ({
	    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
	    lineWidth: ctx.options.lineWidth,
	    minContentWidth: ctx.options.minContentWidth
	});
	// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
	// presume that's starting a new document.
	const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
	function lineLengthOverLimit(str, lineWidth, indentLength) {
	    if (!lineWidth || lineWidth < 0)
	        return false;
	    const limit = lineWidth - indentLength;
	    const strLen = str.length;
	    if (strLen <= limit)
	        return false;
	    for (let i = 0, start = 0; i < strLen; ++i) {
	        if (str[i] === '\n') {
	            if (i - start > limit)
	                return true;
	            start = i + 1;
	            if (strLen - start <= limit)
	                return false;
	        }
	    }
	    return true;
	}
	function doubleQuotedString(value, ctx) {
	    const json = JSON.stringify(value);
	    if (ctx.options.doubleQuotedAsJSON)
	        return json;
	    const { implicitKey } = ctx;
	    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
	    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	    let str = '';
	    let start = 0;
	    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
	        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
	            // space before newline needs to be escaped to not be folded
	            str += json.slice(start, i) + '\\ ';
	            i += 1;
	            start = i;
	            ch = '\\';
	        }
	        if (ch === '\\')
	            switch (json[i + 1]) {
	                case 'u':
	                    {
	                        str += json.slice(start, i);
	                        const code = json.substr(i + 2, 4);
	                        switch (code) {
	                            case '0000':
	                                str += '\\0';
	                                break;
	                            case '0007':
	                                str += '\\a';
	                                break;
	                            case '000b':
	                                str += '\\v';
	                                break;
	                            case '001b':
	                                str += '\\e';
	                                break;
	                            case '0085':
	                                str += '\\N';
	                                break;
	                            case '00a0':
	                                str += '\\_';
	                                break;
	                            case '2028':
	                                str += '\\L';
	                                break;
	                            case '2029':
	                                str += '\\P';
	                                break;
	                            default:
	                                if (code.substr(0, 2) === '00')
	                                    str += '\\x' + code.substr(2);
	                                else
	                                    str += json.substr(i, 6);
	                        }
	                        i += 5;
	                        start = i + 1;
	                    }
	                    break;
	                case 'n':
	                    if (implicitKey ||
	                        json[i + 2] === '"' ||
	                        json.length < minMultiLineLength) {
	                        i += 1;
	                    }
	                    else {
	                        // folding will eat first newline
	                        str += json.slice(start, i) + '\n\n';
	                        while (json[i + 2] === '\\' &&
	                            json[i + 3] === 'n' &&
	                            json[i + 4] !== '"') {
	                            str += '\n';
	                            i += 2;
	                        }
	                        str += indent;
	                        // space after newline needs to be escaped to not be folded
	                        if (json[i + 2] === ' ')
	                            str += '\\';
	                        i += 1;
	                        start = i + 1;
	                    }
	                    break;
	                default:
	                    i += 1;
	            }
	    }
	    str = start ? str + json.slice(start) : json;
	    return implicitKey
	        ? str
	        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
	}
	function singleQuotedString(value, ctx) {
	    if (ctx.options.singleQuote === false ||
	        (ctx.implicitKey && value.includes('\n')) ||
	        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
	    )
	        return doubleQuotedString(value, ctx);
	    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
	    return ctx.implicitKey
	        ? res
	        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function quotedString(value, ctx) {
	    const { singleQuote } = ctx.options;
	    let qs;
	    if (singleQuote === false)
	        qs = doubleQuotedString;
	    else {
	        const hasDouble = value.includes('"');
	        const hasSingle = value.includes("'");
	        if (hasDouble && !hasSingle)
	            qs = singleQuotedString;
	        else if (hasSingle && !hasDouble)
	            qs = doubleQuotedString;
	        else
	            qs = singleQuote ? singleQuotedString : doubleQuotedString;
	    }
	    return qs(value, ctx);
	}
	// The negative lookbehind avoids a polynomial search,
	// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
	let blockEndNewlines;
	try {
	    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
	}
	catch {
	    blockEndNewlines = /\n+(?!\n|$)/g;
	}
	function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
	    const { blockQuote, commentString, lineWidth } = ctx.options;
	    // 1. Block can't end in whitespace unless the last line is non-empty.
	    // 2. Strings consisting of only whitespace are best rendered explicitly.
	    if (!blockQuote || /\n[\t ]+$/.test(value)) {
	        return quotedString(value, ctx);
	    }
	    const indent = ctx.indent ||
	        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
	    const literal = blockQuote === 'literal'
	        ? true
	        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
	            ? false
	            : type === Scalar.Scalar.BLOCK_LITERAL
	                ? true
	                : !lineLengthOverLimit(value, lineWidth, indent.length);
	    if (!value)
	        return literal ? '|\n' : '>\n';
	    // determine chomping from whitespace at value end
	    let chomp;
	    let endStart;
	    for (endStart = value.length; endStart > 0; --endStart) {
	        const ch = value[endStart - 1];
	        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
	            break;
	    }
	    let end = value.substring(endStart);
	    const endNlPos = end.indexOf('\n');
	    if (endNlPos === -1) {
	        chomp = '-'; // strip
	    }
	    else if (value === end || endNlPos !== end.length - 1) {
	        chomp = '+'; // keep
	        if (onChompKeep)
	            onChompKeep();
	    }
	    else {
	        chomp = ''; // clip
	    }
	    if (end) {
	        value = value.slice(0, -end.length);
	        if (end[end.length - 1] === '\n')
	            end = end.slice(0, -1);
	        end = end.replace(blockEndNewlines, `$&${indent}`);
	    }
	    // determine indent indicator from whitespace at value start
	    let startWithSpace = false;
	    let startEnd;
	    let startNlPos = -1;
	    for (startEnd = 0; startEnd < value.length; ++startEnd) {
	        const ch = value[startEnd];
	        if (ch === ' ')
	            startWithSpace = true;
	        else if (ch === '\n')
	            startNlPos = startEnd;
	        else
	            break;
	    }
	    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
	    if (start) {
	        value = value.substring(start.length);
	        start = start.replace(/\n+/g, `$&${indent}`);
	    }
	    const indentSize = indent ? '2' : '1'; // root is at -1
	    // Leading | or > is added later
	    let header = (startWithSpace ? indentSize : '') + chomp;
	    if (comment) {
	        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
	        if (onComment)
	            onComment();
	    }
	    if (!literal) {
	        const foldedValue = value
	            .replace(/\n+/g, '\n$&')
	            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
	            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
	            .replace(/\n+/g, `$&${indent}`);
	        let literalFallback = false;
	        const foldOptions = getFoldOptions(ctx, true);
	        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
	            foldOptions.onOverflow = () => {
	                literalFallback = true;
	            };
	        }
	        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
	        if (!literalFallback)
	            return `>${header}\n${indent}${body}`;
	    }
	    value = value.replace(/\n+/g, `$&${indent}`);
	    return `|${header}\n${indent}${start}${value}${end}`;
	}
	function plainString(item, ctx, onComment, onChompKeep) {
	    const { type, value } = item;
	    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
	    if ((implicitKey && value.includes('\n')) ||
	        (inFlow && /[[\]{},]/.test(value))) {
	        return quotedString(value, ctx);
	    }
	    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
	        // not allowed:
	        // - '-' or '?'
	        // - start with an indicator character (except [?:-]) or /[?-] /
	        // - '\n ', ': ' or ' \n' anywhere
	        // - '#' not preceded by a non-space char
	        // - end with ' ' or ':'
	        return implicitKey || inFlow || !value.includes('\n')
	            ? quotedString(value, ctx)
	            : blockString(item, ctx, onComment, onChompKeep);
	    }
	    if (!implicitKey &&
	        !inFlow &&
	        type !== Scalar.Scalar.PLAIN &&
	        value.includes('\n')) {
	        // Where allowed & type not set explicitly, prefer block style for multiline strings
	        return blockString(item, ctx, onComment, onChompKeep);
	    }
	    if (containsDocumentMarker(value)) {
	        if (indent === '') {
	            ctx.forceBlockIndent = true;
	            return blockString(item, ctx, onComment, onChompKeep);
	        }
	        else if (implicitKey && indent === indentStep) {
	            return quotedString(value, ctx);
	        }
	    }
	    const str = value.replace(/\n+/g, `$&\n${indent}`);
	    // Verify that output will be parsed as a string, as e.g. plain numbers and
	    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
	    // and others in v1.1.
	    if (actualString) {
	        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
	        const { compat, tags } = ctx.doc.schema;
	        if (tags.some(test) || compat?.some(test))
	            return quotedString(value, ctx);
	    }
	    return implicitKey
	        ? str
	        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function stringifyString$1(item, ctx, onComment, onChompKeep) {
	    const { implicitKey, inFlow } = ctx;
	    const ss = typeof item.value === 'string'
	        ? item
	        : Object.assign({}, item, { value: String(item.value) });
	    let { type } = item;
	    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
	        // force double quotes on control characters & unpaired surrogates
	        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
	            type = Scalar.Scalar.QUOTE_DOUBLE;
	    }
	    const _stringify = (_type) => {
	        switch (_type) {
	            case Scalar.Scalar.BLOCK_FOLDED:
	            case Scalar.Scalar.BLOCK_LITERAL:
	                return implicitKey || inFlow
	                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
	                    : blockString(ss, ctx, onComment, onChompKeep);
	            case Scalar.Scalar.QUOTE_DOUBLE:
	                return doubleQuotedString(ss.value, ctx);
	            case Scalar.Scalar.QUOTE_SINGLE:
	                return singleQuotedString(ss.value, ctx);
	            case Scalar.Scalar.PLAIN:
	                return plainString(ss, ctx, onComment, onChompKeep);
	            default:
	                return null;
	        }
	    };
	    let res = _stringify(type);
	    if (res === null) {
	        const { defaultKeyType, defaultStringType } = ctx.options;
	        const t = (implicitKey && defaultKeyType) || defaultStringType;
	        res = _stringify(t);
	        if (res === null)
	            throw new Error(`Unsupported default string type ${t}`);
	    }
	    return res;
	}

	stringifyString.stringifyString = stringifyString$1;
	return stringifyString;
}

var hasRequiredStringify;

function requireStringify () {
	if (hasRequiredStringify) return stringify;
	hasRequiredStringify = 1;

	var anchors = requireAnchors();
	var identity = requireIdentity();
	var stringifyComment = requireStringifyComment();
	var stringifyString = requireStringifyString();

	function createStringifyContext(doc, options) {
	    const opt = Object.assign({
	        blockQuote: true,
	        commentString: stringifyComment.stringifyComment,
	        defaultKeyType: null,
	        defaultStringType: 'PLAIN',
	        directives: null,
	        doubleQuotedAsJSON: false,
	        doubleQuotedMinMultiLineLength: 40,
	        falseStr: 'false',
	        flowCollectionPadding: true,
	        indentSeq: true,
	        lineWidth: 80,
	        minContentWidth: 20,
	        nullStr: 'null',
	        simpleKeys: false,
	        singleQuote: null,
	        trailingComma: false,
	        trueStr: 'true',
	        verifyAliasOrder: true
	    }, doc.schema.toStringOptions, options);
	    let inFlow;
	    switch (opt.collectionStyle) {
	        case 'block':
	            inFlow = false;
	            break;
	        case 'flow':
	            inFlow = true;
	            break;
	        default:
	            inFlow = null;
	    }
	    return {
	        anchors: new Set(),
	        doc,
	        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
	        indent: '',
	        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
	        inFlow,
	        options: opt
	    };
	}
	function getTagObject(tags, item) {
	    if (item.tag) {
	        const match = tags.filter(t => t.tag === item.tag);
	        if (match.length > 0)
	            return match.find(t => t.format === item.format) ?? match[0];
	    }
	    let tagObj = undefined;
	    let obj;
	    if (identity.isScalar(item)) {
	        obj = item.value;
	        let match = tags.filter(t => t.identify?.(obj));
	        if (match.length > 1) {
	            const testMatch = match.filter(t => t.test);
	            if (testMatch.length > 0)
	                match = testMatch;
	        }
	        tagObj =
	            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
	    }
	    else {
	        obj = item;
	        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
	    }
	    if (!tagObj) {
	        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
	        throw new Error(`Tag not resolved for ${name} value`);
	    }
	    return tagObj;
	}
	// needs to be called before value stringifier to allow for circular anchor refs
	function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
	    if (!doc.directives)
	        return '';
	    const props = [];
	    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
	    if (anchor && anchors.anchorIsValid(anchor)) {
	        anchors$1.add(anchor);
	        props.push(`&${anchor}`);
	    }
	    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
	    if (tag)
	        props.push(doc.directives.tagString(tag));
	    return props.join(' ');
	}
	function stringify$1(item, ctx, onComment, onChompKeep) {
	    if (identity.isPair(item))
	        return item.toString(ctx, onComment, onChompKeep);
	    if (identity.isAlias(item)) {
	        if (ctx.doc.directives)
	            return item.toString(ctx);
	        if (ctx.resolvedAliases?.has(item)) {
	            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
	        }
	        else {
	            if (ctx.resolvedAliases)
	                ctx.resolvedAliases.add(item);
	            else
	                ctx.resolvedAliases = new Set([item]);
	            item = item.resolve(ctx.doc);
	        }
	    }
	    let tagObj = undefined;
	    const node = identity.isNode(item)
	        ? item
	        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
	    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
	    const props = stringifyProps(node, tagObj, ctx);
	    if (props.length > 0)
	        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
	    const str = typeof tagObj.stringify === 'function'
	        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
	        : identity.isScalar(node)
	            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
	            : node.toString(ctx, onComment, onChompKeep);
	    if (!props)
	        return str;
	    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
	        ? `${props} ${str}`
	        : `${props}\n${ctx.indent}${str}`;
	}

	stringify.createStringifyContext = createStringifyContext;
	stringify.stringify = stringify$1;
	return stringify;
}

var hasRequiredStringifyPair;

function requireStringifyPair () {
	if (hasRequiredStringifyPair) return stringifyPair;
	hasRequiredStringifyPair = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyPair$1({ key, value }, ctx, onComment, onChompKeep) {
	    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
	    let keyComment = (identity.isNode(key) && key.comment) || null;
	    if (simpleKeys) {
	        if (keyComment) {
	            throw new Error('With simple keys, key nodes cannot have comments');
	        }
	        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
	            const msg = 'With simple keys, collection cannot be used as a key value';
	            throw new Error(msg);
	        }
	    }
	    let explicitKey = !simpleKeys &&
	        (!key ||
	            (keyComment && value == null && !ctx.inFlow) ||
	            identity.isCollection(key) ||
	            (identity.isScalar(key)
	                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
	                : typeof key === 'object'));
	    ctx = Object.assign({}, ctx, {
	        allNullValues: false,
	        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
	        indent: indent + indentStep
	    });
	    let keyCommentDone = false;
	    let chompKeep = false;
	    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
	    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
	        if (simpleKeys)
	            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
	        explicitKey = true;
	    }
	    if (ctx.inFlow) {
	        if (allNullValues || value == null) {
	            if (keyCommentDone && onComment)
	                onComment();
	            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
	        }
	    }
	    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
	        str = `? ${str}`;
	        if (keyComment && !keyCommentDone) {
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	        }
	        else if (chompKeep && onChompKeep)
	            onChompKeep();
	        return str;
	    }
	    if (keyCommentDone)
	        keyComment = null;
	    if (explicitKey) {
	        if (keyComment)
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	        str = `? ${str}\n${indent}:`;
	    }
	    else {
	        str = `${str}:`;
	        if (keyComment)
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	    }
	    let vsb, vcb, valueComment;
	    if (identity.isNode(value)) {
	        vsb = !!value.spaceBefore;
	        vcb = value.commentBefore;
	        valueComment = value.comment;
	    }
	    else {
	        vsb = false;
	        vcb = null;
	        valueComment = null;
	        if (value && typeof value === 'object')
	            value = doc.createNode(value);
	    }
	    ctx.implicitKey = false;
	    if (!explicitKey && !keyComment && identity.isScalar(value))
	        ctx.indentAtStart = str.length + 1;
	    chompKeep = false;
	    if (!indentSeq &&
	        indentStep.length >= 2 &&
	        !ctx.inFlow &&
	        !explicitKey &&
	        identity.isSeq(value) &&
	        !value.flow &&
	        !value.tag &&
	        !value.anchor) {
	        // If indentSeq === false, consider '- ' as part of indentation where possible
	        ctx.indent = ctx.indent.substring(2);
	    }
	    let valueCommentDone = false;
	    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
	    let ws = ' ';
	    if (keyComment || vsb || vcb) {
	        ws = vsb ? '\n' : '';
	        if (vcb) {
	            const cs = commentString(vcb);
	            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
	        }
	        if (valueStr === '' && !ctx.inFlow) {
	            if (ws === '\n' && valueComment)
	                ws = '\n\n';
	        }
	        else {
	            ws += `\n${ctx.indent}`;
	        }
	    }
	    else if (!explicitKey && identity.isCollection(value)) {
	        const vs0 = valueStr[0];
	        const nl0 = valueStr.indexOf('\n');
	        const hasNewline = nl0 !== -1;
	        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
	        if (hasNewline || !flow) {
	            let hasPropsLine = false;
	            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
	                let sp0 = valueStr.indexOf(' ');
	                if (vs0 === '&' &&
	                    sp0 !== -1 &&
	                    sp0 < nl0 &&
	                    valueStr[sp0 + 1] === '!') {
	                    sp0 = valueStr.indexOf(' ', sp0 + 1);
	                }
	                if (sp0 === -1 || nl0 < sp0)
	                    hasPropsLine = true;
	            }
	            if (!hasPropsLine)
	                ws = `\n${ctx.indent}`;
	        }
	    }
	    else if (valueStr === '' || valueStr[0] === '\n') {
	        ws = '';
	    }
	    str += ws + valueStr;
	    if (ctx.inFlow) {
	        if (valueCommentDone && onComment)
	            onComment();
	    }
	    else if (valueComment && !valueCommentDone) {
	        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
	    }
	    else if (chompKeep && onChompKeep) {
	        onChompKeep();
	    }
	    return str;
	}

	stringifyPair.stringifyPair = stringifyPair$1;
	return stringifyPair;
}

var addPairToJSMap = {};

var log = {};

var hasRequiredLog;

function requireLog () {
	if (hasRequiredLog) return log;
	hasRequiredLog = 1;

	var node_process = require$$0;

	function debug(logLevel, ...messages) {
	    if (logLevel === 'debug')
	        console.log(...messages);
	}
	function warn(logLevel, warning) {
	    if (logLevel === 'debug' || logLevel === 'warn') {
	        if (typeof node_process.emitWarning === 'function')
	            node_process.emitWarning(warning);
	        else
	            console.warn(warning);
	    }
	}

	log.debug = debug;
	log.warn = warn;
	return log;
}

var merge = {};

var hasRequiredMerge;

function requireMerge () {
	if (hasRequiredMerge) return merge;
	hasRequiredMerge = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();

	// If the value associated with a merge key is a single mapping node, each of
	// its key/value pairs is inserted into the current mapping, unless the key
	// already exists in it. If the value associated with the merge key is a
	// sequence, then this sequence is expected to contain mapping nodes and each
	// of these nodes is merged in turn according to its order in the sequence.
	// Keys in mapping nodes earlier in the sequence override keys specified in
	// later mapping nodes. -- http://yaml.org/type/merge.html
	const MERGE_KEY = '<<';
	const merge$1 = {
	    identify: value => value === MERGE_KEY ||
	        (typeof value === 'symbol' && value.description === MERGE_KEY),
	    default: 'key',
	    tag: 'tag:yaml.org,2002:merge',
	    test: /^<<$/,
	    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
	        addToJSMap: addMergeToJSMap
	    }),
	    stringify: () => MERGE_KEY
	};
	const isMergeKey = (ctx, key) => (merge$1.identify(key) ||
	    (identity.isScalar(key) &&
	        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
	        merge$1.identify(key.value))) &&
	    ctx?.doc.schema.tags.some(tag => tag.tag === merge$1.tag && tag.default);
	function addMergeToJSMap(ctx, map, value) {
	    const source = resolveAliasValue(ctx, value);
	    if (identity.isSeq(source))
	        for (const it of source.items)
	            mergeValue(ctx, map, it);
	    else if (Array.isArray(source))
	        for (const it of source)
	            mergeValue(ctx, map, it);
	    else
	        mergeValue(ctx, map, source);
	}
	function mergeValue(ctx, map, value) {
	    const source = resolveAliasValue(ctx, value);
	    if (!identity.isMap(source))
	        throw new Error('Merge sources must be maps or map aliases');
	    const srcMap = source.toJSON(null, ctx, Map);
	    for (const [key, value] of srcMap) {
	        if (map instanceof Map) {
	            if (!map.has(key))
	                map.set(key, value);
	        }
	        else if (map instanceof Set) {
	            map.add(key);
	        }
	        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
	            Object.defineProperty(map, key, {
	                value,
	                writable: true,
	                enumerable: true,
	                configurable: true
	            });
	        }
	    }
	    return map;
	}
	function resolveAliasValue(ctx, value) {
	    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
	}

	merge.addMergeToJSMap = addMergeToJSMap;
	merge.isMergeKey = isMergeKey;
	merge.merge = merge$1;
	return merge;
}

var hasRequiredAddPairToJSMap;

function requireAddPairToJSMap () {
	if (hasRequiredAddPairToJSMap) return addPairToJSMap;
	hasRequiredAddPairToJSMap = 1;

	var log = requireLog();
	var merge = requireMerge();
	var stringify = requireStringify();
	var identity = requireIdentity();
	var toJS = requireToJS();

	function addPairToJSMap$1(ctx, map, { key, value }) {
	    if (identity.isNode(key) && key.addToJSMap)
	        key.addToJSMap(ctx, map, value);
	    // TODO: Should drop this special case for bare << handling
	    else if (merge.isMergeKey(ctx, key))
	        merge.addMergeToJSMap(ctx, map, value);
	    else {
	        const jsKey = toJS.toJS(key, '', ctx);
	        if (map instanceof Map) {
	            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
	        }
	        else if (map instanceof Set) {
	            map.add(jsKey);
	        }
	        else {
	            const stringKey = stringifyKey(key, jsKey, ctx);
	            const jsValue = toJS.toJS(value, stringKey, ctx);
	            if (stringKey in map)
	                Object.defineProperty(map, stringKey, {
	                    value: jsValue,
	                    writable: true,
	                    enumerable: true,
	                    configurable: true
	                });
	            else
	                map[stringKey] = jsValue;
	        }
	    }
	    return map;
	}
	function stringifyKey(key, jsKey, ctx) {
	    if (jsKey === null)
	        return '';
	    // eslint-disable-next-line @typescript-eslint/no-base-to-string
	    if (typeof jsKey !== 'object')
	        return String(jsKey);
	    if (identity.isNode(key) && ctx?.doc) {
	        const strCtx = stringify.createStringifyContext(ctx.doc, {});
	        strCtx.anchors = new Set();
	        for (const node of ctx.anchors.keys())
	            strCtx.anchors.add(node.anchor);
	        strCtx.inFlow = true;
	        strCtx.inStringifyKey = true;
	        const strKey = key.toString(strCtx);
	        if (!ctx.mapKeyWarned) {
	            let jsonStr = JSON.stringify(strKey);
	            if (jsonStr.length > 40)
	                jsonStr = jsonStr.substring(0, 36) + '..."';
	            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
	            ctx.mapKeyWarned = true;
	        }
	        return strKey;
	    }
	    return JSON.stringify(jsKey);
	}

	addPairToJSMap.addPairToJSMap = addPairToJSMap$1;
	return addPairToJSMap;
}

var hasRequiredPair;

function requirePair () {
	if (hasRequiredPair) return Pair;
	hasRequiredPair = 1;

	var createNode = requireCreateNode();
	var stringifyPair = requireStringifyPair();
	var addPairToJSMap = requireAddPairToJSMap();
	var identity = requireIdentity();

	function createPair(key, value, ctx) {
	    const k = createNode.createNode(key, undefined, ctx);
	    const v = createNode.createNode(value, undefined, ctx);
	    return new Pair$1(k, v);
	}
	let Pair$1 = class Pair {
	    constructor(key, value = null) {
	        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
	        this.key = key;
	        this.value = value;
	    }
	    clone(schema) {
	        let { key, value } = this;
	        if (identity.isNode(key))
	            key = key.clone(schema);
	        if (identity.isNode(value))
	            value = value.clone(schema);
	        return new Pair(key, value);
	    }
	    toJSON(_, ctx) {
	        const pair = ctx?.mapAsMap ? new Map() : {};
	        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
	    }
	    toString(ctx, onComment, onChompKeep) {
	        return ctx?.doc
	            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
	            : JSON.stringify(this);
	    }
	};

	Pair.Pair = Pair$1;
	Pair.createPair = createPair;
	return Pair;
}

var Schema = {};

var map = {};

var YAMLMap = {};

var stringifyCollection = {};

var hasRequiredStringifyCollection;

function requireStringifyCollection () {
	if (hasRequiredStringifyCollection) return stringifyCollection;
	hasRequiredStringifyCollection = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyCollection$1(collection, ctx, options) {
	    const flow = ctx.inFlow ?? collection.flow;
	    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
	    return stringify(collection, ctx, options);
	}
	function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
	    const { indent, options: { commentString } } = ctx;
	    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
	    let chompKeep = false; // flag for the preceding node's status
	    const lines = [];
	    for (let i = 0; i < items.length; ++i) {
	        const item = items[i];
	        let comment = null;
	        if (identity.isNode(item)) {
	            if (!chompKeep && item.spaceBefore)
	                lines.push('');
	            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
	            if (item.comment)
	                comment = item.comment;
	        }
	        else if (identity.isPair(item)) {
	            const ik = identity.isNode(item.key) ? item.key : null;
	            if (ik) {
	                if (!chompKeep && ik.spaceBefore)
	                    lines.push('');
	                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
	            }
	        }
	        chompKeep = false;
	        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
	        if (comment)
	            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
	        if (chompKeep && comment)
	            chompKeep = false;
	        lines.push(blockItemPrefix + str);
	    }
	    let str;
	    if (lines.length === 0) {
	        str = flowChars.start + flowChars.end;
	    }
	    else {
	        str = lines[0];
	        for (let i = 1; i < lines.length; ++i) {
	            const line = lines[i];
	            str += line ? `\n${indent}${line}` : '\n';
	        }
	    }
	    if (comment) {
	        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
	        if (onComment)
	            onComment();
	    }
	    else if (chompKeep && onChompKeep)
	        onChompKeep();
	    return str;
	}
	function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
	    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
	    itemIndent += indentStep;
	    const itemCtx = Object.assign({}, ctx, {
	        indent: itemIndent,
	        inFlow: true,
	        type: null
	    });
	    let reqNewline = false;
	    let linesAtValue = 0;
	    const lines = [];
	    for (let i = 0; i < items.length; ++i) {
	        const item = items[i];
	        let comment = null;
	        if (identity.isNode(item)) {
	            if (item.spaceBefore)
	                lines.push('');
	            addCommentBefore(ctx, lines, item.commentBefore, false);
	            if (item.comment)
	                comment = item.comment;
	        }
	        else if (identity.isPair(item)) {
	            const ik = identity.isNode(item.key) ? item.key : null;
	            if (ik) {
	                if (ik.spaceBefore)
	                    lines.push('');
	                addCommentBefore(ctx, lines, ik.commentBefore, false);
	                if (ik.comment)
	                    reqNewline = true;
	            }
	            const iv = identity.isNode(item.value) ? item.value : null;
	            if (iv) {
	                if (iv.comment)
	                    comment = iv.comment;
	                if (iv.commentBefore)
	                    reqNewline = true;
	            }
	            else if (item.value == null && ik?.comment) {
	                comment = ik.comment;
	            }
	        }
	        if (comment)
	            reqNewline = true;
	        let str = stringify.stringify(item, itemCtx, () => (comment = null));
	        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
	        if (i < items.length - 1) {
	            str += ',';
	        }
	        else if (ctx.options.trailingComma) {
	            if (ctx.options.lineWidth > 0) {
	                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
	                    (str.length + 2) >
	                    ctx.options.lineWidth);
	            }
	            if (reqNewline) {
	                str += ',';
	            }
	        }
	        if (comment)
	            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
	        lines.push(str);
	        linesAtValue = lines.length;
	    }
	    const { start, end } = flowChars;
	    if (lines.length === 0) {
	        return start + end;
	    }
	    else {
	        if (!reqNewline) {
	            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
	            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
	        }
	        if (reqNewline) {
	            let str = start;
	            for (const line of lines)
	                str += line ? `\n${indentStep}${indent}${line}` : '\n';
	            return `${str}\n${indent}${end}`;
	        }
	        else {
	            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
	        }
	    }
	}
	function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
	    if (comment && chompKeep)
	        comment = comment.replace(/^\n+/, '');
	    if (comment) {
	        const ic = stringifyComment.indentComment(commentString(comment), indent);
	        lines.push(ic.trimStart()); // Avoid double indent on first line
	    }
	}

	stringifyCollection.stringifyCollection = stringifyCollection$1;
	return stringifyCollection;
}

var hasRequiredYAMLMap;

function requireYAMLMap () {
	if (hasRequiredYAMLMap) return YAMLMap;
	hasRequiredYAMLMap = 1;

	var stringifyCollection = requireStringifyCollection();
	var addPairToJSMap = requireAddPairToJSMap();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();

	function findPair(items, key) {
	    const k = identity.isScalar(key) ? key.value : key;
	    for (const it of items) {
	        if (identity.isPair(it)) {
	            if (it.key === key || it.key === k)
	                return it;
	            if (identity.isScalar(it.key) && it.key.value === k)
	                return it;
	        }
	    }
	    return undefined;
	}
	let YAMLMap$1 = class YAMLMap extends Collection.Collection {
	    static get tagName() {
	        return 'tag:yaml.org,2002:map';
	    }
	    constructor(schema) {
	        super(identity.MAP, schema);
	        this.items = [];
	    }
	    /**
	     * A generic collection parsing method that can be extended
	     * to other node classes that inherit from YAMLMap
	     */
	    static from(schema, obj, ctx) {
	        const { keepUndefined, replacer } = ctx;
	        const map = new this(schema);
	        const add = (key, value) => {
	            if (typeof replacer === 'function')
	                value = replacer.call(obj, key, value);
	            else if (Array.isArray(replacer) && !replacer.includes(key))
	                return;
	            if (value !== undefined || keepUndefined)
	                map.items.push(Pair.createPair(key, value, ctx));
	        };
	        if (obj instanceof Map) {
	            for (const [key, value] of obj)
	                add(key, value);
	        }
	        else if (obj && typeof obj === 'object') {
	            for (const key of Object.keys(obj))
	                add(key, obj[key]);
	        }
	        if (typeof schema.sortMapEntries === 'function') {
	            map.items.sort(schema.sortMapEntries);
	        }
	        return map;
	    }
	    /**
	     * Adds a value to the collection.
	     *
	     * @param overwrite - If not set `true`, using a key that is already in the
	     *   collection will throw. Otherwise, overwrites the previous value.
	     */
	    add(pair, overwrite) {
	        let _pair;
	        if (identity.isPair(pair))
	            _pair = pair;
	        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
	            // In TypeScript, this never happens.
	            _pair = new Pair.Pair(pair, pair?.value);
	        }
	        else
	            _pair = new Pair.Pair(pair.key, pair.value);
	        const prev = findPair(this.items, _pair.key);
	        const sortEntries = this.schema?.sortMapEntries;
	        if (prev) {
	            if (!overwrite)
	                throw new Error(`Key ${_pair.key} already set`);
	            // For scalars, keep the old node & its comments and anchors
	            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
	                prev.value.value = _pair.value;
	            else
	                prev.value = _pair.value;
	        }
	        else if (sortEntries) {
	            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
	            if (i === -1)
	                this.items.push(_pair);
	            else
	                this.items.splice(i, 0, _pair);
	        }
	        else {
	            this.items.push(_pair);
	        }
	    }
	    delete(key) {
	        const it = findPair(this.items, key);
	        if (!it)
	            return false;
	        const del = this.items.splice(this.items.indexOf(it), 1);
	        return del.length > 0;
	    }
	    get(key, keepScalar) {
	        const it = findPair(this.items, key);
	        const node = it?.value;
	        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
	    }
	    has(key) {
	        return !!findPair(this.items, key);
	    }
	    set(key, value) {
	        this.add(new Pair.Pair(key, value), true);
	    }
	    /**
	     * @param ctx - Conversion context, originally set in Document#toJS()
	     * @param {Class} Type - If set, forces the returned collection type
	     * @returns Instance of Type, Map, or Object
	     */
	    toJSON(_, ctx, Type) {
	        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
	        if (ctx?.onCreate)
	            ctx.onCreate(map);
	        for (const item of this.items)
	            addPairToJSMap.addPairToJSMap(ctx, map, item);
	        return map;
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        for (const item of this.items) {
	            if (!identity.isPair(item))
	                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
	        }
	        if (!ctx.allNullValues && this.hasAllNullValues(false))
	            ctx = Object.assign({}, ctx, { allNullValues: true });
	        return stringifyCollection.stringifyCollection(this, ctx, {
	            blockItemPrefix: '',
	            flowChars: { start: '{', end: '}' },
	            itemIndent: ctx.indent || '',
	            onChompKeep,
	            onComment
	        });
	    }
	};

	YAMLMap.YAMLMap = YAMLMap$1;
	YAMLMap.findPair = findPair;
	return YAMLMap;
}

var hasRequiredMap;

function requireMap () {
	if (hasRequiredMap) return map;
	hasRequiredMap = 1;

	var identity = requireIdentity();
	var YAMLMap = requireYAMLMap();

	const map$1 = {
	    collection: 'map',
	    default: true,
	    nodeClass: YAMLMap.YAMLMap,
	    tag: 'tag:yaml.org,2002:map',
	    resolve(map, onError) {
	        if (!identity.isMap(map))
	            onError('Expected a mapping for this tag');
	        return map;
	    },
	    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
	};

	map.map = map$1;
	return map;
}

var seq = {};

var YAMLSeq = {};

var hasRequiredYAMLSeq;

function requireYAMLSeq () {
	if (hasRequiredYAMLSeq) return YAMLSeq;
	hasRequiredYAMLSeq = 1;

	var createNode = requireCreateNode();
	var stringifyCollection = requireStringifyCollection();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Scalar = requireScalar();
	var toJS = requireToJS();

	let YAMLSeq$1 = class YAMLSeq extends Collection.Collection {
	    static get tagName() {
	        return 'tag:yaml.org,2002:seq';
	    }
	    constructor(schema) {
	        super(identity.SEQ, schema);
	        this.items = [];
	    }
	    add(value) {
	        this.items.push(value);
	    }
	    /**
	     * Removes a value from the collection.
	     *
	     * `key` must contain a representation of an integer for this to succeed.
	     * It may be wrapped in a `Scalar`.
	     *
	     * @returns `true` if the item was found and removed.
	     */
	    delete(key) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            return false;
	        const del = this.items.splice(idx, 1);
	        return del.length > 0;
	    }
	    get(key, keepScalar) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            return undefined;
	        const it = this.items[idx];
	        return !keepScalar && identity.isScalar(it) ? it.value : it;
	    }
	    /**
	     * Checks if the collection includes a value with the key `key`.
	     *
	     * `key` must contain a representation of an integer for this to succeed.
	     * It may be wrapped in a `Scalar`.
	     */
	    has(key) {
	        const idx = asItemIndex(key);
	        return typeof idx === 'number' && idx < this.items.length;
	    }
	    /**
	     * Sets a value in this collection. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     *
	     * If `key` does not contain a representation of an integer, this will throw.
	     * It may be wrapped in a `Scalar`.
	     */
	    set(key, value) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            throw new Error(`Expected a valid index, not ${key}.`);
	        const prev = this.items[idx];
	        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
	            prev.value = value;
	        else
	            this.items[idx] = value;
	    }
	    toJSON(_, ctx) {
	        const seq = [];
	        if (ctx?.onCreate)
	            ctx.onCreate(seq);
	        let i = 0;
	        for (const item of this.items)
	            seq.push(toJS.toJS(item, String(i++), ctx));
	        return seq;
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        return stringifyCollection.stringifyCollection(this, ctx, {
	            blockItemPrefix: '- ',
	            flowChars: { start: '[', end: ']' },
	            itemIndent: (ctx.indent || '') + '  ',
	            onChompKeep,
	            onComment
	        });
	    }
	    static from(schema, obj, ctx) {
	        const { replacer } = ctx;
	        const seq = new this(schema);
	        if (obj && Symbol.iterator in Object(obj)) {
	            let i = 0;
	            for (let it of obj) {
	                if (typeof replacer === 'function') {
	                    const key = obj instanceof Set ? it : String(i++);
	                    it = replacer.call(obj, key, it);
	                }
	                seq.items.push(createNode.createNode(it, undefined, ctx));
	            }
	        }
	        return seq;
	    }
	};
	function asItemIndex(key) {
	    let idx = identity.isScalar(key) ? key.value : key;
	    if (idx && typeof idx === 'string')
	        idx = Number(idx);
	    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
	        ? idx
	        : null;
	}

	YAMLSeq.YAMLSeq = YAMLSeq$1;
	return YAMLSeq;
}

var hasRequiredSeq;

function requireSeq () {
	if (hasRequiredSeq) return seq;
	hasRequiredSeq = 1;

	var identity = requireIdentity();
	var YAMLSeq = requireYAMLSeq();

	const seq$1 = {
	    collection: 'seq',
	    default: true,
	    nodeClass: YAMLSeq.YAMLSeq,
	    tag: 'tag:yaml.org,2002:seq',
	    resolve(seq, onError) {
	        if (!identity.isSeq(seq))
	            onError('Expected a sequence for this tag');
	        return seq;
	    },
	    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
	};

	seq.seq = seq$1;
	return seq;
}

var string = {};

var hasRequiredString;

function requireString () {
	if (hasRequiredString) return string;
	hasRequiredString = 1;

	var stringifyString = requireStringifyString();

	const string$1 = {
	    identify: value => typeof value === 'string',
	    default: true,
	    tag: 'tag:yaml.org,2002:str',
	    resolve: str => str,
	    stringify(item, ctx, onComment, onChompKeep) {
	        ctx = Object.assign({ actualString: true }, ctx);
	        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
	    }
	};

	string.string = string$1;
	return string;
}

var tags = {};

var _null = {};

var hasRequired_null;

function require_null () {
	if (hasRequired_null) return _null;
	hasRequired_null = 1;

	var Scalar = requireScalar();

	const nullTag = {
	    identify: value => value == null,
	    createNode: () => new Scalar.Scalar(null),
	    default: true,
	    tag: 'tag:yaml.org,2002:null',
	    test: /^(?:~|[Nn]ull|NULL)?$/,
	    resolve: () => new Scalar.Scalar(null),
	    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
	        ? source
	        : ctx.options.nullStr
	};

	_null.nullTag = nullTag;
	return _null;
}

var bool$1 = {};

var hasRequiredBool$1;

function requireBool$1 () {
	if (hasRequiredBool$1) return bool$1;
	hasRequiredBool$1 = 1;

	var Scalar = requireScalar();

	const boolTag = {
	    identify: value => typeof value === 'boolean',
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
	    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
	    stringify({ source, value }, ctx) {
	        if (source && boolTag.test.test(source)) {
	            const sv = source[0] === 't' || source[0] === 'T';
	            if (value === sv)
	                return source;
	        }
	        return value ? ctx.options.trueStr : ctx.options.falseStr;
	    }
	};

	bool$1.boolTag = boolTag;
	return bool$1;
}

var float$1 = {};

var stringifyNumber = {};

var hasRequiredStringifyNumber;

function requireStringifyNumber () {
	if (hasRequiredStringifyNumber) return stringifyNumber;
	hasRequiredStringifyNumber = 1;

	function stringifyNumber$1({ format, minFractionDigits, tag, value }) {
	    if (typeof value === 'bigint')
	        return String(value);
	    const num = typeof value === 'number' ? value : Number(value);
	    if (!isFinite(num))
	        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
	    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
	    if (!format &&
	        minFractionDigits &&
	        (!tag || tag === 'tag:yaml.org,2002:float') &&
	        /^-?\d/.test(n) &&
	        !n.includes('e')) {
	        let i = n.indexOf('.');
	        if (i < 0) {
	            i = n.length;
	            n += '.';
	        }
	        let d = minFractionDigits - (n.length - i - 1);
	        while (d-- > 0)
	            n += '0';
	    }
	    return n;
	}

	stringifyNumber.stringifyNumber = stringifyNumber$1;
	return stringifyNumber;
}

var hasRequiredFloat$1;

function requireFloat$1 () {
	if (hasRequiredFloat$1) return float$1;
	hasRequiredFloat$1 = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

	const floatNaN = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	    resolve: str => str.slice(-3).toLowerCase() === 'nan'
	        ? NaN
	        : str[0] === '-'
	            ? Number.NEGATIVE_INFINITY
	            : Number.POSITIVE_INFINITY,
	    stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'EXP',
	    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
	    resolve: str => parseFloat(str),
	    stringify(node) {
	        const num = Number(node.value);
	        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
	    }
	};
	const float = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
	    resolve(str) {
	        const node = new Scalar.Scalar(parseFloat(str));
	        const dot = str.indexOf('.');
	        if (dot !== -1 && str[str.length - 1] === '0')
	            node.minFractionDigits = str.length - dot - 1;
	        return node;
	    },
	    stringify: stringifyNumber.stringifyNumber
	};

	float$1.float = float;
	float$1.floatExp = floatExp;
	float$1.floatNaN = floatNaN;
	return float$1;
}

var int$1 = {};

var hasRequiredInt$1;

function requireInt$1 () {
	if (hasRequiredInt$1) return int$1;
	hasRequiredInt$1 = 1;

	var stringifyNumber = requireStringifyNumber();

	const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
	const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
	function intStringify(node, radix, prefix) {
	    const { value } = node;
	    if (intIdentify(value) && value >= 0)
	        return prefix + value.toString(radix);
	    return stringifyNumber.stringifyNumber(node);
	}
	const intOct = {
	    identify: value => intIdentify(value) && value >= 0,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'OCT',
	    test: /^0o[0-7]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
	    stringify: node => intStringify(node, 8, '0o')
	};
	const int = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    test: /^[-+]?[0-9]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
	    stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
	    identify: value => intIdentify(value) && value >= 0,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'HEX',
	    test: /^0x[0-9a-fA-F]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
	    stringify: node => intStringify(node, 16, '0x')
	};

	int$1.int = int;
	int$1.intHex = intHex;
	int$1.intOct = intOct;
	return int$1;
}

var schema$2 = {};

var hasRequiredSchema$3;

function requireSchema$3 () {
	if (hasRequiredSchema$3) return schema$2;
	hasRequiredSchema$3 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();

	const schema = [
	    map.map,
	    seq.seq,
	    string.string,
	    _null.nullTag,
	    bool.boolTag,
	    int.intOct,
	    int.int,
	    int.intHex,
	    float.floatNaN,
	    float.floatExp,
	    float.float
	];

	schema$2.schema = schema;
	return schema$2;
}

var schema$1 = {};

var hasRequiredSchema$2;

function requireSchema$2 () {
	if (hasRequiredSchema$2) return schema$1;
	hasRequiredSchema$2 = 1;

	var Scalar = requireScalar();
	var map = requireMap();
	var seq = requireSeq();

	function intIdentify(value) {
	    return typeof value === 'bigint' || Number.isInteger(value);
	}
	const stringifyJSON = ({ value }) => JSON.stringify(value);
	const jsonScalars = [
	    {
	        identify: value => typeof value === 'string',
	        default: true,
	        tag: 'tag:yaml.org,2002:str',
	        resolve: str => str,
	        stringify: stringifyJSON
	    },
	    {
	        identify: value => value == null,
	        createNode: () => new Scalar.Scalar(null),
	        default: true,
	        tag: 'tag:yaml.org,2002:null',
	        test: /^null$/,
	        resolve: () => null,
	        stringify: stringifyJSON
	    },
	    {
	        identify: value => typeof value === 'boolean',
	        default: true,
	        tag: 'tag:yaml.org,2002:bool',
	        test: /^true$|^false$/,
	        resolve: str => str === 'true',
	        stringify: stringifyJSON
	    },
	    {
	        identify: intIdentify,
	        default: true,
	        tag: 'tag:yaml.org,2002:int',
	        test: /^-?(?:0|[1-9][0-9]*)$/,
	        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
	        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
	    },
	    {
	        identify: value => typeof value === 'number',
	        default: true,
	        tag: 'tag:yaml.org,2002:float',
	        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
	        resolve: str => parseFloat(str),
	        stringify: stringifyJSON
	    }
	];
	const jsonError = {
	    default: true,
	    tag: '',
	    test: /^/,
	    resolve(str, onError) {
	        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
	        return str;
	    }
	};
	const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

	schema$1.schema = schema;
	return schema$1;
}

var binary = {};

var hasRequiredBinary;

function requireBinary () {
	if (hasRequiredBinary) return binary;
	hasRequiredBinary = 1;

	var node_buffer = require$$0$1;
	var Scalar = requireScalar();
	var stringifyString = requireStringifyString();

	const binary$1 = {
	    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
	    default: false,
	    tag: 'tag:yaml.org,2002:binary',
	    /**
	     * Returns a Buffer in node and an Uint8Array in browsers
	     *
	     * To use the resulting buffer as an image, you'll want to do something like:
	     *
	     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
	     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
	     */
	    resolve(src, onError) {
	        if (typeof node_buffer.Buffer === 'function') {
	            return node_buffer.Buffer.from(src, 'base64');
	        }
	        else if (typeof atob === 'function') {
	            // On IE 11, atob() can't handle newlines
	            const str = atob(src.replace(/[\n\r]/g, ''));
	            const buffer = new Uint8Array(str.length);
	            for (let i = 0; i < str.length; ++i)
	                buffer[i] = str.charCodeAt(i);
	            return buffer;
	        }
	        else {
	            onError('This environment does not support reading binary tags; either Buffer or atob is required');
	            return src;
	        }
	    },
	    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
	        if (!value)
	            return '';
	        const buf = value; // checked earlier by binary.identify()
	        let str;
	        if (typeof node_buffer.Buffer === 'function') {
	            str =
	                buf instanceof node_buffer.Buffer
	                    ? buf.toString('base64')
	                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
	        }
	        else if (typeof btoa === 'function') {
	            let s = '';
	            for (let i = 0; i < buf.length; ++i)
	                s += String.fromCharCode(buf[i]);
	            str = btoa(s);
	        }
	        else {
	            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
	        }
	        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
	        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
	            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
	            const n = Math.ceil(str.length / lineWidth);
	            const lines = new Array(n);
	            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
	                lines[i] = str.substr(o, lineWidth);
	            }
	            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
	        }
	        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
	    }
	};

	binary.binary = binary$1;
	return binary;
}

var omap = {};

var pairs = {};

var hasRequiredPairs;

function requirePairs () {
	if (hasRequiredPairs) return pairs;
	hasRequiredPairs = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLSeq = requireYAMLSeq();

	function resolvePairs(seq, onError) {
	    if (identity.isSeq(seq)) {
	        for (let i = 0; i < seq.items.length; ++i) {
	            let item = seq.items[i];
	            if (identity.isPair(item))
	                continue;
	            else if (identity.isMap(item)) {
	                if (item.items.length > 1)
	                    onError('Each pair must have its own sequence indicator');
	                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
	                if (item.commentBefore)
	                    pair.key.commentBefore = pair.key.commentBefore
	                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
	                        : item.commentBefore;
	                if (item.comment) {
	                    const cn = pair.value ?? pair.key;
	                    cn.comment = cn.comment
	                        ? `${item.comment}\n${cn.comment}`
	                        : item.comment;
	                }
	                item = pair;
	            }
	            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
	        }
	    }
	    else
	        onError('Expected a sequence for this tag');
	    return seq;
	}
	function createPairs(schema, iterable, ctx) {
	    const { replacer } = ctx;
	    const pairs = new YAMLSeq.YAMLSeq(schema);
	    pairs.tag = 'tag:yaml.org,2002:pairs';
	    let i = 0;
	    if (iterable && Symbol.iterator in Object(iterable))
	        for (let it of iterable) {
	            if (typeof replacer === 'function')
	                it = replacer.call(iterable, String(i++), it);
	            let key, value;
	            if (Array.isArray(it)) {
	                if (it.length === 2) {
	                    key = it[0];
	                    value = it[1];
	                }
	                else
	                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
	            }
	            else if (it && it instanceof Object) {
	                const keys = Object.keys(it);
	                if (keys.length === 1) {
	                    key = keys[0];
	                    value = it[key];
	                }
	                else {
	                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
	                }
	            }
	            else {
	                key = it;
	            }
	            pairs.items.push(Pair.createPair(key, value, ctx));
	        }
	    return pairs;
	}
	const pairs$1 = {
	    collection: 'seq',
	    default: false,
	    tag: 'tag:yaml.org,2002:pairs',
	    resolve: resolvePairs,
	    createNode: createPairs
	};

	pairs.createPairs = createPairs;
	pairs.pairs = pairs$1;
	pairs.resolvePairs = resolvePairs;
	return pairs;
}

var hasRequiredOmap;

function requireOmap () {
	if (hasRequiredOmap) return omap;
	hasRequiredOmap = 1;

	var identity = requireIdentity();
	var toJS = requireToJS();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var pairs = requirePairs();

	class YAMLOMap extends YAMLSeq.YAMLSeq {
	    constructor() {
	        super();
	        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
	        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
	        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
	        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
	        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
	        this.tag = YAMLOMap.tag;
	    }
	    /**
	     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
	     * but TypeScript won't allow widening the signature of a child method.
	     */
	    toJSON(_, ctx) {
	        if (!ctx)
	            return super.toJSON(_);
	        const map = new Map();
	        if (ctx?.onCreate)
	            ctx.onCreate(map);
	        for (const pair of this.items) {
	            let key, value;
	            if (identity.isPair(pair)) {
	                key = toJS.toJS(pair.key, '', ctx);
	                value = toJS.toJS(pair.value, key, ctx);
	            }
	            else {
	                key = toJS.toJS(pair, '', ctx);
	            }
	            if (map.has(key))
	                throw new Error('Ordered maps must not include duplicate keys');
	            map.set(key, value);
	        }
	        return map;
	    }
	    static from(schema, iterable, ctx) {
	        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
	        const omap = new this();
	        omap.items = pairs$1.items;
	        return omap;
	    }
	}
	YAMLOMap.tag = 'tag:yaml.org,2002:omap';
	const omap$1 = {
	    collection: 'seq',
	    identify: value => value instanceof Map,
	    nodeClass: YAMLOMap,
	    default: false,
	    tag: 'tag:yaml.org,2002:omap',
	    resolve(seq, onError) {
	        const pairs$1 = pairs.resolvePairs(seq, onError);
	        const seenKeys = [];
	        for (const { key } of pairs$1.items) {
	            if (identity.isScalar(key)) {
	                if (seenKeys.includes(key.value)) {
	                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
	                }
	                else {
	                    seenKeys.push(key.value);
	                }
	            }
	        }
	        return Object.assign(new YAMLOMap(), pairs$1);
	    },
	    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
	};

	omap.YAMLOMap = YAMLOMap;
	omap.omap = omap$1;
	return omap;
}

var schema = {};

var bool = {};

var hasRequiredBool;

function requireBool () {
	if (hasRequiredBool) return bool;
	hasRequiredBool = 1;

	var Scalar = requireScalar();

	function boolStringify({ value, source }, ctx) {
	    const boolObj = value ? trueTag : falseTag;
	    if (source && boolObj.test.test(source))
	        return source;
	    return value ? ctx.options.trueStr : ctx.options.falseStr;
	}
	const trueTag = {
	    identify: value => value === true,
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
	    resolve: () => new Scalar.Scalar(true),
	    stringify: boolStringify
	};
	const falseTag = {
	    identify: value => value === false,
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
	    resolve: () => new Scalar.Scalar(false),
	    stringify: boolStringify
	};

	bool.falseTag = falseTag;
	bool.trueTag = trueTag;
	return bool;
}

var float = {};

var hasRequiredFloat;

function requireFloat () {
	if (hasRequiredFloat) return float;
	hasRequiredFloat = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

	const floatNaN = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
	        ? NaN
	        : str[0] === '-'
	            ? Number.NEGATIVE_INFINITY
	            : Number.POSITIVE_INFINITY,
	    stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'EXP',
	    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
	    resolve: (str) => parseFloat(str.replace(/_/g, '')),
	    stringify(node) {
	        const num = Number(node.value);
	        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
	    }
	};
	const float$1 = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
	    resolve(str) {
	        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
	        const dot = str.indexOf('.');
	        if (dot !== -1) {
	            const f = str.substring(dot + 1).replace(/_/g, '');
	            if (f[f.length - 1] === '0')
	                node.minFractionDigits = f.length;
	        }
	        return node;
	    },
	    stringify: stringifyNumber.stringifyNumber
	};

	float.float = float$1;
	float.floatExp = floatExp;
	float.floatNaN = floatNaN;
	return float;
}

var int = {};

var hasRequiredInt;

function requireInt () {
	if (hasRequiredInt) return int;
	hasRequiredInt = 1;

	var stringifyNumber = requireStringifyNumber();

	const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
	function intResolve(str, offset, radix, { intAsBigInt }) {
	    const sign = str[0];
	    if (sign === '-' || sign === '+')
	        offset += 1;
	    str = str.substring(offset).replace(/_/g, '');
	    if (intAsBigInt) {
	        switch (radix) {
	            case 2:
	                str = `0b${str}`;
	                break;
	            case 8:
	                str = `0o${str}`;
	                break;
	            case 16:
	                str = `0x${str}`;
	                break;
	        }
	        const n = BigInt(str);
	        return sign === '-' ? BigInt(-1) * n : n;
	    }
	    const n = parseInt(str, radix);
	    return sign === '-' ? -1 * n : n;
	}
	function intStringify(node, radix, prefix) {
	    const { value } = node;
	    if (intIdentify(value)) {
	        const str = value.toString(radix);
	        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
	    }
	    return stringifyNumber.stringifyNumber(node);
	}
	const intBin = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'BIN',
	    test: /^[-+]?0b[0-1_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
	    stringify: node => intStringify(node, 2, '0b')
	};
	const intOct = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'OCT',
	    test: /^[-+]?0[0-7_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
	    stringify: node => intStringify(node, 8, '0')
	};
	const int$1 = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    test: /^[-+]?[0-9][0-9_]*$/,
	    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
	    stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'HEX',
	    test: /^[-+]?0x[0-9a-fA-F_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
	    stringify: node => intStringify(node, 16, '0x')
	};

	int.int = int$1;
	int.intBin = intBin;
	int.intHex = intHex;
	int.intOct = intOct;
	return int;
}

var set = {};

var hasRequiredSet;

function requireSet () {
	if (hasRequiredSet) return set;
	hasRequiredSet = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();

	class YAMLSet extends YAMLMap.YAMLMap {
	    constructor(schema) {
	        super(schema);
	        this.tag = YAMLSet.tag;
	    }
	    add(key) {
	        let pair;
	        if (identity.isPair(key))
	            pair = key;
	        else if (key &&
	            typeof key === 'object' &&
	            'key' in key &&
	            'value' in key &&
	            key.value === null)
	            pair = new Pair.Pair(key.key, null);
	        else
	            pair = new Pair.Pair(key, null);
	        const prev = YAMLMap.findPair(this.items, pair.key);
	        if (!prev)
	            this.items.push(pair);
	    }
	    /**
	     * If `keepPair` is `true`, returns the Pair matching `key`.
	     * Otherwise, returns the value of that Pair's key.
	     */
	    get(key, keepPair) {
	        const pair = YAMLMap.findPair(this.items, key);
	        return !keepPair && identity.isPair(pair)
	            ? identity.isScalar(pair.key)
	                ? pair.key.value
	                : pair.key
	            : pair;
	    }
	    set(key, value) {
	        if (typeof value !== 'boolean')
	            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
	        const prev = YAMLMap.findPair(this.items, key);
	        if (prev && !value) {
	            this.items.splice(this.items.indexOf(prev), 1);
	        }
	        else if (!prev && value) {
	            this.items.push(new Pair.Pair(key));
	        }
	    }
	    toJSON(_, ctx) {
	        return super.toJSON(_, ctx, Set);
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        if (this.hasAllNullValues(true))
	            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
	        else
	            throw new Error('Set items must all have null values');
	    }
	    static from(schema, iterable, ctx) {
	        const { replacer } = ctx;
	        const set = new this(schema);
	        if (iterable && Symbol.iterator in Object(iterable))
	            for (let value of iterable) {
	                if (typeof replacer === 'function')
	                    value = replacer.call(iterable, value, value);
	                set.items.push(Pair.createPair(value, null, ctx));
	            }
	        return set;
	    }
	}
	YAMLSet.tag = 'tag:yaml.org,2002:set';
	const set$1 = {
	    collection: 'map',
	    identify: value => value instanceof Set,
	    nodeClass: YAMLSet,
	    default: false,
	    tag: 'tag:yaml.org,2002:set',
	    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
	    resolve(map, onError) {
	        if (identity.isMap(map)) {
	            if (map.hasAllNullValues(true))
	                return Object.assign(new YAMLSet(), map);
	            else
	                onError('Set items must all have null values');
	        }
	        else
	            onError('Expected a mapping for this tag');
	        return map;
	    }
	};

	set.YAMLSet = YAMLSet;
	set.set = set$1;
	return set;
}

var timestamp = {};

var hasRequiredTimestamp;

function requireTimestamp () {
	if (hasRequiredTimestamp) return timestamp;
	hasRequiredTimestamp = 1;

	var stringifyNumber = requireStringifyNumber();

	/** Internal types handle bigint as number, because TS can't figure it out. */
	function parseSexagesimal(str, asBigInt) {
	    const sign = str[0];
	    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
	    const num = (n) => asBigInt ? BigInt(n) : Number(n);
	    const res = parts
	        .replace(/_/g, '')
	        .split(':')
	        .reduce((res, p) => res * num(60) + num(p), num(0));
	    return (sign === '-' ? num(-1) * res : res);
	}
	/**
	 * hhhh:mm:ss.sss
	 *
	 * Internal types handle bigint as number, because TS can't figure it out.
	 */
	function stringifySexagesimal(node) {
	    let { value } = node;
	    let num = (n) => n;
	    if (typeof value === 'bigint')
	        num = n => BigInt(n);
	    else if (isNaN(value) || !isFinite(value))
	        return stringifyNumber.stringifyNumber(node);
	    let sign = '';
	    if (value < 0) {
	        sign = '-';
	        value *= num(-1);
	    }
	    const _60 = num(60);
	    const parts = [value % _60]; // seconds, including ms
	    if (value < 60) {
	        parts.unshift(0); // at least one : is required
	    }
	    else {
	        value = (value - parts[0]) / _60;
	        parts.unshift(value % _60); // minutes
	        if (value >= 60) {
	            value = (value - parts[0]) / _60;
	            parts.unshift(value); // hours
	        }
	    }
	    return (sign +
	        parts
	            .map(n => String(n).padStart(2, '0'))
	            .join(':')
	            .replace(/000000\d*$/, '') // % 60 may introduce error
	    );
	}
	const intTime = {
	    identify: value => typeof value === 'bigint' || Number.isInteger(value),
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'TIME',
	    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
	    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
	    stringify: stringifySexagesimal
	};
	const floatTime = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'TIME',
	    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
	    resolve: str => parseSexagesimal(str, false),
	    stringify: stringifySexagesimal
	};
	const timestamp$1 = {
	    identify: value => value instanceof Date,
	    default: true,
	    tag: 'tag:yaml.org,2002:timestamp',
	    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
	    // may be omitted altogether, resulting in a date format. In such a case, the time part is
	    // assumed to be 00:00:00Z (start of day, UTC).
	    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
	        '(?:' + // time is optional
	        '(?:t|T|[ \\t]+)' + // t | T | whitespace
	        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
	        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
	        ')?$'),
	    resolve(str) {
	        const match = str.match(timestamp$1.test);
	        if (!match)
	            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
	        const [, year, month, day, hour, minute, second] = match.map(Number);
	        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
	        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
	        const tz = match[8];
	        if (tz && tz !== 'Z') {
	            let d = parseSexagesimal(tz, false);
	            if (Math.abs(d) < 30)
	                d *= 60;
	            date -= 60000 * d;
	        }
	        return new Date(date);
	    },
	    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
	};

	timestamp.floatTime = floatTime;
	timestamp.intTime = intTime;
	timestamp.timestamp = timestamp$1;
	return timestamp;
}

var hasRequiredSchema$1;

function requireSchema$1 () {
	if (hasRequiredSchema$1) return schema;
	hasRequiredSchema$1 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var binary = requireBinary();
	var bool = requireBool();
	var float = requireFloat();
	var int = requireInt();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var set = requireSet();
	var timestamp = requireTimestamp();

	const schema$1 = [
	    map.map,
	    seq.seq,
	    string.string,
	    _null.nullTag,
	    bool.trueTag,
	    bool.falseTag,
	    int.intBin,
	    int.intOct,
	    int.int,
	    int.intHex,
	    float.floatNaN,
	    float.floatExp,
	    float.float,
	    binary.binary,
	    merge.merge,
	    omap.omap,
	    pairs.pairs,
	    set.set,
	    timestamp.intTime,
	    timestamp.floatTime,
	    timestamp.timestamp
	];

	schema.schema = schema$1;
	return schema;
}

var hasRequiredTags;

function requireTags () {
	if (hasRequiredTags) return tags;
	hasRequiredTags = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();
	var schema = requireSchema$3();
	var schema$1 = requireSchema$2();
	var binary = requireBinary();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var schema$2 = requireSchema$1();
	var set = requireSet();
	var timestamp = requireTimestamp();

	const schemas = new Map([
	    ['core', schema.schema],
	    ['failsafe', [map.map, seq.seq, string.string]],
	    ['json', schema$1.schema],
	    ['yaml11', schema$2.schema],
	    ['yaml-1.1', schema$2.schema]
	]);
	const tagsByName = {
	    binary: binary.binary,
	    bool: bool.boolTag,
	    float: float.float,
	    floatExp: float.floatExp,
	    floatNaN: float.floatNaN,
	    floatTime: timestamp.floatTime,
	    int: int.int,
	    intHex: int.intHex,
	    intOct: int.intOct,
	    intTime: timestamp.intTime,
	    map: map.map,
	    merge: merge.merge,
	    null: _null.nullTag,
	    omap: omap.omap,
	    pairs: pairs.pairs,
	    seq: seq.seq,
	    set: set.set,
	    timestamp: timestamp.timestamp
	};
	const coreKnownTags = {
	    'tag:yaml.org,2002:binary': binary.binary,
	    'tag:yaml.org,2002:merge': merge.merge,
	    'tag:yaml.org,2002:omap': omap.omap,
	    'tag:yaml.org,2002:pairs': pairs.pairs,
	    'tag:yaml.org,2002:set': set.set,
	    'tag:yaml.org,2002:timestamp': timestamp.timestamp
	};
	function getTags(customTags, schemaName, addMergeTag) {
	    const schemaTags = schemas.get(schemaName);
	    if (schemaTags && !customTags) {
	        return addMergeTag && !schemaTags.includes(merge.merge)
	            ? schemaTags.concat(merge.merge)
	            : schemaTags.slice();
	    }
	    let tags = schemaTags;
	    if (!tags) {
	        if (Array.isArray(customTags))
	            tags = [];
	        else {
	            const keys = Array.from(schemas.keys())
	                .filter(key => key !== 'yaml11')
	                .map(key => JSON.stringify(key))
	                .join(', ');
	            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
	        }
	    }
	    if (Array.isArray(customTags)) {
	        for (const tag of customTags)
	            tags = tags.concat(tag);
	    }
	    else if (typeof customTags === 'function') {
	        tags = customTags(tags.slice());
	    }
	    if (addMergeTag)
	        tags = tags.concat(merge.merge);
	    return tags.reduce((tags, tag) => {
	        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
	        if (!tagObj) {
	            const tagName = JSON.stringify(tag);
	            const keys = Object.keys(tagsByName)
	                .map(key => JSON.stringify(key))
	                .join(', ');
	            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
	        }
	        if (!tags.includes(tagObj))
	            tags.push(tagObj);
	        return tags;
	    }, []);
	}

	tags.coreKnownTags = coreKnownTags;
	tags.getTags = getTags;
	return tags;
}

var hasRequiredSchema;

function requireSchema () {
	if (hasRequiredSchema) return Schema;
	hasRequiredSchema = 1;

	var identity = requireIdentity();
	var map = requireMap();
	var seq = requireSeq();
	var string = requireString();
	var tags = requireTags();

	const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
	let Schema$1 = class Schema {
	    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
	        this.compat = Array.isArray(compat)
	            ? tags.getTags(compat, 'compat')
	            : compat
	                ? tags.getTags(null, compat)
	                : null;
	        this.name = (typeof schema === 'string' && schema) || 'core';
	        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
	        this.tags = tags.getTags(customTags, this.name, merge);
	        this.toStringOptions = toStringDefaults ?? null;
	        Object.defineProperty(this, identity.MAP, { value: map.map });
	        Object.defineProperty(this, identity.SCALAR, { value: string.string });
	        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
	        // Used by createMap()
	        this.sortMapEntries =
	            typeof sortMapEntries === 'function'
	                ? sortMapEntries
	                : sortMapEntries === true
	                    ? sortMapEntriesByKey
	                    : null;
	    }
	    clone() {
	        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
	        copy.tags = this.tags.slice();
	        return copy;
	    }
	};

	Schema.Schema = Schema$1;
	return Schema;
}

var stringifyDocument = {};

var hasRequiredStringifyDocument;

function requireStringifyDocument () {
	if (hasRequiredStringifyDocument) return stringifyDocument;
	hasRequiredStringifyDocument = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyDocument$1(doc, options) {
	    const lines = [];
	    let hasDirectives = options.directives === true;
	    if (options.directives !== false && doc.directives) {
	        const dir = doc.directives.toString(doc);
	        if (dir) {
	            lines.push(dir);
	            hasDirectives = true;
	        }
	        else if (doc.directives.docStart)
	            hasDirectives = true;
	    }
	    if (hasDirectives)
	        lines.push('---');
	    const ctx = stringify.createStringifyContext(doc, options);
	    const { commentString } = ctx.options;
	    if (doc.commentBefore) {
	        if (lines.length !== 1)
	            lines.unshift('');
	        const cs = commentString(doc.commentBefore);
	        lines.unshift(stringifyComment.indentComment(cs, ''));
	    }
	    let chompKeep = false;
	    let contentComment = null;
	    if (doc.contents) {
	        if (identity.isNode(doc.contents)) {
	            if (doc.contents.spaceBefore && hasDirectives)
	                lines.push('');
	            if (doc.contents.commentBefore) {
	                const cs = commentString(doc.contents.commentBefore);
	                lines.push(stringifyComment.indentComment(cs, ''));
	            }
	            // top-level block scalars need to be indented if followed by a comment
	            ctx.forceBlockIndent = !!doc.comment;
	            contentComment = doc.contents.comment;
	        }
	        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
	        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
	        if (contentComment)
	            body += stringifyComment.lineComment(body, '', commentString(contentComment));
	        if ((body[0] === '|' || body[0] === '>') &&
	            lines[lines.length - 1] === '---') {
	            // Top-level block scalars with a preceding doc marker ought to use the
	            // same line for their header.
	            lines[lines.length - 1] = `--- ${body}`;
	        }
	        else
	            lines.push(body);
	    }
	    else {
	        lines.push(stringify.stringify(doc.contents, ctx));
	    }
	    if (doc.directives?.docEnd) {
	        if (doc.comment) {
	            const cs = commentString(doc.comment);
	            if (cs.includes('\n')) {
	                lines.push('...');
	                lines.push(stringifyComment.indentComment(cs, ''));
	            }
	            else {
	                lines.push(`... ${cs}`);
	            }
	        }
	        else {
	            lines.push('...');
	        }
	    }
	    else {
	        let dc = doc.comment;
	        if (dc && chompKeep)
	            dc = dc.replace(/^\n+/, '');
	        if (dc) {
	            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
	                lines.push('');
	            lines.push(stringifyComment.indentComment(commentString(dc), ''));
	        }
	    }
	    return lines.join('\n') + '\n';
	}

	stringifyDocument.stringifyDocument = stringifyDocument$1;
	return stringifyDocument;
}

var hasRequiredDocument;

function requireDocument () {
	if (hasRequiredDocument) return Document;
	hasRequiredDocument = 1;

	var Alias = requireAlias();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var toJS = requireToJS();
	var Schema = requireSchema();
	var stringifyDocument = requireStringifyDocument();
	var anchors = requireAnchors();
	var applyReviver = requireApplyReviver();
	var createNode = requireCreateNode();
	var directives = requireDirectives();

	let Document$1 = class Document {
	    constructor(value, replacer, options) {
	        /** A comment before this Document */
	        this.commentBefore = null;
	        /** A comment immediately after this Document */
	        this.comment = null;
	        /** Errors encountered during parsing. */
	        this.errors = [];
	        /** Warnings encountered during parsing. */
	        this.warnings = [];
	        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
	        let _replacer = null;
	        if (typeof replacer === 'function' || Array.isArray(replacer)) {
	            _replacer = replacer;
	        }
	        else if (options === undefined && replacer) {
	            options = replacer;
	            replacer = undefined;
	        }
	        const opt = Object.assign({
	            intAsBigInt: false,
	            keepSourceTokens: false,
	            logLevel: 'warn',
	            prettyErrors: true,
	            strict: true,
	            stringKeys: false,
	            uniqueKeys: true,
	            version: '1.2'
	        }, options);
	        this.options = opt;
	        let { version } = opt;
	        if (options?._directives) {
	            this.directives = options._directives.atDocument();
	            if (this.directives.yaml.explicit)
	                version = this.directives.yaml.version;
	        }
	        else
	            this.directives = new directives.Directives({ version });
	        this.setSchema(version, options);
	        // @ts-expect-error We can't really know that this matches Contents.
	        this.contents =
	            value === undefined ? null : this.createNode(value, _replacer, options);
	    }
	    /**
	     * Create a deep copy of this Document and its contents.
	     *
	     * Custom Node values that inherit from `Object` still refer to their original instances.
	     */
	    clone() {
	        const copy = Object.create(Document.prototype, {
	            [identity.NODE_TYPE]: { value: identity.DOC }
	        });
	        copy.commentBefore = this.commentBefore;
	        copy.comment = this.comment;
	        copy.errors = this.errors.slice();
	        copy.warnings = this.warnings.slice();
	        copy.options = Object.assign({}, this.options);
	        if (this.directives)
	            copy.directives = this.directives.clone();
	        copy.schema = this.schema.clone();
	        // @ts-expect-error We can't really know that this matches Contents.
	        copy.contents = identity.isNode(this.contents)
	            ? this.contents.clone(copy.schema)
	            : this.contents;
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /** Adds a value to the document. */
	    add(value) {
	        if (assertCollection(this.contents))
	            this.contents.add(value);
	    }
	    /** Adds a value to the document. */
	    addIn(path, value) {
	        if (assertCollection(this.contents))
	            this.contents.addIn(path, value);
	    }
	    /**
	     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
	     *
	     * If `node` already has an anchor, `name` is ignored.
	     * Otherwise, the `node.anchor` value will be set to `name`,
	     * or if an anchor with that name is already present in the document,
	     * `name` will be used as a prefix for a new unique anchor.
	     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
	     */
	    createAlias(node, name) {
	        if (!node.anchor) {
	            const prev = anchors.anchorNames(this);
	            node.anchor =
	                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
	        }
	        return new Alias.Alias(node.anchor);
	    }
	    createNode(value, replacer, options) {
	        let _replacer = undefined;
	        if (typeof replacer === 'function') {
	            value = replacer.call({ '': value }, '', value);
	            _replacer = replacer;
	        }
	        else if (Array.isArray(replacer)) {
	            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
	            const asStr = replacer.filter(keyToStr).map(String);
	            if (asStr.length > 0)
	                replacer = replacer.concat(asStr);
	            _replacer = replacer;
	        }
	        else if (options === undefined && replacer) {
	            options = replacer;
	            replacer = undefined;
	        }
	        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
	        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
	        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	        anchorPrefix || 'a');
	        const ctx = {
	            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
	            keepUndefined: keepUndefined ?? false,
	            onAnchor,
	            onTagObj,
	            replacer: _replacer,
	            schema: this.schema,
	            sourceObjects
	        };
	        const node = createNode.createNode(value, tag, ctx);
	        if (flow && identity.isCollection(node))
	            node.flow = true;
	        setAnchors();
	        return node;
	    }
	    /**
	     * Convert a key and a value into a `Pair` using the current schema,
	     * recursively wrapping all values as `Scalar` or `Collection` nodes.
	     */
	    createPair(key, value, options = {}) {
	        const k = this.createNode(key, null, options);
	        const v = this.createNode(value, null, options);
	        return new Pair.Pair(k, v);
	    }
	    /**
	     * Removes a value from the document.
	     * @returns `true` if the item was found and removed.
	     */
	    delete(key) {
	        return assertCollection(this.contents) ? this.contents.delete(key) : false;
	    }
	    /**
	     * Removes a value from the document.
	     * @returns `true` if the item was found and removed.
	     */
	    deleteIn(path) {
	        if (Collection.isEmptyPath(path)) {
	            if (this.contents == null)
	                return false;
	            // @ts-expect-error Presumed impossible if Strict extends false
	            this.contents = null;
	            return true;
	        }
	        return assertCollection(this.contents)
	            ? this.contents.deleteIn(path)
	            : false;
	    }
	    /**
	     * Returns item at `key`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    get(key, keepScalar) {
	        return identity.isCollection(this.contents)
	            ? this.contents.get(key, keepScalar)
	            : undefined;
	    }
	    /**
	     * Returns item at `path`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    getIn(path, keepScalar) {
	        if (Collection.isEmptyPath(path))
	            return !keepScalar && identity.isScalar(this.contents)
	                ? this.contents.value
	                : this.contents;
	        return identity.isCollection(this.contents)
	            ? this.contents.getIn(path, keepScalar)
	            : undefined;
	    }
	    /**
	     * Checks if the document includes a value with the key `key`.
	     */
	    has(key) {
	        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
	    }
	    /**
	     * Checks if the document includes a value at `path`.
	     */
	    hasIn(path) {
	        if (Collection.isEmptyPath(path))
	            return this.contents !== undefined;
	        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
	    }
	    /**
	     * Sets a value in this document. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    set(key, value) {
	        if (this.contents == null) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = Collection.collectionFromPath(this.schema, [key], value);
	        }
	        else if (assertCollection(this.contents)) {
	            this.contents.set(key, value);
	        }
	    }
	    /**
	     * Sets a value in this document. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    setIn(path, value) {
	        if (Collection.isEmptyPath(path)) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = value;
	        }
	        else if (this.contents == null) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
	        }
	        else if (assertCollection(this.contents)) {
	            this.contents.setIn(path, value);
	        }
	    }
	    /**
	     * Change the YAML version and schema used by the document.
	     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
	     * It also requires the `schema` option to be given as a `Schema` instance value.
	     *
	     * Overrides all previously set schema options.
	     */
	    setSchema(version, options = {}) {
	        if (typeof version === 'number')
	            version = String(version);
	        let opt;
	        switch (version) {
	            case '1.1':
	                if (this.directives)
	                    this.directives.yaml.version = '1.1';
	                else
	                    this.directives = new directives.Directives({ version: '1.1' });
	                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
	                break;
	            case '1.2':
	            case 'next':
	                if (this.directives)
	                    this.directives.yaml.version = version;
	                else
	                    this.directives = new directives.Directives({ version });
	                opt = { resolveKnownTags: true, schema: 'core' };
	                break;
	            case null:
	                if (this.directives)
	                    delete this.directives;
	                opt = null;
	                break;
	            default: {
	                const sv = JSON.stringify(version);
	                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
	            }
	        }
	        // Not using `instanceof Schema` to allow for duck typing
	        if (options.schema instanceof Object)
	            this.schema = options.schema;
	        else if (opt)
	            this.schema = new Schema.Schema(Object.assign(opt, options));
	        else
	            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
	    }
	    // json & jsonArg are only used from toJSON()
	    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
	        const ctx = {
	            anchors: new Map(),
	            doc: this,
	            keep: !json,
	            mapAsMap: mapAsMap === true,
	            mapKeyWarned: false,
	            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
	        };
	        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
	        if (typeof onAnchor === 'function')
	            for (const { count, res } of ctx.anchors.values())
	                onAnchor(res, count);
	        return typeof reviver === 'function'
	            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
	            : res;
	    }
	    /**
	     * A JSON representation of the document `contents`.
	     *
	     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
	     *   property name.
	     */
	    toJSON(jsonArg, onAnchor) {
	        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
	    }
	    /** A YAML representation of the document. */
	    toString(options = {}) {
	        if (this.errors.length > 0)
	            throw new Error('Document with errors cannot be stringified');
	        if ('indent' in options &&
	            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
	            const s = JSON.stringify(options.indent);
	            throw new Error(`"indent" option must be a positive integer, not ${s}`);
	        }
	        return stringifyDocument.stringifyDocument(this, options);
	    }
	};
	function assertCollection(contents) {
	    if (identity.isCollection(contents))
	        return true;
	    throw new Error('Expected a YAML collection as document contents');
	}

	Document.Document = Document$1;
	return Document;
}

var errors = {};

var hasRequiredErrors;

function requireErrors () {
	if (hasRequiredErrors) return errors;
	hasRequiredErrors = 1;

	class YAMLError extends Error {
	    constructor(name, pos, code, message) {
	        super();
	        this.name = name;
	        this.code = code;
	        this.message = message;
	        this.pos = pos;
	    }
	}
	class YAMLParseError extends YAMLError {
	    constructor(pos, code, message) {
	        super('YAMLParseError', pos, code, message);
	    }
	}
	class YAMLWarning extends YAMLError {
	    constructor(pos, code, message) {
	        super('YAMLWarning', pos, code, message);
	    }
	}
	const prettifyError = (src, lc) => (error) => {
	    if (error.pos[0] === -1)
	        return;
	    error.linePos = error.pos.map(pos => lc.linePos(pos));
	    const { line, col } = error.linePos[0];
	    error.message += ` at line ${line}, column ${col}`;
	    let ci = col - 1;
	    let lineStr = src
	        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
	        .replace(/[\n\r]+$/, '');
	    // Trim to max 80 chars, keeping col position near the middle
	    if (ci >= 60 && lineStr.length > 80) {
	        const trimStart = Math.min(ci - 39, lineStr.length - 79);
	        lineStr = '…' + lineStr.substring(trimStart);
	        ci -= trimStart - 1;
	    }
	    if (lineStr.length > 80)
	        lineStr = lineStr.substring(0, 79) + '…';
	    // Include previous line in context if pointing at line start
	    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
	        // Regexp won't match if start is trimmed
	        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
	        if (prev.length > 80)
	            prev = prev.substring(0, 79) + '…\n';
	        lineStr = prev + lineStr;
	    }
	    if (/[^ ]/.test(lineStr)) {
	        let count = 1;
	        const end = error.linePos[1];
	        if (end?.line === line && end.col > col) {
	            count = Math.max(1, Math.min(end.col - col, 80 - ci));
	        }
	        const pointer = ' '.repeat(ci) + '^'.repeat(count);
	        error.message += `:\n\n${lineStr}\n${pointer}\n`;
	    }
	};

	errors.YAMLError = YAMLError;
	errors.YAMLParseError = YAMLParseError;
	errors.YAMLWarning = YAMLWarning;
	errors.prettifyError = prettifyError;
	return errors;
}

var composeDoc = {};

var composeNode = {};

var composeCollection = {};

var resolveBlockMap = {};

var resolveProps = {};

var hasRequiredResolveProps;

function requireResolveProps () {
	if (hasRequiredResolveProps) return resolveProps;
	hasRequiredResolveProps = 1;

	function resolveProps$1(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
	    let spaceBefore = false;
	    let atNewline = startOnNewline;
	    let hasSpace = startOnNewline;
	    let comment = '';
	    let commentSep = '';
	    let hasNewline = false;
	    let reqSpace = false;
	    let tab = null;
	    let anchor = null;
	    let tag = null;
	    let newlineAfterProp = null;
	    let comma = null;
	    let found = null;
	    let start = null;
	    for (const token of tokens) {
	        if (reqSpace) {
	            if (token.type !== 'space' &&
	                token.type !== 'newline' &&
	                token.type !== 'comma')
	                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
	            reqSpace = false;
	        }
	        if (tab) {
	            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
	                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
	            }
	            tab = null;
	        }
	        switch (token.type) {
	            case 'space':
	                // At the doc level, tabs at line start may be parsed
	                // as leading white space rather than indentation.
	                // In a flow collection, only the parser handles indent.
	                if (!flow &&
	                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
	                    token.source.includes('\t')) {
	                    tab = token;
	                }
	                hasSpace = true;
	                break;
	            case 'comment': {
	                if (!hasSpace)
	                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
	                const cb = token.source.substring(1) || ' ';
	                if (!comment)
	                    comment = cb;
	                else
	                    comment += commentSep + cb;
	                commentSep = '';
	                atNewline = false;
	                break;
	            }
	            case 'newline':
	                if (atNewline) {
	                    if (comment)
	                        comment += token.source;
	                    else if (!found || indicator !== 'seq-item-ind')
	                        spaceBefore = true;
	                }
	                else
	                    commentSep += token.source;
	                atNewline = true;
	                hasNewline = true;
	                if (anchor || tag)
	                    newlineAfterProp = token;
	                hasSpace = true;
	                break;
	            case 'anchor':
	                if (anchor)
	                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
	                if (token.source.endsWith(':'))
	                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
	                anchor = token;
	                start ?? (start = token.offset);
	                atNewline = false;
	                hasSpace = false;
	                reqSpace = true;
	                break;
	            case 'tag': {
	                if (tag)
	                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
	                tag = token;
	                start ?? (start = token.offset);
	                atNewline = false;
	                hasSpace = false;
	                reqSpace = true;
	                break;
	            }
	            case indicator:
	                // Could here handle preceding comments differently
	                if (anchor || tag)
	                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
	                if (found)
	                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
	                found = token;
	                atNewline =
	                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
	                hasSpace = false;
	                break;
	            case 'comma':
	                if (flow) {
	                    if (comma)
	                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
	                    comma = token;
	                    atNewline = false;
	                    hasSpace = false;
	                    break;
	                }
	            // else fallthrough
	            default:
	                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
	                atNewline = false;
	                hasSpace = false;
	        }
	    }
	    const last = tokens[tokens.length - 1];
	    const end = last ? last.offset + last.source.length : offset;
	    if (reqSpace &&
	        next &&
	        next.type !== 'space' &&
	        next.type !== 'newline' &&
	        next.type !== 'comma' &&
	        (next.type !== 'scalar' || next.source !== '')) {
	        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
	    }
	    if (tab &&
	        ((atNewline && tab.indent <= parentIndent) ||
	            next?.type === 'block-map' ||
	            next?.type === 'block-seq'))
	        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
	    return {
	        comma,
	        found,
	        spaceBefore,
	        comment,
	        hasNewline,
	        anchor,
	        tag,
	        newlineAfterProp,
	        end,
	        start: start ?? end
	    };
	}

	resolveProps.resolveProps = resolveProps$1;
	return resolveProps;
}

var utilContainsNewline = {};

var hasRequiredUtilContainsNewline;

function requireUtilContainsNewline () {
	if (hasRequiredUtilContainsNewline) return utilContainsNewline;
	hasRequiredUtilContainsNewline = 1;

	function containsNewline(key) {
	    if (!key)
	        return null;
	    switch (key.type) {
	        case 'alias':
	        case 'scalar':
	        case 'double-quoted-scalar':
	        case 'single-quoted-scalar':
	            if (key.source.includes('\n'))
	                return true;
	            if (key.end)
	                for (const st of key.end)
	                    if (st.type === 'newline')
	                        return true;
	            return false;
	        case 'flow-collection':
	            for (const it of key.items) {
	                for (const st of it.start)
	                    if (st.type === 'newline')
	                        return true;
	                if (it.sep)
	                    for (const st of it.sep)
	                        if (st.type === 'newline')
	                            return true;
	                if (containsNewline(it.key) || containsNewline(it.value))
	                    return true;
	            }
	            return false;
	        default:
	            return true;
	    }
	}

	utilContainsNewline.containsNewline = containsNewline;
	return utilContainsNewline;
}

var utilFlowIndentCheck = {};

var hasRequiredUtilFlowIndentCheck;

function requireUtilFlowIndentCheck () {
	if (hasRequiredUtilFlowIndentCheck) return utilFlowIndentCheck;
	hasRequiredUtilFlowIndentCheck = 1;

	var utilContainsNewline = requireUtilContainsNewline();

	function flowIndentCheck(indent, fc, onError) {
	    if (fc?.type === 'flow-collection') {
	        const end = fc.end[0];
	        if (end.indent === indent &&
	            (end.source === ']' || end.source === '}') &&
	            utilContainsNewline.containsNewline(fc)) {
	            const msg = 'Flow end indicator should be more indented than parent';
	            onError(end, 'BAD_INDENT', msg, true);
	        }
	    }
	}

	utilFlowIndentCheck.flowIndentCheck = flowIndentCheck;
	return utilFlowIndentCheck;
}

var utilMapIncludes = {};

var hasRequiredUtilMapIncludes;

function requireUtilMapIncludes () {
	if (hasRequiredUtilMapIncludes) return utilMapIncludes;
	hasRequiredUtilMapIncludes = 1;

	var identity = requireIdentity();

	function mapIncludes(ctx, items, search) {
	    const { uniqueKeys } = ctx.options;
	    if (uniqueKeys === false)
	        return false;
	    const isEqual = typeof uniqueKeys === 'function'
	        ? uniqueKeys
	        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
	    return items.some(pair => isEqual(pair.key, search));
	}

	utilMapIncludes.mapIncludes = mapIncludes;
	return utilMapIncludes;
}

var hasRequiredResolveBlockMap;

function requireResolveBlockMap () {
	if (hasRequiredResolveBlockMap) return resolveBlockMap;
	hasRequiredResolveBlockMap = 1;

	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();
	var utilMapIncludes = requireUtilMapIncludes();

	const startColMsg = 'All mapping items must start at the same column';
	function resolveBlockMap$1({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
	    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
	    const map = new NodeClass(ctx.schema);
	    if (ctx.atRoot)
	        ctx.atRoot = false;
	    let offset = bm.offset;
	    let commentEnd = null;
	    for (const collItem of bm.items) {
	        const { start, key, sep, value } = collItem;
	        // key properties
	        const keyProps = resolveProps.resolveProps(start, {
	            indicator: 'explicit-key-ind',
	            next: key ?? sep?.[0],
	            offset,
	            onError,
	            parentIndent: bm.indent,
	            startOnNewline: true
	        });
	        const implicitKey = !keyProps.found;
	        if (implicitKey) {
	            if (key) {
	                if (key.type === 'block-seq')
	                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
	                else if ('indent' in key && key.indent !== bm.indent)
	                    onError(offset, 'BAD_INDENT', startColMsg);
	            }
	            if (!keyProps.anchor && !keyProps.tag && !sep) {
	                commentEnd = keyProps.end;
	                if (keyProps.comment) {
	                    if (map.comment)
	                        map.comment += '\n' + keyProps.comment;
	                    else
	                        map.comment = keyProps.comment;
	                }
	                continue;
	            }
	            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
	                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
	            }
	        }
	        else if (keyProps.found?.indent !== bm.indent) {
	            onError(offset, 'BAD_INDENT', startColMsg);
	        }
	        // key value
	        ctx.atKey = true;
	        const keyStart = keyProps.end;
	        const keyNode = key
	            ? composeNode(ctx, key, keyProps, onError)
	            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
	        if (ctx.schema.compat)
	            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
	        ctx.atKey = false;
	        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
	            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
	        // value properties
	        const valueProps = resolveProps.resolveProps(sep ?? [], {
	            indicator: 'map-value-ind',
	            next: value,
	            offset: keyNode.range[2],
	            onError,
	            parentIndent: bm.indent,
	            startOnNewline: !key || key.type === 'block-scalar'
	        });
	        offset = valueProps.end;
	        if (valueProps.found) {
	            if (implicitKey) {
	                if (value?.type === 'block-map' && !valueProps.hasNewline)
	                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
	                if (ctx.options.strict &&
	                    keyProps.start < valueProps.found.offset - 1024)
	                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
	            }
	            // value value
	            const valueNode = value
	                ? composeNode(ctx, value, valueProps, onError)
	                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
	            if (ctx.schema.compat)
	                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
	            offset = valueNode.range[2];
	            const pair = new Pair.Pair(keyNode, valueNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            map.items.push(pair);
	        }
	        else {
	            // key with no value
	            if (implicitKey)
	                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
	            if (valueProps.comment) {
	                if (keyNode.comment)
	                    keyNode.comment += '\n' + valueProps.comment;
	                else
	                    keyNode.comment = valueProps.comment;
	            }
	            const pair = new Pair.Pair(keyNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            map.items.push(pair);
	        }
	    }
	    if (commentEnd && commentEnd < offset)
	        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
	    map.range = [bm.offset, offset, commentEnd ?? offset];
	    return map;
	}

	resolveBlockMap.resolveBlockMap = resolveBlockMap$1;
	return resolveBlockMap;
}

var resolveBlockSeq = {};

var hasRequiredResolveBlockSeq;

function requireResolveBlockSeq () {
	if (hasRequiredResolveBlockSeq) return resolveBlockSeq;
	hasRequiredResolveBlockSeq = 1;

	var YAMLSeq = requireYAMLSeq();
	var resolveProps = requireResolveProps();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();

	function resolveBlockSeq$1({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
	    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
	    const seq = new NodeClass(ctx.schema);
	    if (ctx.atRoot)
	        ctx.atRoot = false;
	    if (ctx.atKey)
	        ctx.atKey = false;
	    let offset = bs.offset;
	    let commentEnd = null;
	    for (const { start, value } of bs.items) {
	        const props = resolveProps.resolveProps(start, {
	            indicator: 'seq-item-ind',
	            next: value,
	            offset,
	            onError,
	            parentIndent: bs.indent,
	            startOnNewline: true
	        });
	        if (!props.found) {
	            if (props.anchor || props.tag || value) {
	                if (value?.type === 'block-seq')
	                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
	                else
	                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
	            }
	            else {
	                commentEnd = props.end;
	                if (props.comment)
	                    seq.comment = props.comment;
	                continue;
	            }
	        }
	        const node = value
	            ? composeNode(ctx, value, props, onError)
	            : composeEmptyNode(ctx, props.end, start, null, props, onError);
	        if (ctx.schema.compat)
	            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
	        offset = node.range[2];
	        seq.items.push(node);
	    }
	    seq.range = [bs.offset, offset, commentEnd ?? offset];
	    return seq;
	}

	resolveBlockSeq.resolveBlockSeq = resolveBlockSeq$1;
	return resolveBlockSeq;
}

var resolveFlowCollection = {};

var resolveEnd = {};

var hasRequiredResolveEnd;

function requireResolveEnd () {
	if (hasRequiredResolveEnd) return resolveEnd;
	hasRequiredResolveEnd = 1;

	function resolveEnd$1(end, offset, reqSpace, onError) {
	    let comment = '';
	    if (end) {
	        let hasSpace = false;
	        let sep = '';
	        for (const token of end) {
	            const { source, type } = token;
	            switch (type) {
	                case 'space':
	                    hasSpace = true;
	                    break;
	                case 'comment': {
	                    if (reqSpace && !hasSpace)
	                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
	                    const cb = source.substring(1) || ' ';
	                    if (!comment)
	                        comment = cb;
	                    else
	                        comment += sep + cb;
	                    sep = '';
	                    break;
	                }
	                case 'newline':
	                    if (comment)
	                        sep += source;
	                    hasSpace = true;
	                    break;
	                default:
	                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
	            }
	            offset += source.length;
	        }
	    }
	    return { comment, offset };
	}

	resolveEnd.resolveEnd = resolveEnd$1;
	return resolveEnd;
}

var hasRequiredResolveFlowCollection;

function requireResolveFlowCollection () {
	if (hasRequiredResolveFlowCollection) return resolveFlowCollection;
	hasRequiredResolveFlowCollection = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilMapIncludes = requireUtilMapIncludes();

	const blockMsg = 'Block collections are not allowed within flow collections';
	const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
	function resolveFlowCollection$1({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
	    const isMap = fc.start.source === '{';
	    const fcName = isMap ? 'flow map' : 'flow sequence';
	    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
	    const coll = new NodeClass(ctx.schema);
	    coll.flow = true;
	    const atRoot = ctx.atRoot;
	    if (atRoot)
	        ctx.atRoot = false;
	    if (ctx.atKey)
	        ctx.atKey = false;
	    let offset = fc.offset + fc.start.source.length;
	    for (let i = 0; i < fc.items.length; ++i) {
	        const collItem = fc.items[i];
	        const { start, key, sep, value } = collItem;
	        const props = resolveProps.resolveProps(start, {
	            flow: fcName,
	            indicator: 'explicit-key-ind',
	            next: key ?? sep?.[0],
	            offset,
	            onError,
	            parentIndent: fc.indent,
	            startOnNewline: false
	        });
	        if (!props.found) {
	            if (!props.anchor && !props.tag && !sep && !value) {
	                if (i === 0 && props.comma)
	                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
	                else if (i < fc.items.length - 1)
	                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
	                if (props.comment) {
	                    if (coll.comment)
	                        coll.comment += '\n' + props.comment;
	                    else
	                        coll.comment = props.comment;
	                }
	                offset = props.end;
	                continue;
	            }
	            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
	                onError(key, // checked by containsNewline()
	                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
	        }
	        if (i === 0) {
	            if (props.comma)
	                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
	        }
	        else {
	            if (!props.comma)
	                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
	            if (props.comment) {
	                let prevItemComment = '';
	                loop: for (const st of start) {
	                    switch (st.type) {
	                        case 'comma':
	                        case 'space':
	                            break;
	                        case 'comment':
	                            prevItemComment = st.source.substring(1);
	                            break loop;
	                        default:
	                            break loop;
	                    }
	                }
	                if (prevItemComment) {
	                    let prev = coll.items[coll.items.length - 1];
	                    if (identity.isPair(prev))
	                        prev = prev.value ?? prev.key;
	                    if (prev.comment)
	                        prev.comment += '\n' + prevItemComment;
	                    else
	                        prev.comment = prevItemComment;
	                    props.comment = props.comment.substring(prevItemComment.length + 1);
	                }
	            }
	        }
	        if (!isMap && !sep && !props.found) {
	            // item is a value in a seq
	            // → key & sep are empty, start does not include ? or :
	            const valueNode = value
	                ? composeNode(ctx, value, props, onError)
	                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
	            coll.items.push(valueNode);
	            offset = valueNode.range[2];
	            if (isBlock(value))
	                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
	        }
	        else {
	            // item is a key+value pair
	            // key value
	            ctx.atKey = true;
	            const keyStart = props.end;
	            const keyNode = key
	                ? composeNode(ctx, key, props, onError)
	                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
	            if (isBlock(key))
	                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
	            ctx.atKey = false;
	            // value properties
	            const valueProps = resolveProps.resolveProps(sep ?? [], {
	                flow: fcName,
	                indicator: 'map-value-ind',
	                next: value,
	                offset: keyNode.range[2],
	                onError,
	                parentIndent: fc.indent,
	                startOnNewline: false
	            });
	            if (valueProps.found) {
	                if (!isMap && !props.found && ctx.options.strict) {
	                    if (sep)
	                        for (const st of sep) {
	                            if (st === valueProps.found)
	                                break;
	                            if (st.type === 'newline') {
	                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
	                                break;
	                            }
	                        }
	                    if (props.start < valueProps.found.offset - 1024)
	                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
	                }
	            }
	            else if (value) {
	                if ('source' in value && value.source?.[0] === ':')
	                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
	                else
	                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
	            }
	            // value value
	            const valueNode = value
	                ? composeNode(ctx, value, valueProps, onError)
	                : valueProps.found
	                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
	                    : null;
	            if (valueNode) {
	                if (isBlock(value))
	                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
	            }
	            else if (valueProps.comment) {
	                if (keyNode.comment)
	                    keyNode.comment += '\n' + valueProps.comment;
	                else
	                    keyNode.comment = valueProps.comment;
	            }
	            const pair = new Pair.Pair(keyNode, valueNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            if (isMap) {
	                const map = coll;
	                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
	                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
	                map.items.push(pair);
	            }
	            else {
	                const map = new YAMLMap.YAMLMap(ctx.schema);
	                map.flow = true;
	                map.items.push(pair);
	                const endRange = (valueNode ?? keyNode).range;
	                map.range = [keyNode.range[0], endRange[1], endRange[2]];
	                coll.items.push(map);
	            }
	            offset = valueNode ? valueNode.range[2] : valueProps.end;
	        }
	    }
	    const expectedEnd = isMap ? '}' : ']';
	    const [ce, ...ee] = fc.end;
	    let cePos = offset;
	    if (ce?.source === expectedEnd)
	        cePos = ce.offset + ce.source.length;
	    else {
	        const name = fcName[0].toUpperCase() + fcName.substring(1);
	        const msg = atRoot
	            ? `${name} must end with a ${expectedEnd}`
	            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
	        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
	        if (ce && ce.source.length !== 1)
	            ee.unshift(ce);
	    }
	    if (ee.length > 0) {
	        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
	        if (end.comment) {
	            if (coll.comment)
	                coll.comment += '\n' + end.comment;
	            else
	                coll.comment = end.comment;
	        }
	        coll.range = [fc.offset, cePos, end.offset];
	    }
	    else {
	        coll.range = [fc.offset, cePos, cePos];
	    }
	    return coll;
	}

	resolveFlowCollection.resolveFlowCollection = resolveFlowCollection$1;
	return resolveFlowCollection;
}

var hasRequiredComposeCollection;

function requireComposeCollection () {
	if (hasRequiredComposeCollection) return composeCollection;
	hasRequiredComposeCollection = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveBlockMap = requireResolveBlockMap();
	var resolveBlockSeq = requireResolveBlockSeq();
	var resolveFlowCollection = requireResolveFlowCollection();

	function resolveCollection(CN, ctx, token, onError, tagName, tag) {
	    const coll = token.type === 'block-map'
	        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
	        : token.type === 'block-seq'
	            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
	            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
	    const Coll = coll.constructor;
	    // If we got a tagName matching the class, or the tag name is '!',
	    // then use the tagName from the node class used to create it.
	    if (tagName === '!' || tagName === Coll.tagName) {
	        coll.tag = Coll.tagName;
	        return coll;
	    }
	    if (tagName)
	        coll.tag = tagName;
	    return coll;
	}
	function composeCollection$1(CN, ctx, token, props, onError) {
	    const tagToken = props.tag;
	    const tagName = !tagToken
	        ? null
	        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
	    if (token.type === 'block-seq') {
	        const { anchor, newlineAfterProp: nl } = props;
	        const lastProp = anchor && tagToken
	            ? anchor.offset > tagToken.offset
	                ? anchor
	                : tagToken
	            : (anchor ?? tagToken);
	        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
	            const message = 'Missing newline after block sequence props';
	            onError(lastProp, 'MISSING_CHAR', message);
	        }
	    }
	    const expType = token.type === 'block-map'
	        ? 'map'
	        : token.type === 'block-seq'
	            ? 'seq'
	            : token.start.source === '{'
	                ? 'map'
	                : 'seq';
	    // shortcut: check if it's a generic YAMLMap or YAMLSeq
	    // before jumping into the custom tag logic.
	    if (!tagToken ||
	        !tagName ||
	        tagName === '!' ||
	        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
	        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
	        return resolveCollection(CN, ctx, token, onError, tagName);
	    }
	    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
	    if (!tag) {
	        const kt = ctx.schema.knownTags[tagName];
	        if (kt?.collection === expType) {
	            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
	            tag = kt;
	        }
	        else {
	            if (kt) {
	                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
	            }
	            else {
	                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
	            }
	            return resolveCollection(CN, ctx, token, onError, tagName);
	        }
	    }
	    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
	    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
	    const node = identity.isNode(res)
	        ? res
	        : new Scalar.Scalar(res);
	    node.range = coll.range;
	    node.tag = tagName;
	    if (tag?.format)
	        node.format = tag.format;
	    return node;
	}

	composeCollection.composeCollection = composeCollection$1;
	return composeCollection;
}

var composeScalar = {};

var resolveBlockScalar = {};

var hasRequiredResolveBlockScalar;

function requireResolveBlockScalar () {
	if (hasRequiredResolveBlockScalar) return resolveBlockScalar;
	hasRequiredResolveBlockScalar = 1;

	var Scalar = requireScalar();

	function resolveBlockScalar$1(ctx, scalar, onError) {
	    const start = scalar.offset;
	    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
	    if (!header)
	        return { value: '', type: null, comment: '', range: [start, start, start] };
	    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
	    const lines = scalar.source ? splitLines(scalar.source) : [];
	    // determine the end of content & start of chomping
	    let chompStart = lines.length;
	    for (let i = lines.length - 1; i >= 0; --i) {
	        const content = lines[i][1];
	        if (content === '' || content === '\r')
	            chompStart = i;
	        else
	            break;
	    }
	    // shortcut for empty contents
	    if (chompStart === 0) {
	        const value = header.chomp === '+' && lines.length > 0
	            ? '\n'.repeat(Math.max(1, lines.length - 1))
	            : '';
	        let end = start + header.length;
	        if (scalar.source)
	            end += scalar.source.length;
	        return { value, type, comment: header.comment, range: [start, end, end] };
	    }
	    // find the indentation level to trim from start
	    let trimIndent = scalar.indent + header.indent;
	    let offset = scalar.offset + header.length;
	    let contentStart = 0;
	    for (let i = 0; i < chompStart; ++i) {
	        const [indent, content] = lines[i];
	        if (content === '' || content === '\r') {
	            if (header.indent === 0 && indent.length > trimIndent)
	                trimIndent = indent.length;
	        }
	        else {
	            if (indent.length < trimIndent) {
	                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
	                onError(offset + indent.length, 'MISSING_CHAR', message);
	            }
	            if (header.indent === 0)
	                trimIndent = indent.length;
	            contentStart = i;
	            if (trimIndent === 0 && !ctx.atRoot) {
	                const message = 'Block scalar values in collections must be indented';
	                onError(offset, 'BAD_INDENT', message);
	            }
	            break;
	        }
	        offset += indent.length + content.length + 1;
	    }
	    // include trailing more-indented empty lines in content
	    for (let i = lines.length - 1; i >= chompStart; --i) {
	        if (lines[i][0].length > trimIndent)
	            chompStart = i + 1;
	    }
	    let value = '';
	    let sep = '';
	    let prevMoreIndented = false;
	    // leading whitespace is kept intact
	    for (let i = 0; i < contentStart; ++i)
	        value += lines[i][0].slice(trimIndent) + '\n';
	    for (let i = contentStart; i < chompStart; ++i) {
	        let [indent, content] = lines[i];
	        offset += indent.length + content.length + 1;
	        const crlf = content[content.length - 1] === '\r';
	        if (crlf)
	            content = content.slice(0, -1);
	        /* istanbul ignore if already caught in lexer */
	        if (content && indent.length < trimIndent) {
	            const src = header.indent
	                ? 'explicit indentation indicator'
	                : 'first line';
	            const message = `Block scalar lines must not be less indented than their ${src}`;
	            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
	            indent = '';
	        }
	        if (type === Scalar.Scalar.BLOCK_LITERAL) {
	            value += sep + indent.slice(trimIndent) + content;
	            sep = '\n';
	        }
	        else if (indent.length > trimIndent || content[0] === '\t') {
	            // more-indented content within a folded block
	            if (sep === ' ')
	                sep = '\n';
	            else if (!prevMoreIndented && sep === '\n')
	                sep = '\n\n';
	            value += sep + indent.slice(trimIndent) + content;
	            sep = '\n';
	            prevMoreIndented = true;
	        }
	        else if (content === '') {
	            // empty line
	            if (sep === '\n')
	                value += '\n';
	            else
	                sep = '\n';
	        }
	        else {
	            value += sep + content;
	            sep = ' ';
	            prevMoreIndented = false;
	        }
	    }
	    switch (header.chomp) {
	        case '-':
	            break;
	        case '+':
	            for (let i = chompStart; i < lines.length; ++i)
	                value += '\n' + lines[i][0].slice(trimIndent);
	            if (value[value.length - 1] !== '\n')
	                value += '\n';
	            break;
	        default:
	            value += '\n';
	    }
	    const end = start + header.length + scalar.source.length;
	    return { value, type, comment: header.comment, range: [start, end, end] };
	}
	function parseBlockScalarHeader({ offset, props }, strict, onError) {
	    /* istanbul ignore if should not happen */
	    if (props[0].type !== 'block-scalar-header') {
	        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
	        return null;
	    }
	    const { source } = props[0];
	    const mode = source[0];
	    let indent = 0;
	    let chomp = '';
	    let error = -1;
	    for (let i = 1; i < source.length; ++i) {
	        const ch = source[i];
	        if (!chomp && (ch === '-' || ch === '+'))
	            chomp = ch;
	        else {
	            const n = Number(ch);
	            if (!indent && n)
	                indent = n;
	            else if (error === -1)
	                error = offset + i;
	        }
	    }
	    if (error !== -1)
	        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
	    let hasSpace = false;
	    let comment = '';
	    let length = source.length;
	    for (let i = 1; i < props.length; ++i) {
	        const token = props[i];
	        switch (token.type) {
	            case 'space':
	                hasSpace = true;
	            // fallthrough
	            case 'newline':
	                length += token.source.length;
	                break;
	            case 'comment':
	                if (strict && !hasSpace) {
	                    const message = 'Comments must be separated from other tokens by white space characters';
	                    onError(token, 'MISSING_CHAR', message);
	                }
	                length += token.source.length;
	                comment = token.source.substring(1);
	                break;
	            case 'error':
	                onError(token, 'UNEXPECTED_TOKEN', token.message);
	                length += token.source.length;
	                break;
	            /* istanbul ignore next should not happen */
	            default: {
	                const message = `Unexpected token in block scalar header: ${token.type}`;
	                onError(token, 'UNEXPECTED_TOKEN', message);
	                const ts = token.source;
	                if (ts && typeof ts === 'string')
	                    length += ts.length;
	            }
	        }
	    }
	    return { mode, indent, chomp, comment, length };
	}
	/** @returns Array of lines split up as `[indent, content]` */
	function splitLines(source) {
	    const split = source.split(/\n( *)/);
	    const first = split[0];
	    const m = first.match(/^( *)/);
	    const line0 = m?.[1]
	        ? [m[1], first.slice(m[1].length)]
	        : ['', first];
	    const lines = [line0];
	    for (let i = 1; i < split.length; i += 2)
	        lines.push([split[i], split[i + 1]]);
	    return lines;
	}

	resolveBlockScalar.resolveBlockScalar = resolveBlockScalar$1;
	return resolveBlockScalar;
}

var resolveFlowScalar = {};

var hasRequiredResolveFlowScalar;

function requireResolveFlowScalar () {
	if (hasRequiredResolveFlowScalar) return resolveFlowScalar;
	hasRequiredResolveFlowScalar = 1;

	var Scalar = requireScalar();
	var resolveEnd = requireResolveEnd();

	function resolveFlowScalar$1(scalar, strict, onError) {
	    const { offset, type, source, end } = scalar;
	    let _type;
	    let value;
	    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
	    switch (type) {
	        case 'scalar':
	            _type = Scalar.Scalar.PLAIN;
	            value = plainValue(source, _onError);
	            break;
	        case 'single-quoted-scalar':
	            _type = Scalar.Scalar.QUOTE_SINGLE;
	            value = singleQuotedValue(source, _onError);
	            break;
	        case 'double-quoted-scalar':
	            _type = Scalar.Scalar.QUOTE_DOUBLE;
	            value = doubleQuotedValue(source, _onError);
	            break;
	        /* istanbul ignore next should not happen */
	        default:
	            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
	            return {
	                value: '',
	                type: null,
	                comment: '',
	                range: [offset, offset + source.length, offset + source.length]
	            };
	    }
	    const valueEnd = offset + source.length;
	    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
	    return {
	        value,
	        type: _type,
	        comment: re.comment,
	        range: [offset, valueEnd, re.offset]
	    };
	}
	function plainValue(source, onError) {
	    let badChar = '';
	    switch (source[0]) {
	        /* istanbul ignore next should not happen */
	        case '\t':
	            badChar = 'a tab character';
	            break;
	        case ',':
	            badChar = 'flow indicator character ,';
	            break;
	        case '%':
	            badChar = 'directive indicator character %';
	            break;
	        case '|':
	        case '>': {
	            badChar = `block scalar indicator ${source[0]}`;
	            break;
	        }
	        case '@':
	        case '`': {
	            badChar = `reserved character ${source[0]}`;
	            break;
	        }
	    }
	    if (badChar)
	        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
	    return unfoldLines(source);
	}
	function singleQuotedValue(source, onError) {
	    if (source[source.length - 1] !== "'" || source.length === 1)
	        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
	    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
	}
	function unfoldLines(source) {
	    const line = /(.*?)\r?\n/sy;
	    let match = line.exec(source);
	    if (!match)
	        return source;
	    /**
	     * The negative lookbehinds in these RegExps are to
	     * prevent causing a polynomial search time in certain cases.
	     *
	     * The try-catch is for Safari < 16.4 and other old browsers:
	     * https://caniuse.com/js-regexp-lookbehind
	     */
	    let trimEnd, trimBoth;
	    try {
	        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
	        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
	    }
	    catch {
	        trimEnd = /[ \t]+$/;
	        trimBoth = /^[ \t]+|[ \t]+$/g;
	    }
	    let res = match[1].replace(trimEnd, '');
	    let sep = ' ';
	    let pos = line.lastIndex;
	    while ((match = line.exec(source))) {
	        const lm = match[1].replace(trimBoth, '');
	        if (lm === '') {
	            if (sep === '\n')
	                res += sep;
	            else
	                sep = '\n';
	        }
	        else {
	            res += sep + lm;
	            sep = ' ';
	        }
	        pos = line.lastIndex;
	    }
	    const last = /[ \t]*(.*)/sy;
	    last.lastIndex = pos;
	    match = last.exec(source);
	    return res + sep + (match?.[1] ?? '');
	}
	function doubleQuotedValue(source, onError) {
	    let res = '';
	    for (let i = 1; i < source.length - 1; ++i) {
	        const ch = source[i];
	        if (ch === '\r' && source[i + 1] === '\n')
	            continue;
	        if (ch === '\n') {
	            const { fold, offset } = foldNewline(source, i);
	            res += fold;
	            i = offset;
	        }
	        else if (ch === '\\') {
	            let next = source[++i];
	            const cc = escapeCodes[next];
	            if (cc)
	                res += cc;
	            else if (next === '\n') {
	                // skip escaped newlines, but still trim the following line
	                next = source[i + 1];
	                while (next === ' ' || next === '\t')
	                    next = source[++i + 1];
	            }
	            else if (next === '\r' && source[i + 1] === '\n') {
	                // skip escaped CRLF newlines, but still trim the following line
	                next = source[++i + 1];
	                while (next === ' ' || next === '\t')
	                    next = source[++i + 1];
	            }
	            else if (next === 'x' || next === 'u' || next === 'U') {
	                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
	                res += parseCharCode(source, i + 1, length, onError);
	                i += length;
	            }
	            else {
	                const raw = source.substr(i - 1, 2);
	                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
	                res += raw;
	            }
	        }
	        else if (ch === ' ' || ch === '\t') {
	            // trim trailing whitespace
	            const wsStart = i;
	            let next = source[i + 1];
	            while (next === ' ' || next === '\t')
	                next = source[++i + 1];
	            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
	                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
	        }
	        else {
	            res += ch;
	        }
	    }
	    if (source[source.length - 1] !== '"' || source.length === 1)
	        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
	    return res;
	}
	/**
	 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
	 * Presumes `source[offset] === '\n'`
	 */
	function foldNewline(source, offset) {
	    let fold = '';
	    let ch = source[offset + 1];
	    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
	        if (ch === '\r' && source[offset + 2] !== '\n')
	            break;
	        if (ch === '\n')
	            fold += '\n';
	        offset += 1;
	        ch = source[offset + 1];
	    }
	    if (!fold)
	        fold = ' ';
	    return { fold, offset };
	}
	const escapeCodes = {
	    '0': '\0', // null character
	    a: '\x07', // bell character
	    b: '\b', // backspace
	    e: '\x1b', // escape character
	    f: '\f', // form feed
	    n: '\n', // line feed
	    r: '\r', // carriage return
	    t: '\t', // horizontal tab
	    v: '\v', // vertical tab
	    N: '\u0085', // Unicode next line
	    _: '\u00a0', // Unicode non-breaking space
	    L: '\u2028', // Unicode line separator
	    P: '\u2029', // Unicode paragraph separator
	    ' ': ' ',
	    '"': '"',
	    '/': '/',
	    '\\': '\\',
	    '\t': '\t'
	};
	function parseCharCode(source, offset, length, onError) {
	    const cc = source.substr(offset, length);
	    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
	    const code = ok ? parseInt(cc, 16) : NaN;
	    try {
	        return String.fromCodePoint(code);
	    }
	    catch {
	        const raw = source.substr(offset - 2, length + 2);
	        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
	        return raw;
	    }
	}

	resolveFlowScalar.resolveFlowScalar = resolveFlowScalar$1;
	return resolveFlowScalar;
}

var hasRequiredComposeScalar;

function requireComposeScalar () {
	if (hasRequiredComposeScalar) return composeScalar;
	hasRequiredComposeScalar = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();

	function composeScalar$1(ctx, token, tagToken, onError) {
	    const { value, type, comment, range } = token.type === 'block-scalar'
	        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
	        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
	    const tagName = tagToken
	        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
	        : null;
	    let tag;
	    if (ctx.options.stringKeys && ctx.atKey) {
	        tag = ctx.schema[identity.SCALAR];
	    }
	    else if (tagName)
	        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
	    else if (token.type === 'scalar')
	        tag = findScalarTagByTest(ctx, value, token, onError);
	    else
	        tag = ctx.schema[identity.SCALAR];
	    let scalar;
	    try {
	        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
	        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
	    }
	    catch (error) {
	        const msg = error instanceof Error ? error.message : String(error);
	        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
	        scalar = new Scalar.Scalar(value);
	    }
	    scalar.range = range;
	    scalar.source = value;
	    if (type)
	        scalar.type = type;
	    if (tagName)
	        scalar.tag = tagName;
	    if (tag.format)
	        scalar.format = tag.format;
	    if (comment)
	        scalar.comment = comment;
	    return scalar;
	}
	function findScalarTagByName(schema, value, tagName, tagToken, onError) {
	    if (tagName === '!')
	        return schema[identity.SCALAR]; // non-specific tag
	    const matchWithTest = [];
	    for (const tag of schema.tags) {
	        if (!tag.collection && tag.tag === tagName) {
	            if (tag.default && tag.test)
	                matchWithTest.push(tag);
	            else
	                return tag;
	        }
	    }
	    for (const tag of matchWithTest)
	        if (tag.test?.test(value))
	            return tag;
	    const kt = schema.knownTags[tagName];
	    if (kt && !kt.collection) {
	        // Ensure that the known tag is available for stringifying,
	        // but does not get used by default.
	        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
	        return kt;
	    }
	    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
	    return schema[identity.SCALAR];
	}
	function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
	    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
	        tag.test?.test(value)) || schema[identity.SCALAR];
	    if (schema.compat) {
	        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
	            schema[identity.SCALAR];
	        if (tag.tag !== compat.tag) {
	            const ts = directives.tagString(tag.tag);
	            const cs = directives.tagString(compat.tag);
	            const msg = `Value may be parsed as either ${ts} or ${cs}`;
	            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
	        }
	    }
	    return tag;
	}

	composeScalar.composeScalar = composeScalar$1;
	return composeScalar;
}

var utilEmptyScalarPosition = {};

var hasRequiredUtilEmptyScalarPosition;

function requireUtilEmptyScalarPosition () {
	if (hasRequiredUtilEmptyScalarPosition) return utilEmptyScalarPosition;
	hasRequiredUtilEmptyScalarPosition = 1;

	function emptyScalarPosition(offset, before, pos) {
	    if (before) {
	        pos ?? (pos = before.length);
	        for (let i = pos - 1; i >= 0; --i) {
	            let st = before[i];
	            switch (st.type) {
	                case 'space':
	                case 'comment':
	                case 'newline':
	                    offset -= st.source.length;
	                    continue;
	            }
	            // Technically, an empty scalar is immediately after the last non-empty
	            // node, but it's more useful to place it after any whitespace.
	            st = before[++i];
	            while (st?.type === 'space') {
	                offset += st.source.length;
	                st = before[++i];
	            }
	            break;
	        }
	    }
	    return offset;
	}

	utilEmptyScalarPosition.emptyScalarPosition = emptyScalarPosition;
	return utilEmptyScalarPosition;
}

var hasRequiredComposeNode;

function requireComposeNode () {
	if (hasRequiredComposeNode) return composeNode;
	hasRequiredComposeNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var composeCollection = requireComposeCollection();
	var composeScalar = requireComposeScalar();
	var resolveEnd = requireResolveEnd();
	var utilEmptyScalarPosition = requireUtilEmptyScalarPosition();

	const CN = { composeNode: composeNode$1, composeEmptyNode };
	function composeNode$1(ctx, token, props, onError) {
	    const atKey = ctx.atKey;
	    const { spaceBefore, comment, anchor, tag } = props;
	    let node;
	    let isSrcToken = true;
	    switch (token.type) {
	        case 'alias':
	            node = composeAlias(ctx, token, onError);
	            if (anchor || tag)
	                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
	            break;
	        case 'scalar':
	        case 'single-quoted-scalar':
	        case 'double-quoted-scalar':
	        case 'block-scalar':
	            node = composeScalar.composeScalar(ctx, token, tag, onError);
	            if (anchor)
	                node.anchor = anchor.source.substring(1);
	            break;
	        case 'block-map':
	        case 'block-seq':
	        case 'flow-collection':
	            try {
	                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
	                if (anchor)
	                    node.anchor = anchor.source.substring(1);
	            }
	            catch (error) {
	                // Almost certainly here due to a stack overflow
	                const message = error instanceof Error ? error.message : String(error);
	                onError(token, 'RESOURCE_EXHAUSTION', message);
	            }
	            break;
	        default: {
	            const message = token.type === 'error'
	                ? token.message
	                : `Unsupported token (type: ${token.type})`;
	            onError(token, 'UNEXPECTED_TOKEN', message);
	            isSrcToken = false;
	        }
	    }
	    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
	    if (anchor && node.anchor === '')
	        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
	    if (atKey &&
	        ctx.options.stringKeys &&
	        (!identity.isScalar(node) ||
	            typeof node.value !== 'string' ||
	            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
	        const msg = 'With stringKeys, all keys must be strings';
	        onError(tag ?? token, 'NON_STRING_KEY', msg);
	    }
	    if (spaceBefore)
	        node.spaceBefore = true;
	    if (comment) {
	        if (token.type === 'scalar' && token.source === '')
	            node.comment = comment;
	        else
	            node.commentBefore = comment;
	    }
	    // @ts-expect-error Type checking misses meaning of isSrcToken
	    if (ctx.options.keepSourceTokens && isSrcToken)
	        node.srcToken = token;
	    return node;
	}
	function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
	    const token = {
	        type: 'scalar',
	        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
	        indent: -1,
	        source: ''
	    };
	    const node = composeScalar.composeScalar(ctx, token, tag, onError);
	    if (anchor) {
	        node.anchor = anchor.source.substring(1);
	        if (node.anchor === '')
	            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
	    }
	    if (spaceBefore)
	        node.spaceBefore = true;
	    if (comment) {
	        node.comment = comment;
	        node.range[2] = end;
	    }
	    return node;
	}
	function composeAlias({ options }, { offset, source, end }, onError) {
	    const alias = new Alias.Alias(source.substring(1));
	    if (alias.source === '')
	        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
	    if (alias.source.endsWith(':'))
	        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
	    const valueEnd = offset + source.length;
	    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
	    alias.range = [offset, valueEnd, re.offset];
	    if (re.comment)
	        alias.comment = re.comment;
	    return alias;
	}

	composeNode.composeEmptyNode = composeEmptyNode;
	composeNode.composeNode = composeNode$1;
	return composeNode;
}

var hasRequiredComposeDoc;

function requireComposeDoc () {
	if (hasRequiredComposeDoc) return composeDoc;
	hasRequiredComposeDoc = 1;

	var Document = requireDocument();
	var composeNode = requireComposeNode();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();

	function composeDoc$1(options, directives, { offset, start, value, end }, onError) {
	    const opts = Object.assign({ _directives: directives }, options);
	    const doc = new Document.Document(undefined, opts);
	    const ctx = {
	        atKey: false,
	        atRoot: true,
	        directives: doc.directives,
	        options: doc.options,
	        schema: doc.schema
	    };
	    const props = resolveProps.resolveProps(start, {
	        indicator: 'doc-start',
	        next: value ?? end?.[0],
	        offset,
	        onError,
	        parentIndent: 0,
	        startOnNewline: true
	    });
	    if (props.found) {
	        doc.directives.docStart = true;
	        if (value &&
	            (value.type === 'block-map' || value.type === 'block-seq') &&
	            !props.hasNewline)
	            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
	    }
	    // @ts-expect-error If Contents is set, let's trust the user
	    doc.contents = value
	        ? composeNode.composeNode(ctx, value, props, onError)
	        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
	    const contentEnd = doc.contents.range[2];
	    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
	    if (re.comment)
	        doc.comment = re.comment;
	    doc.range = [offset, contentEnd, re.offset];
	    return doc;
	}

	composeDoc.composeDoc = composeDoc$1;
	return composeDoc;
}

var hasRequiredComposer;

function requireComposer () {
	if (hasRequiredComposer) return composer;
	hasRequiredComposer = 1;

	var node_process = require$$0;
	var directives = requireDirectives();
	var Document = requireDocument();
	var errors = requireErrors();
	var identity = requireIdentity();
	var composeDoc = requireComposeDoc();
	var resolveEnd = requireResolveEnd();

	function getErrorPos(src) {
	    if (typeof src === 'number')
	        return [src, src + 1];
	    if (Array.isArray(src))
	        return src.length === 2 ? src : [src[0], src[1]];
	    const { offset, source } = src;
	    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
	}
	function parsePrelude(prelude) {
	    let comment = '';
	    let atComment = false;
	    let afterEmptyLine = false;
	    for (let i = 0; i < prelude.length; ++i) {
	        const source = prelude[i];
	        switch (source[0]) {
	            case '#':
	                comment +=
	                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
	                        (source.substring(1) || ' ');
	                atComment = true;
	                afterEmptyLine = false;
	                break;
	            case '%':
	                if (prelude[i + 1]?.[0] !== '#')
	                    i += 1;
	                atComment = false;
	                break;
	            default:
	                // This may be wrong after doc-end, but in that case it doesn't matter
	                if (!atComment)
	                    afterEmptyLine = true;
	                atComment = false;
	        }
	    }
	    return { comment, afterEmptyLine };
	}
	/**
	 * Compose a stream of CST nodes into a stream of YAML Documents.
	 *
	 * ```ts
	 * import { Composer, Parser } from 'yaml'
	 *
	 * const src: string = ...
	 * const tokens = new Parser().parse(src)
	 * const docs = new Composer().compose(tokens)
	 * ```
	 */
	class Composer {
	    constructor(options = {}) {
	        this.doc = null;
	        this.atDirectives = false;
	        this.prelude = [];
	        this.errors = [];
	        this.warnings = [];
	        this.onError = (source, code, message, warning) => {
	            const pos = getErrorPos(source);
	            if (warning)
	                this.warnings.push(new errors.YAMLWarning(pos, code, message));
	            else
	                this.errors.push(new errors.YAMLParseError(pos, code, message));
	        };
	        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	        this.directives = new directives.Directives({ version: options.version || '1.2' });
	        this.options = options;
	    }
	    decorate(doc, afterDoc) {
	        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
	        //console.log({ dc: doc.comment, prelude, comment })
	        if (comment) {
	            const dc = doc.contents;
	            if (afterDoc) {
	                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
	            }
	            else if (afterEmptyLine || doc.directives.docStart || !dc) {
	                doc.commentBefore = comment;
	            }
	            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
	                let it = dc.items[0];
	                if (identity.isPair(it))
	                    it = it.key;
	                const cb = it.commentBefore;
	                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
	            }
	            else {
	                const cb = dc.commentBefore;
	                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
	            }
	        }
	        if (afterDoc) {
	            for (let i = 0; i < this.errors.length; ++i)
	                doc.errors.push(this.errors[i]);
	            for (let i = 0; i < this.warnings.length; ++i)
	                doc.warnings.push(this.warnings[i]);
	        }
	        else {
	            doc.errors = this.errors;
	            doc.warnings = this.warnings;
	        }
	        this.prelude = [];
	        this.errors = [];
	        this.warnings = [];
	    }
	    /**
	     * Current stream status information.
	     *
	     * Mostly useful at the end of input for an empty stream.
	     */
	    streamInfo() {
	        return {
	            comment: parsePrelude(this.prelude).comment,
	            directives: this.directives,
	            errors: this.errors,
	            warnings: this.warnings
	        };
	    }
	    /**
	     * Compose tokens into documents.
	     *
	     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
	     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
	     */
	    *compose(tokens, forceDoc = false, endOffset = -1) {
	        for (const token of tokens)
	            yield* this.next(token);
	        yield* this.end(forceDoc, endOffset);
	    }
	    /** Advance the composer by one CST token. */
	    *next(token) {
	        if (node_process.env.LOG_STREAM)
	            console.dir(token, { depth: null });
	        switch (token.type) {
	            case 'directive':
	                this.directives.add(token.source, (offset, message, warning) => {
	                    const pos = getErrorPos(token);
	                    pos[0] += offset;
	                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
	                });
	                this.prelude.push(token.source);
	                this.atDirectives = true;
	                break;
	            case 'document': {
	                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
	                if (this.atDirectives && !doc.directives.docStart)
	                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
	                this.decorate(doc, false);
	                if (this.doc)
	                    yield this.doc;
	                this.doc = doc;
	                this.atDirectives = false;
	                break;
	            }
	            case 'byte-order-mark':
	            case 'space':
	                break;
	            case 'comment':
	            case 'newline':
	                this.prelude.push(token.source);
	                break;
	            case 'error': {
	                const msg = token.source
	                    ? `${token.message}: ${JSON.stringify(token.source)}`
	                    : token.message;
	                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
	                if (this.atDirectives || !this.doc)
	                    this.errors.push(error);
	                else
	                    this.doc.errors.push(error);
	                break;
	            }
	            case 'doc-end': {
	                if (!this.doc) {
	                    const msg = 'Unexpected doc-end without preceding document';
	                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
	                    break;
	                }
	                this.doc.directives.docEnd = true;
	                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
	                this.decorate(this.doc, true);
	                if (end.comment) {
	                    const dc = this.doc.comment;
	                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
	                }
	                this.doc.range[2] = end.offset;
	                break;
	            }
	            default:
	                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
	        }
	    }
	    /**
	     * Call at end of input to yield any remaining document.
	     *
	     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
	     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
	     */
	    *end(forceDoc = false, endOffset = -1) {
	        if (this.doc) {
	            this.decorate(this.doc, true);
	            yield this.doc;
	            this.doc = null;
	        }
	        else if (forceDoc) {
	            const opts = Object.assign({ _directives: this.directives }, this.options);
	            const doc = new Document.Document(undefined, opts);
	            if (this.atDirectives)
	                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
	            doc.range = [0, endOffset, endOffset];
	            this.decorate(doc, false);
	            yield doc;
	        }
	    }
	}

	composer.Composer = Composer;
	return composer;
}

var cst = {};

var cstScalar = {};

var hasRequiredCstScalar;

function requireCstScalar () {
	if (hasRequiredCstScalar) return cstScalar;
	hasRequiredCstScalar = 1;

	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();
	var errors = requireErrors();
	var stringifyString = requireStringifyString();

	function resolveAsScalar(token, strict = true, onError) {
	    if (token) {
	        const _onError = (pos, code, message) => {
	            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
	            if (onError)
	                onError(offset, code, message);
	            else
	                throw new errors.YAMLParseError([offset, offset + 1], code, message);
	        };
	        switch (token.type) {
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
	            case 'block-scalar':
	                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
	        }
	    }
	    return null;
	}
	/**
	 * Create a new scalar token with `value`
	 *
	 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	 * as this function does not support any schema operations and won't check for such conflicts.
	 *
	 * @param value The string representation of the value, which will have its content properly indented.
	 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
	 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	 * @param context.indent The indent level of the token.
	 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
	 * @param context.offset The offset position of the token.
	 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	 */
	function createScalarToken(value, context) {
	    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
	    const source = stringifyString.stringifyString({ type, value }, {
	        implicitKey,
	        indent: indent > 0 ? ' '.repeat(indent) : '',
	        inFlow,
	        options: { blockQuote: true, lineWidth: -1 }
	    });
	    const end = context.end ?? [
	        { type: 'newline', offset: -1, indent, source: '\n' }
	    ];
	    switch (source[0]) {
	        case '|':
	        case '>': {
	            const he = source.indexOf('\n');
	            const head = source.substring(0, he);
	            const body = source.substring(he + 1) + '\n';
	            const props = [
	                { type: 'block-scalar-header', offset, indent, source: head }
	            ];
	            if (!addEndtoBlockProps(props, end))
	                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
	            return { type: 'block-scalar', offset, indent, props, source: body };
	        }
	        case '"':
	            return { type: 'double-quoted-scalar', offset, indent, source, end };
	        case "'":
	            return { type: 'single-quoted-scalar', offset, indent, source, end };
	        default:
	            return { type: 'scalar', offset, indent, source, end };
	    }
	}
	/**
	 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
	 *
	 * Best efforts are made to retain any comments previously associated with the `token`,
	 * though all contents within a collection's `items` will be overwritten.
	 *
	 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	 * as this function does not support any schema operations and won't check for such conflicts.
	 *
	 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
	 * @param value The string representation of the value, which will have its content properly indented.
	 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
	 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
	 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	 */
	function setScalarValue(token, value, context = {}) {
	    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
	    let indent = 'indent' in token ? token.indent : null;
	    if (afterKey && typeof indent === 'number')
	        indent += 2;
	    if (!type)
	        switch (token.type) {
	            case 'single-quoted-scalar':
	                type = 'QUOTE_SINGLE';
	                break;
	            case 'double-quoted-scalar':
	                type = 'QUOTE_DOUBLE';
	                break;
	            case 'block-scalar': {
	                const header = token.props[0];
	                if (header.type !== 'block-scalar-header')
	                    throw new Error('Invalid block scalar header');
	                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
	                break;
	            }
	            default:
	                type = 'PLAIN';
	        }
	    const source = stringifyString.stringifyString({ type, value }, {
	        implicitKey: implicitKey || indent === null,
	        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
	        inFlow,
	        options: { blockQuote: true, lineWidth: -1 }
	    });
	    switch (source[0]) {
	        case '|':
	        case '>':
	            setBlockScalarValue(token, source);
	            break;
	        case '"':
	            setFlowScalarValue(token, source, 'double-quoted-scalar');
	            break;
	        case "'":
	            setFlowScalarValue(token, source, 'single-quoted-scalar');
	            break;
	        default:
	            setFlowScalarValue(token, source, 'scalar');
	    }
	}
	function setBlockScalarValue(token, source) {
	    const he = source.indexOf('\n');
	    const head = source.substring(0, he);
	    const body = source.substring(he + 1) + '\n';
	    if (token.type === 'block-scalar') {
	        const header = token.props[0];
	        if (header.type !== 'block-scalar-header')
	            throw new Error('Invalid block scalar header');
	        header.source = head;
	        token.source = body;
	    }
	    else {
	        const { offset } = token;
	        const indent = 'indent' in token ? token.indent : -1;
	        const props = [
	            { type: 'block-scalar-header', offset, indent, source: head }
	        ];
	        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
	            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
	        for (const key of Object.keys(token))
	            if (key !== 'type' && key !== 'offset')
	                delete token[key];
	        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
	    }
	}
	/** @returns `true` if last token is a newline */
	function addEndtoBlockProps(props, end) {
	    if (end)
	        for (const st of end)
	            switch (st.type) {
	                case 'space':
	                case 'comment':
	                    props.push(st);
	                    break;
	                case 'newline':
	                    props.push(st);
	                    return true;
	            }
	    return false;
	}
	function setFlowScalarValue(token, source, type) {
	    switch (token.type) {
	        case 'scalar':
	        case 'double-quoted-scalar':
	        case 'single-quoted-scalar':
	            token.type = type;
	            token.source = source;
	            break;
	        case 'block-scalar': {
	            const end = token.props.slice(1);
	            let oa = source.length;
	            if (token.props[0].type === 'block-scalar-header')
	                oa -= token.props[0].source.length;
	            for (const tok of end)
	                tok.offset += oa;
	            delete token.props;
	            Object.assign(token, { type, source, end });
	            break;
	        }
	        case 'block-map':
	        case 'block-seq': {
	            const offset = token.offset + source.length;
	            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
	            delete token.items;
	            Object.assign(token, { type, source, end: [nl] });
	            break;
	        }
	        default: {
	            const indent = 'indent' in token ? token.indent : -1;
	            const end = 'end' in token && Array.isArray(token.end)
	                ? token.end.filter(st => st.type === 'space' ||
	                    st.type === 'comment' ||
	                    st.type === 'newline')
	                : [];
	            for (const key of Object.keys(token))
	                if (key !== 'type' && key !== 'offset')
	                    delete token[key];
	            Object.assign(token, { type, indent, source, end });
	        }
	    }
	}

	cstScalar.createScalarToken = createScalarToken;
	cstScalar.resolveAsScalar = resolveAsScalar;
	cstScalar.setScalarValue = setScalarValue;
	return cstScalar;
}

var cstStringify = {};

var hasRequiredCstStringify;

function requireCstStringify () {
	if (hasRequiredCstStringify) return cstStringify;
	hasRequiredCstStringify = 1;

	/**
	 * Stringify a CST document, token, or collection item
	 *
	 * Fair warning: This applies no validation whatsoever, and
	 * simply concatenates the sources in their logical order.
	 */
	const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
	function stringifyToken(token) {
	    switch (token.type) {
	        case 'block-scalar': {
	            let res = '';
	            for (const tok of token.props)
	                res += stringifyToken(tok);
	            return res + token.source;
	        }
	        case 'block-map':
	        case 'block-seq': {
	            let res = '';
	            for (const item of token.items)
	                res += stringifyItem(item);
	            return res;
	        }
	        case 'flow-collection': {
	            let res = token.start.source;
	            for (const item of token.items)
	                res += stringifyItem(item);
	            for (const st of token.end)
	                res += st.source;
	            return res;
	        }
	        case 'document': {
	            let res = stringifyItem(token);
	            if (token.end)
	                for (const st of token.end)
	                    res += st.source;
	            return res;
	        }
	        default: {
	            let res = token.source;
	            if ('end' in token && token.end)
	                for (const st of token.end)
	                    res += st.source;
	            return res;
	        }
	    }
	}
	function stringifyItem({ start, key, sep, value }) {
	    let res = '';
	    for (const st of start)
	        res += st.source;
	    if (key)
	        res += stringifyToken(key);
	    if (sep)
	        for (const st of sep)
	            res += st.source;
	    if (value)
	        res += stringifyToken(value);
	    return res;
	}

	cstStringify.stringify = stringify;
	return cstStringify;
}

var cstVisit = {};

var hasRequiredCstVisit;

function requireCstVisit () {
	if (hasRequiredCstVisit) return cstVisit;
	hasRequiredCstVisit = 1;

	const BREAK = Symbol('break visit');
	const SKIP = Symbol('skip children');
	const REMOVE = Symbol('remove item');
	/**
	 * Apply a visitor to a CST document or item.
	 *
	 * Walks through the tree (depth-first) starting from the root, calling a
	 * `visitor` function with two arguments when entering each item:
	 *   - `item`: The current item, which included the following members:
	 *     - `start: SourceToken[]` – Source tokens before the key or value,
	 *       possibly including its anchor or tag.
	 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
	 *       the key before the `:` separator is empty.
	 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
	 *       which should include the `:` map value indicator if `value` is set.
	 *     - `value?: Token` – The value of a sequence item, or of a map pair.
	 *   - `path`: The steps from the root to the current node, as an array of
	 *     `['key' | 'value', number]` tuples.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this token, continue with
	 *      next sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
	 *   - `number`: Set the index of the next step. This is useful especially if
	 *     the index of the current token has changed.
	 *   - `function`: Define the next visitor for this item. After the original
	 *     visitor is called on item entry, next visitors are called after handling
	 *     a non-empty `key` and when exiting the item.
	 */
	function visit(cst, visitor) {
	    if ('type' in cst && cst.type === 'document')
	        cst = { start: cst.start, value: cst.value };
	    _visit(Object.freeze([]), cst, visitor);
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visit.BREAK = BREAK;
	/** Do not visit the children of the current item */
	visit.SKIP = SKIP;
	/** Remove the current item */
	visit.REMOVE = REMOVE;
	/** Find the item at `path` from `cst` as the root */
	visit.itemAtPath = (cst, path) => {
	    let item = cst;
	    for (const [field, index] of path) {
	        const tok = item?.[field];
	        if (tok && 'items' in tok) {
	            item = tok.items[index];
	        }
	        else
	            return undefined;
	    }
	    return item;
	};
	/**
	 * Get the immediate parent collection of the item at `path` from `cst` as the root.
	 *
	 * Throws an error if the collection is not found, which should never happen if the item itself exists.
	 */
	visit.parentCollection = (cst, path) => {
	    const parent = visit.itemAtPath(cst, path.slice(0, -1));
	    const field = path[path.length - 1][0];
	    const coll = parent?.[field];
	    if (coll && 'items' in coll)
	        return coll;
	    throw new Error('Parent collection not found');
	};
	function _visit(path, item, visitor) {
	    let ctrl = visitor(item, path);
	    if (typeof ctrl === 'symbol')
	        return ctrl;
	    for (const field of ['key', 'value']) {
	        const token = item[field];
	        if (token && 'items' in token) {
	            for (let i = 0; i < token.items.length; ++i) {
	                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    token.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	            if (typeof ctrl === 'function' && field === 'key')
	                ctrl = ctrl(item, path);
	        }
	    }
	    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
	}

	cstVisit.visit = visit;
	return cstVisit;
}

var hasRequiredCst;

function requireCst () {
	if (hasRequiredCst) return cst;
	hasRequiredCst = 1;

	var cstScalar = requireCstScalar();
	var cstStringify = requireCstStringify();
	var cstVisit = requireCstVisit();

	/** The byte order mark */
	const BOM = '\u{FEFF}';
	/** Start of doc-mode */
	const DOCUMENT = '\x02'; // C0: Start of Text
	/** Unexpected end of flow-mode */
	const FLOW_END = '\x18'; // C0: Cancel
	/** Next token is a scalar value */
	const SCALAR = '\x1f'; // C0: Unit Separator
	/** @returns `true` if `token` is a flow or block collection */
	const isCollection = (token) => !!token && 'items' in token;
	/** @returns `true` if `token` is a flow or block scalar; not an alias */
	const isScalar = (token) => !!token &&
	    (token.type === 'scalar' ||
	        token.type === 'single-quoted-scalar' ||
	        token.type === 'double-quoted-scalar' ||
	        token.type === 'block-scalar');
	/* istanbul ignore next */
	/** Get a printable representation of a lexer token */
	function prettyToken(token) {
	    switch (token) {
	        case BOM:
	            return '<BOM>';
	        case DOCUMENT:
	            return '<DOC>';
	        case FLOW_END:
	            return '<FLOW_END>';
	        case SCALAR:
	            return '<SCALAR>';
	        default:
	            return JSON.stringify(token);
	    }
	}
	/** Identify the type of a lexer token. May return `null` for unknown tokens. */
	function tokenType(source) {
	    switch (source) {
	        case BOM:
	            return 'byte-order-mark';
	        case DOCUMENT:
	            return 'doc-mode';
	        case FLOW_END:
	            return 'flow-error-end';
	        case SCALAR:
	            return 'scalar';
	        case '---':
	            return 'doc-start';
	        case '...':
	            return 'doc-end';
	        case '':
	        case '\n':
	        case '\r\n':
	            return 'newline';
	        case '-':
	            return 'seq-item-ind';
	        case '?':
	            return 'explicit-key-ind';
	        case ':':
	            return 'map-value-ind';
	        case '{':
	            return 'flow-map-start';
	        case '}':
	            return 'flow-map-end';
	        case '[':
	            return 'flow-seq-start';
	        case ']':
	            return 'flow-seq-end';
	        case ',':
	            return 'comma';
	    }
	    switch (source[0]) {
	        case ' ':
	        case '\t':
	            return 'space';
	        case '#':
	            return 'comment';
	        case '%':
	            return 'directive-line';
	        case '*':
	            return 'alias';
	        case '&':
	            return 'anchor';
	        case '!':
	            return 'tag';
	        case "'":
	            return 'single-quoted-scalar';
	        case '"':
	            return 'double-quoted-scalar';
	        case '|':
	        case '>':
	            return 'block-scalar-header';
	    }
	    return null;
	}

	cst.createScalarToken = cstScalar.createScalarToken;
	cst.resolveAsScalar = cstScalar.resolveAsScalar;
	cst.setScalarValue = cstScalar.setScalarValue;
	cst.stringify = cstStringify.stringify;
	cst.visit = cstVisit.visit;
	cst.BOM = BOM;
	cst.DOCUMENT = DOCUMENT;
	cst.FLOW_END = FLOW_END;
	cst.SCALAR = SCALAR;
	cst.isCollection = isCollection;
	cst.isScalar = isScalar;
	cst.prettyToken = prettyToken;
	cst.tokenType = tokenType;
	return cst;
}

var lexer = {};

var hasRequiredLexer;

function requireLexer () {
	if (hasRequiredLexer) return lexer;
	hasRequiredLexer = 1;

	var cst = requireCst();

	/*
	START -> stream

	stream
	  directive -> line-end -> stream
	  indent + line-end -> stream
	  [else] -> line-start

	line-end
	  comment -> line-end
	  newline -> .
	  input-end -> END

	line-start
	  doc-start -> doc
	  doc-end -> stream
	  [else] -> indent -> block-start

	block-start
	  seq-item-start -> block-start
	  explicit-key-start -> block-start
	  map-value-start -> block-start
	  [else] -> doc

	doc
	  line-end -> line-start
	  spaces -> doc
	  anchor -> doc
	  tag -> doc
	  flow-start -> flow -> doc
	  flow-end -> error -> doc
	  seq-item-start -> error -> doc
	  explicit-key-start -> error -> doc
	  map-value-start -> doc
	  alias -> doc
	  quote-start -> quoted-scalar -> doc
	  block-scalar-header -> line-end -> block-scalar(min) -> line-start
	  [else] -> plain-scalar(false, min) -> doc

	flow
	  line-end -> flow
	  spaces -> flow
	  anchor -> flow
	  tag -> flow
	  flow-start -> flow -> flow
	  flow-end -> .
	  seq-item-start -> error -> flow
	  explicit-key-start -> flow
	  map-value-start -> flow
	  alias -> flow
	  quote-start -> quoted-scalar -> flow
	  comma -> flow
	  [else] -> plain-scalar(true, 0) -> flow

	quoted-scalar
	  quote-end -> .
	  [else] -> quoted-scalar

	block-scalar(min)
	  newline + peek(indent < min) -> .
	  [else] -> block-scalar(min)

	plain-scalar(is-flow, min)
	  scalar-end(is-flow) -> .
	  peek(newline + (indent < min)) -> .
	  [else] -> plain-scalar(min)
	*/
	function isEmpty(ch) {
	    switch (ch) {
	        case undefined:
	        case ' ':
	        case '\n':
	        case '\r':
	        case '\t':
	            return true;
	        default:
	            return false;
	    }
	}
	const hexDigits = new Set('0123456789ABCDEFabcdef');
	const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
	const flowIndicatorChars = new Set(',[]{}');
	const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
	const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
	/**
	 * Splits an input string into lexical tokens, i.e. smaller strings that are
	 * easily identifiable by `tokens.tokenType()`.
	 *
	 * Lexing starts always in a "stream" context. Incomplete input may be buffered
	 * until a complete token can be emitted.
	 *
	 * In addition to slices of the original input, the following control characters
	 * may also be emitted:
	 *
	 * - `\x02` (Start of Text): A document starts with the next token
	 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
	 * - `\x1f` (Unit Separator): Next token is a scalar value
	 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
	 */
	class Lexer {
	    constructor() {
	        /**
	         * Flag indicating whether the end of the current buffer marks the end of
	         * all input
	         */
	        this.atEnd = false;
	        /**
	         * Explicit indent set in block scalar header, as an offset from the current
	         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
	         * explicitly set.
	         */
	        this.blockScalarIndent = -1;
	        /**
	         * Block scalars that include a + (keep) chomping indicator in their header
	         * include trailing empty lines, which are otherwise excluded from the
	         * scalar's contents.
	         */
	        this.blockScalarKeep = false;
	        /** Current input */
	        this.buffer = '';
	        /**
	         * Flag noting whether the map value indicator : can immediately follow this
	         * node within a flow context.
	         */
	        this.flowKey = false;
	        /** Count of surrounding flow collection levels. */
	        this.flowLevel = 0;
	        /**
	         * Minimum level of indentation required for next lines to be parsed as a
	         * part of the current scalar value.
	         */
	        this.indentNext = 0;
	        /** Indentation level of the current line. */
	        this.indentValue = 0;
	        /** Position of the next \n character. */
	        this.lineEndPos = null;
	        /** Stores the state of the lexer if reaching the end of incpomplete input */
	        this.next = null;
	        /** A pointer to `buffer`; the current position of the lexer. */
	        this.pos = 0;
	    }
	    /**
	     * Generate YAML tokens from the `source` string. If `incomplete`,
	     * a part of the last line may be left as a buffer for the next call.
	     *
	     * @returns A generator of lexical tokens
	     */
	    *lex(source, incomplete = false) {
	        if (source) {
	            if (typeof source !== 'string')
	                throw TypeError('source is not a string');
	            this.buffer = this.buffer ? this.buffer + source : source;
	            this.lineEndPos = null;
	        }
	        this.atEnd = !incomplete;
	        let next = this.next ?? 'stream';
	        while (next && (incomplete || this.hasChars(1)))
	            next = yield* this.parseNext(next);
	    }
	    atLineEnd() {
	        let i = this.pos;
	        let ch = this.buffer[i];
	        while (ch === ' ' || ch === '\t')
	            ch = this.buffer[++i];
	        if (!ch || ch === '#' || ch === '\n')
	            return true;
	        if (ch === '\r')
	            return this.buffer[i + 1] === '\n';
	        return false;
	    }
	    charAt(n) {
	        return this.buffer[this.pos + n];
	    }
	    continueScalar(offset) {
	        let ch = this.buffer[offset];
	        if (this.indentNext > 0) {
	            let indent = 0;
	            while (ch === ' ')
	                ch = this.buffer[++indent + offset];
	            if (ch === '\r') {
	                const next = this.buffer[indent + offset + 1];
	                if (next === '\n' || (!next && !this.atEnd))
	                    return offset + indent + 1;
	            }
	            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
	                ? offset + indent
	                : -1;
	        }
	        if (ch === '-' || ch === '.') {
	            const dt = this.buffer.substr(offset, 3);
	            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
	                return -1;
	        }
	        return offset;
	    }
	    getLine() {
	        let end = this.lineEndPos;
	        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
	            end = this.buffer.indexOf('\n', this.pos);
	            this.lineEndPos = end;
	        }
	        if (end === -1)
	            return this.atEnd ? this.buffer.substring(this.pos) : null;
	        if (this.buffer[end - 1] === '\r')
	            end -= 1;
	        return this.buffer.substring(this.pos, end);
	    }
	    hasChars(n) {
	        return this.pos + n <= this.buffer.length;
	    }
	    setNext(state) {
	        this.buffer = this.buffer.substring(this.pos);
	        this.pos = 0;
	        this.lineEndPos = null;
	        this.next = state;
	        return null;
	    }
	    peek(n) {
	        return this.buffer.substr(this.pos, n);
	    }
	    *parseNext(next) {
	        switch (next) {
	            case 'stream':
	                return yield* this.parseStream();
	            case 'line-start':
	                return yield* this.parseLineStart();
	            case 'block-start':
	                return yield* this.parseBlockStart();
	            case 'doc':
	                return yield* this.parseDocument();
	            case 'flow':
	                return yield* this.parseFlowCollection();
	            case 'quoted-scalar':
	                return yield* this.parseQuotedScalar();
	            case 'block-scalar':
	                return yield* this.parseBlockScalar();
	            case 'plain-scalar':
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseStream() {
	        let line = this.getLine();
	        if (line === null)
	            return this.setNext('stream');
	        if (line[0] === cst.BOM) {
	            yield* this.pushCount(1);
	            line = line.substring(1);
	        }
	        if (line[0] === '%') {
	            let dirEnd = line.length;
	            let cs = line.indexOf('#');
	            while (cs !== -1) {
	                const ch = line[cs - 1];
	                if (ch === ' ' || ch === '\t') {
	                    dirEnd = cs - 1;
	                    break;
	                }
	                else {
	                    cs = line.indexOf('#', cs + 1);
	                }
	            }
	            while (true) {
	                const ch = line[dirEnd - 1];
	                if (ch === ' ' || ch === '\t')
	                    dirEnd -= 1;
	                else
	                    break;
	            }
	            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
	            yield* this.pushCount(line.length - n); // possible comment
	            this.pushNewline();
	            return 'stream';
	        }
	        if (this.atLineEnd()) {
	            const sp = yield* this.pushSpaces(true);
	            yield* this.pushCount(line.length - sp);
	            yield* this.pushNewline();
	            return 'stream';
	        }
	        yield cst.DOCUMENT;
	        return yield* this.parseLineStart();
	    }
	    *parseLineStart() {
	        const ch = this.charAt(0);
	        if (!ch && !this.atEnd)
	            return this.setNext('line-start');
	        if (ch === '-' || ch === '.') {
	            if (!this.atEnd && !this.hasChars(4))
	                return this.setNext('line-start');
	            const s = this.peek(3);
	            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
	                yield* this.pushCount(3);
	                this.indentValue = 0;
	                this.indentNext = 0;
	                return s === '---' ? 'doc' : 'stream';
	            }
	        }
	        this.indentValue = yield* this.pushSpaces(false);
	        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
	            this.indentNext = this.indentValue;
	        return yield* this.parseBlockStart();
	    }
	    *parseBlockStart() {
	        const [ch0, ch1] = this.peek(2);
	        if (!ch1 && !this.atEnd)
	            return this.setNext('block-start');
	        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
	            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
	            this.indentNext = this.indentValue + 1;
	            this.indentValue += n;
	            return 'block-start';
	        }
	        return 'doc';
	    }
	    *parseDocument() {
	        yield* this.pushSpaces(true);
	        const line = this.getLine();
	        if (line === null)
	            return this.setNext('doc');
	        let n = yield* this.pushIndicators();
	        switch (line[n]) {
	            case '#':
	                yield* this.pushCount(line.length - n);
	            // fallthrough
	            case undefined:
	                yield* this.pushNewline();
	                return yield* this.parseLineStart();
	            case '{':
	            case '[':
	                yield* this.pushCount(1);
	                this.flowKey = false;
	                this.flowLevel = 1;
	                return 'flow';
	            case '}':
	            case ']':
	                // this is an error
	                yield* this.pushCount(1);
	                return 'doc';
	            case '*':
	                yield* this.pushUntil(isNotAnchorChar);
	                return 'doc';
	            case '"':
	            case "'":
	                return yield* this.parseQuotedScalar();
	            case '|':
	            case '>':
	                n += yield* this.parseBlockScalarHeader();
	                n += yield* this.pushSpaces(true);
	                yield* this.pushCount(line.length - n);
	                yield* this.pushNewline();
	                return yield* this.parseBlockScalar();
	            default:
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseFlowCollection() {
	        let nl, sp;
	        let indent = -1;
	        do {
	            nl = yield* this.pushNewline();
	            if (nl > 0) {
	                sp = yield* this.pushSpaces(false);
	                this.indentValue = indent = sp;
	            }
	            else {
	                sp = 0;
	            }
	            sp += yield* this.pushSpaces(true);
	        } while (nl + sp > 0);
	        const line = this.getLine();
	        if (line === null)
	            return this.setNext('flow');
	        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
	            (indent === 0 &&
	                (line.startsWith('---') || line.startsWith('...')) &&
	                isEmpty(line[3]))) {
	            // Allowing for the terminal ] or } at the same (rather than greater)
	            // indent level as the initial [ or { is technically invalid, but
	            // failing here would be surprising to users.
	            const atFlowEndMarker = indent === this.indentNext - 1 &&
	                this.flowLevel === 1 &&
	                (line[0] === ']' || line[0] === '}');
	            if (!atFlowEndMarker) {
	                // this is an error
	                this.flowLevel = 0;
	                yield cst.FLOW_END;
	                return yield* this.parseLineStart();
	            }
	        }
	        let n = 0;
	        while (line[n] === ',') {
	            n += yield* this.pushCount(1);
	            n += yield* this.pushSpaces(true);
	            this.flowKey = false;
	        }
	        n += yield* this.pushIndicators();
	        switch (line[n]) {
	            case undefined:
	                return 'flow';
	            case '#':
	                yield* this.pushCount(line.length - n);
	                return 'flow';
	            case '{':
	            case '[':
	                yield* this.pushCount(1);
	                this.flowKey = false;
	                this.flowLevel += 1;
	                return 'flow';
	            case '}':
	            case ']':
	                yield* this.pushCount(1);
	                this.flowKey = true;
	                this.flowLevel -= 1;
	                return this.flowLevel ? 'flow' : 'doc';
	            case '*':
	                yield* this.pushUntil(isNotAnchorChar);
	                return 'flow';
	            case '"':
	            case "'":
	                this.flowKey = true;
	                return yield* this.parseQuotedScalar();
	            case ':': {
	                const next = this.charAt(1);
	                if (this.flowKey || isEmpty(next) || next === ',') {
	                    this.flowKey = false;
	                    yield* this.pushCount(1);
	                    yield* this.pushSpaces(true);
	                    return 'flow';
	                }
	            }
	            // fallthrough
	            default:
	                this.flowKey = false;
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseQuotedScalar() {
	        const quote = this.charAt(0);
	        let end = this.buffer.indexOf(quote, this.pos + 1);
	        if (quote === "'") {
	            while (end !== -1 && this.buffer[end + 1] === "'")
	                end = this.buffer.indexOf("'", end + 2);
	        }
	        else {
	            // double-quote
	            while (end !== -1) {
	                let n = 0;
	                while (this.buffer[end - 1 - n] === '\\')
	                    n += 1;
	                if (n % 2 === 0)
	                    break;
	                end = this.buffer.indexOf('"', end + 1);
	            }
	        }
	        // Only looking for newlines within the quotes
	        const qb = this.buffer.substring(0, end);
	        let nl = qb.indexOf('\n', this.pos);
	        if (nl !== -1) {
	            while (nl !== -1) {
	                const cs = this.continueScalar(nl + 1);
	                if (cs === -1)
	                    break;
	                nl = qb.indexOf('\n', cs);
	            }
	            if (nl !== -1) {
	                // this is an error caused by an unexpected unindent
	                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
	            }
	        }
	        if (end === -1) {
	            if (!this.atEnd)
	                return this.setNext('quoted-scalar');
	            end = this.buffer.length;
	        }
	        yield* this.pushToIndex(end + 1, false);
	        return this.flowLevel ? 'flow' : 'doc';
	    }
	    *parseBlockScalarHeader() {
	        this.blockScalarIndent = -1;
	        this.blockScalarKeep = false;
	        let i = this.pos;
	        while (true) {
	            const ch = this.buffer[++i];
	            if (ch === '+')
	                this.blockScalarKeep = true;
	            else if (ch > '0' && ch <= '9')
	                this.blockScalarIndent = Number(ch) - 1;
	            else if (ch !== '-')
	                break;
	        }
	        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
	    }
	    *parseBlockScalar() {
	        let nl = this.pos - 1; // may be -1 if this.pos === 0
	        let indent = 0;
	        let ch;
	        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
	            switch (ch) {
	                case ' ':
	                    indent += 1;
	                    break;
	                case '\n':
	                    nl = i;
	                    indent = 0;
	                    break;
	                case '\r': {
	                    const next = this.buffer[i + 1];
	                    if (!next && !this.atEnd)
	                        return this.setNext('block-scalar');
	                    if (next === '\n')
	                        break;
	                } // fallthrough
	                default:
	                    break loop;
	            }
	        }
	        if (!ch && !this.atEnd)
	            return this.setNext('block-scalar');
	        if (indent >= this.indentNext) {
	            if (this.blockScalarIndent === -1)
	                this.indentNext = indent;
	            else {
	                this.indentNext =
	                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
	            }
	            do {
	                const cs = this.continueScalar(nl + 1);
	                if (cs === -1)
	                    break;
	                nl = this.buffer.indexOf('\n', cs);
	            } while (nl !== -1);
	            if (nl === -1) {
	                if (!this.atEnd)
	                    return this.setNext('block-scalar');
	                nl = this.buffer.length;
	            }
	        }
	        // Trailing insufficiently indented tabs are invalid.
	        // To catch that during parsing, we include them in the block scalar value.
	        let i = nl + 1;
	        ch = this.buffer[i];
	        while (ch === ' ')
	            ch = this.buffer[++i];
	        if (ch === '\t') {
	            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
	                ch = this.buffer[++i];
	            nl = i - 1;
	        }
	        else if (!this.blockScalarKeep) {
	            do {
	                let i = nl - 1;
	                let ch = this.buffer[i];
	                if (ch === '\r')
	                    ch = this.buffer[--i];
	                const lastChar = i; // Drop the line if last char not more indented
	                while (ch === ' ')
	                    ch = this.buffer[--i];
	                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
	                    nl = i;
	                else
	                    break;
	            } while (true);
	        }
	        yield cst.SCALAR;
	        yield* this.pushToIndex(nl + 1, true);
	        return yield* this.parseLineStart();
	    }
	    *parsePlainScalar() {
	        const inFlow = this.flowLevel > 0;
	        let end = this.pos - 1;
	        let i = this.pos - 1;
	        let ch;
	        while ((ch = this.buffer[++i])) {
	            if (ch === ':') {
	                const next = this.buffer[i + 1];
	                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
	                    break;
	                end = i;
	            }
	            else if (isEmpty(ch)) {
	                let next = this.buffer[i + 1];
	                if (ch === '\r') {
	                    if (next === '\n') {
	                        i += 1;
	                        ch = '\n';
	                        next = this.buffer[i + 1];
	                    }
	                    else
	                        end = i;
	                }
	                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
	                    break;
	                if (ch === '\n') {
	                    const cs = this.continueScalar(i + 1);
	                    if (cs === -1)
	                        break;
	                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
	                }
	            }
	            else {
	                if (inFlow && flowIndicatorChars.has(ch))
	                    break;
	                end = i;
	            }
	        }
	        if (!ch && !this.atEnd)
	            return this.setNext('plain-scalar');
	        yield cst.SCALAR;
	        yield* this.pushToIndex(end + 1, true);
	        return inFlow ? 'flow' : 'doc';
	    }
	    *pushCount(n) {
	        if (n > 0) {
	            yield this.buffer.substr(this.pos, n);
	            this.pos += n;
	            return n;
	        }
	        return 0;
	    }
	    *pushToIndex(i, allowEmpty) {
	        const s = this.buffer.slice(this.pos, i);
	        if (s) {
	            yield s;
	            this.pos += s.length;
	            return s.length;
	        }
	        else if (allowEmpty)
	            yield '';
	        return 0;
	    }
	    *pushIndicators() {
	        let n = 0;
	        loop: while (true) {
	            switch (this.charAt(0)) {
	                case '!':
	                    n += yield* this.pushTag();
	                    n += yield* this.pushSpaces(true);
	                    continue loop;
	                case '&':
	                    n += yield* this.pushUntil(isNotAnchorChar);
	                    n += yield* this.pushSpaces(true);
	                    continue loop;
	                case '-': // this is an error
	                case '?': // this is an error outside flow collections
	                case ':': {
	                    const inFlow = this.flowLevel > 0;
	                    const ch1 = this.charAt(1);
	                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
	                        if (!inFlow)
	                            this.indentNext = this.indentValue + 1;
	                        else if (this.flowKey)
	                            this.flowKey = false;
	                        n += yield* this.pushCount(1);
	                        n += yield* this.pushSpaces(true);
	                        continue loop;
	                    }
	                }
	            }
	            break loop;
	        }
	        return n;
	    }
	    *pushTag() {
	        if (this.charAt(1) === '<') {
	            let i = this.pos + 2;
	            let ch = this.buffer[i];
	            while (!isEmpty(ch) && ch !== '>')
	                ch = this.buffer[++i];
	            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
	        }
	        else {
	            let i = this.pos + 1;
	            let ch = this.buffer[i];
	            while (ch) {
	                if (tagChars.has(ch))
	                    ch = this.buffer[++i];
	                else if (ch === '%' &&
	                    hexDigits.has(this.buffer[i + 1]) &&
	                    hexDigits.has(this.buffer[i + 2])) {
	                    ch = this.buffer[(i += 3)];
	                }
	                else
	                    break;
	            }
	            return yield* this.pushToIndex(i, false);
	        }
	    }
	    *pushNewline() {
	        const ch = this.buffer[this.pos];
	        if (ch === '\n')
	            return yield* this.pushCount(1);
	        else if (ch === '\r' && this.charAt(1) === '\n')
	            return yield* this.pushCount(2);
	        else
	            return 0;
	    }
	    *pushSpaces(allowTabs) {
	        let i = this.pos - 1;
	        let ch;
	        do {
	            ch = this.buffer[++i];
	        } while (ch === ' ' || (allowTabs && ch === '\t'));
	        const n = i - this.pos;
	        if (n > 0) {
	            yield this.buffer.substr(this.pos, n);
	            this.pos = i;
	        }
	        return n;
	    }
	    *pushUntil(test) {
	        let i = this.pos;
	        let ch = this.buffer[i];
	        while (!test(ch))
	            ch = this.buffer[++i];
	        return yield* this.pushToIndex(i, false);
	    }
	}

	lexer.Lexer = Lexer;
	return lexer;
}

var lineCounter = {};

var hasRequiredLineCounter;

function requireLineCounter () {
	if (hasRequiredLineCounter) return lineCounter;
	hasRequiredLineCounter = 1;

	/**
	 * Tracks newlines during parsing in order to provide an efficient API for
	 * determining the one-indexed `{ line, col }` position for any offset
	 * within the input.
	 */
	class LineCounter {
	    constructor() {
	        this.lineStarts = [];
	        /**
	         * Should be called in ascending order. Otherwise, call
	         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
	         */
	        this.addNewLine = (offset) => this.lineStarts.push(offset);
	        /**
	         * Performs a binary search and returns the 1-indexed { line, col }
	         * position of `offset`. If `line === 0`, `addNewLine` has never been
	         * called or `offset` is before the first known newline.
	         */
	        this.linePos = (offset) => {
	            let low = 0;
	            let high = this.lineStarts.length;
	            while (low < high) {
	                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
	                if (this.lineStarts[mid] < offset)
	                    low = mid + 1;
	                else
	                    high = mid;
	            }
	            if (this.lineStarts[low] === offset)
	                return { line: low + 1, col: 1 };
	            if (low === 0)
	                return { line: 0, col: offset };
	            const start = this.lineStarts[low - 1];
	            return { line: low, col: offset - start + 1 };
	        };
	    }
	}

	lineCounter.LineCounter = LineCounter;
	return lineCounter;
}

var parser = {};

var hasRequiredParser;

function requireParser () {
	if (hasRequiredParser) return parser;
	hasRequiredParser = 1;

	var node_process = require$$0;
	var cst = requireCst();
	var lexer = requireLexer();

	function includesToken(list, type) {
	    for (let i = 0; i < list.length; ++i)
	        if (list[i].type === type)
	            return true;
	    return false;
	}
	function findNonEmptyIndex(list) {
	    for (let i = 0; i < list.length; ++i) {
	        switch (list[i].type) {
	            case 'space':
	            case 'comment':
	            case 'newline':
	                break;
	            default:
	                return i;
	        }
	    }
	    return -1;
	}
	function isFlowToken(token) {
	    switch (token?.type) {
	        case 'alias':
	        case 'scalar':
	        case 'single-quoted-scalar':
	        case 'double-quoted-scalar':
	        case 'flow-collection':
	            return true;
	        default:
	            return false;
	    }
	}
	function getPrevProps(parent) {
	    switch (parent.type) {
	        case 'document':
	            return parent.start;
	        case 'block-map': {
	            const it = parent.items[parent.items.length - 1];
	            return it.sep ?? it.start;
	        }
	        case 'block-seq':
	            return parent.items[parent.items.length - 1].start;
	        /* istanbul ignore next should not happen */
	        default:
	            return [];
	    }
	}
	/** Note: May modify input array */
	function getFirstKeyStartProps(prev) {
	    if (prev.length === 0)
	        return [];
	    let i = prev.length;
	    loop: while (--i >= 0) {
	        switch (prev[i].type) {
	            case 'doc-start':
	            case 'explicit-key-ind':
	            case 'map-value-ind':
	            case 'seq-item-ind':
	            case 'newline':
	                break loop;
	        }
	    }
	    while (prev[++i]?.type === 'space') {
	        /* loop */
	    }
	    return prev.splice(i, prev.length);
	}
	function arrayPushArray(target, source) {
	    // May exhaust call stack with large `source` array
	    if (source.length < 1e5)
	        Array.prototype.push.apply(target, source);
	    else
	        for (let i = 0; i < source.length; ++i)
	            target.push(source[i]);
	}
	function fixFlowSeqItems(fc) {
	    if (fc.start.type === 'flow-seq-start') {
	        for (const it of fc.items) {
	            if (it.sep &&
	                !it.value &&
	                !includesToken(it.start, 'explicit-key-ind') &&
	                !includesToken(it.sep, 'map-value-ind')) {
	                if (it.key)
	                    it.value = it.key;
	                delete it.key;
	                if (isFlowToken(it.value)) {
	                    if (it.value.end)
	                        arrayPushArray(it.value.end, it.sep);
	                    else
	                        it.value.end = it.sep;
	                }
	                else
	                    arrayPushArray(it.start, it.sep);
	                delete it.sep;
	            }
	        }
	    }
	}
	/**
	 * A YAML concrete syntax tree (CST) parser
	 *
	 * ```ts
	 * const src: string = ...
	 * for (const token of new Parser().parse(src)) {
	 *   // token: Token
	 * }
	 * ```
	 *
	 * To use the parser with a user-provided lexer:
	 *
	 * ```ts
	 * function* parse(source: string, lexer: Lexer) {
	 *   const parser = new Parser()
	 *   for (const lexeme of lexer.lex(source))
	 *     yield* parser.next(lexeme)
	 *   yield* parser.end()
	 * }
	 *
	 * const src: string = ...
	 * const lexer = new Lexer()
	 * for (const token of parse(src, lexer)) {
	 *   // token: Token
	 * }
	 * ```
	 */
	class Parser {
	    /**
	     * @param onNewLine - If defined, called separately with the start position of
	     *   each new line (in `parse()`, including the start of input).
	     */
	    constructor(onNewLine) {
	        /** If true, space and sequence indicators count as indentation */
	        this.atNewLine = true;
	        /** If true, next token is a scalar value */
	        this.atScalar = false;
	        /** Current indentation level */
	        this.indent = 0;
	        /** Current offset since the start of parsing */
	        this.offset = 0;
	        /** On the same line with a block map key */
	        this.onKeyLine = false;
	        /** Top indicates the node that's currently being built */
	        this.stack = [];
	        /** The source of the current token, set in parse() */
	        this.source = '';
	        /** The type of the current token, set in parse() */
	        this.type = '';
	        // Must be defined after `next()`
	        this.lexer = new lexer.Lexer();
	        this.onNewLine = onNewLine;
	    }
	    /**
	     * Parse `source` as a YAML stream.
	     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
	     *
	     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
	     *
	     * @returns A generator of tokens representing each directive, document, and other structure.
	     */
	    *parse(source, incomplete = false) {
	        if (this.onNewLine && this.offset === 0)
	            this.onNewLine(0);
	        for (const lexeme of this.lexer.lex(source, incomplete))
	            yield* this.next(lexeme);
	        if (!incomplete)
	            yield* this.end();
	    }
	    /**
	     * Advance the parser by the `source` of one lexical token.
	     */
	    *next(source) {
	        this.source = source;
	        if (node_process.env.LOG_TOKENS)
	            console.log('|', cst.prettyToken(source));
	        if (this.atScalar) {
	            this.atScalar = false;
	            yield* this.step();
	            this.offset += source.length;
	            return;
	        }
	        const type = cst.tokenType(source);
	        if (!type) {
	            const message = `Not a YAML token: ${source}`;
	            yield* this.pop({ type: 'error', offset: this.offset, message, source });
	            this.offset += source.length;
	        }
	        else if (type === 'scalar') {
	            this.atNewLine = false;
	            this.atScalar = true;
	            this.type = 'scalar';
	        }
	        else {
	            this.type = type;
	            yield* this.step();
	            switch (type) {
	                case 'newline':
	                    this.atNewLine = true;
	                    this.indent = 0;
	                    if (this.onNewLine)
	                        this.onNewLine(this.offset + source.length);
	                    break;
	                case 'space':
	                    if (this.atNewLine && source[0] === ' ')
	                        this.indent += source.length;
	                    break;
	                case 'explicit-key-ind':
	                case 'map-value-ind':
	                case 'seq-item-ind':
	                    if (this.atNewLine)
	                        this.indent += source.length;
	                    break;
	                case 'doc-mode':
	                case 'flow-error-end':
	                    return;
	                default:
	                    this.atNewLine = false;
	            }
	            this.offset += source.length;
	        }
	    }
	    /** Call at end of input to push out any remaining constructions */
	    *end() {
	        while (this.stack.length > 0)
	            yield* this.pop();
	    }
	    get sourceToken() {
	        const st = {
	            type: this.type,
	            offset: this.offset,
	            indent: this.indent,
	            source: this.source
	        };
	        return st;
	    }
	    *step() {
	        const top = this.peek(1);
	        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
	            while (this.stack.length > 0)
	                yield* this.pop();
	            this.stack.push({
	                type: 'doc-end',
	                offset: this.offset,
	                source: this.source
	            });
	            return;
	        }
	        if (!top)
	            return yield* this.stream();
	        switch (top.type) {
	            case 'document':
	                return yield* this.document(top);
	            case 'alias':
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return yield* this.scalar(top);
	            case 'block-scalar':
	                return yield* this.blockScalar(top);
	            case 'block-map':
	                return yield* this.blockMap(top);
	            case 'block-seq':
	                return yield* this.blockSequence(top);
	            case 'flow-collection':
	                return yield* this.flowCollection(top);
	            case 'doc-end':
	                return yield* this.documentEnd(top);
	        }
	        /* istanbul ignore next should not happen */
	        yield* this.pop();
	    }
	    peek(n) {
	        return this.stack[this.stack.length - n];
	    }
	    *pop(error) {
	        const token = error ?? this.stack.pop();
	        /* istanbul ignore if should not happen */
	        if (!token) {
	            const message = 'Tried to pop an empty stack';
	            yield { type: 'error', offset: this.offset, source: '', message };
	        }
	        else if (this.stack.length === 0) {
	            yield token;
	        }
	        else {
	            const top = this.peek(1);
	            if (token.type === 'block-scalar') {
	                // Block scalars use their parent rather than header indent
	                token.indent = 'indent' in top ? top.indent : 0;
	            }
	            else if (token.type === 'flow-collection' && top.type === 'document') {
	                // Ignore all indent for top-level flow collections
	                token.indent = 0;
	            }
	            if (token.type === 'flow-collection')
	                fixFlowSeqItems(token);
	            switch (top.type) {
	                case 'document':
	                    top.value = token;
	                    break;
	                case 'block-scalar':
	                    top.props.push(token); // error
	                    break;
	                case 'block-map': {
	                    const it = top.items[top.items.length - 1];
	                    if (it.value) {
	                        top.items.push({ start: [], key: token, sep: [] });
	                        this.onKeyLine = true;
	                        return;
	                    }
	                    else if (it.sep) {
	                        it.value = token;
	                    }
	                    else {
	                        Object.assign(it, { key: token, sep: [] });
	                        this.onKeyLine = !it.explicitKey;
	                        return;
	                    }
	                    break;
	                }
	                case 'block-seq': {
	                    const it = top.items[top.items.length - 1];
	                    if (it.value)
	                        top.items.push({ start: [], value: token });
	                    else
	                        it.value = token;
	                    break;
	                }
	                case 'flow-collection': {
	                    const it = top.items[top.items.length - 1];
	                    if (!it || it.value)
	                        top.items.push({ start: [], key: token, sep: [] });
	                    else if (it.sep)
	                        it.value = token;
	                    else
	                        Object.assign(it, { key: token, sep: [] });
	                    return;
	                }
	                /* istanbul ignore next should not happen */
	                default:
	                    yield* this.pop();
	                    yield* this.pop(token);
	            }
	            if ((top.type === 'document' ||
	                top.type === 'block-map' ||
	                top.type === 'block-seq') &&
	                (token.type === 'block-map' || token.type === 'block-seq')) {
	                const last = token.items[token.items.length - 1];
	                if (last &&
	                    !last.sep &&
	                    !last.value &&
	                    last.start.length > 0 &&
	                    findNonEmptyIndex(last.start) === -1 &&
	                    (token.indent === 0 ||
	                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
	                    if (top.type === 'document')
	                        top.end = last.start;
	                    else
	                        top.items.push({ start: last.start });
	                    token.items.splice(-1, 1);
	                }
	            }
	        }
	    }
	    *stream() {
	        switch (this.type) {
	            case 'directive-line':
	                yield { type: 'directive', offset: this.offset, source: this.source };
	                return;
	            case 'byte-order-mark':
	            case 'space':
	            case 'comment':
	            case 'newline':
	                yield this.sourceToken;
	                return;
	            case 'doc-mode':
	            case 'doc-start': {
	                const doc = {
	                    type: 'document',
	                    offset: this.offset,
	                    start: []
	                };
	                if (this.type === 'doc-start')
	                    doc.start.push(this.sourceToken);
	                this.stack.push(doc);
	                return;
	            }
	        }
	        yield {
	            type: 'error',
	            offset: this.offset,
	            message: `Unexpected ${this.type} token in YAML stream`,
	            source: this.source
	        };
	    }
	    *document(doc) {
	        if (doc.value)
	            return yield* this.lineEnd(doc);
	        switch (this.type) {
	            case 'doc-start': {
	                if (findNonEmptyIndex(doc.start) !== -1) {
	                    yield* this.pop();
	                    yield* this.step();
	                }
	                else
	                    doc.start.push(this.sourceToken);
	                return;
	            }
	            case 'anchor':
	            case 'tag':
	            case 'space':
	            case 'comment':
	            case 'newline':
	                doc.start.push(this.sourceToken);
	                return;
	        }
	        const bv = this.startBlockValue(doc);
	        if (bv)
	            this.stack.push(bv);
	        else {
	            yield {
	                type: 'error',
	                offset: this.offset,
	                message: `Unexpected ${this.type} token in YAML document`,
	                source: this.source
	            };
	        }
	    }
	    *scalar(scalar) {
	        if (this.type === 'map-value-ind') {
	            const prev = getPrevProps(this.peek(2));
	            const start = getFirstKeyStartProps(prev);
	            let sep;
	            if (scalar.end) {
	                sep = scalar.end;
	                sep.push(this.sourceToken);
	                delete scalar.end;
	            }
	            else
	                sep = [this.sourceToken];
	            const map = {
	                type: 'block-map',
	                offset: scalar.offset,
	                indent: scalar.indent,
	                items: [{ start, key: scalar, sep }]
	            };
	            this.onKeyLine = true;
	            this.stack[this.stack.length - 1] = map;
	        }
	        else
	            yield* this.lineEnd(scalar);
	    }
	    *blockScalar(scalar) {
	        switch (this.type) {
	            case 'space':
	            case 'comment':
	            case 'newline':
	                scalar.props.push(this.sourceToken);
	                return;
	            case 'scalar':
	                scalar.source = this.source;
	                // block-scalar source includes trailing newline
	                this.atNewLine = true;
	                this.indent = 0;
	                if (this.onNewLine) {
	                    let nl = this.source.indexOf('\n') + 1;
	                    while (nl !== 0) {
	                        this.onNewLine(this.offset + nl);
	                        nl = this.source.indexOf('\n', nl) + 1;
	                    }
	                }
	                yield* this.pop();
	                break;
	            /* istanbul ignore next should not happen */
	            default:
	                yield* this.pop();
	                yield* this.step();
	        }
	    }
	    *blockMap(map) {
	        const it = map.items[map.items.length - 1];
	        // it.sep is true-ish if pair already has key or : separator
	        switch (this.type) {
	            case 'newline':
	                this.onKeyLine = false;
	                if (it.value) {
	                    const end = 'end' in it.value ? it.value.end : undefined;
	                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
	                    if (last?.type === 'comment')
	                        end?.push(this.sourceToken);
	                    else
	                        map.items.push({ start: [this.sourceToken] });
	                }
	                else if (it.sep) {
	                    it.sep.push(this.sourceToken);
	                }
	                else {
	                    it.start.push(this.sourceToken);
	                }
	                return;
	            case 'space':
	            case 'comment':
	                if (it.value) {
	                    map.items.push({ start: [this.sourceToken] });
	                }
	                else if (it.sep) {
	                    it.sep.push(this.sourceToken);
	                }
	                else {
	                    if (this.atIndentedComment(it.start, map.indent)) {
	                        const prev = map.items[map.items.length - 2];
	                        const end = prev?.value?.end;
	                        if (Array.isArray(end)) {
	                            arrayPushArray(end, it.start);
	                            end.push(this.sourceToken);
	                            map.items.pop();
	                            return;
	                        }
	                    }
	                    it.start.push(this.sourceToken);
	                }
	                return;
	        }
	        if (this.indent >= map.indent) {
	            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
	            const atNextItem = atMapIndent &&
	                (it.sep || it.explicitKey) &&
	                this.type !== 'seq-item-ind';
	            // For empty nodes, assign newline-separated not indented empty tokens to following node
	            let start = [];
	            if (atNextItem && it.sep && !it.value) {
	                const nl = [];
	                for (let i = 0; i < it.sep.length; ++i) {
	                    const st = it.sep[i];
	                    switch (st.type) {
	                        case 'newline':
	                            nl.push(i);
	                            break;
	                        case 'space':
	                            break;
	                        case 'comment':
	                            if (st.indent > map.indent)
	                                nl.length = 0;
	                            break;
	                        default:
	                            nl.length = 0;
	                    }
	                }
	                if (nl.length >= 2)
	                    start = it.sep.splice(nl[1]);
	            }
	            switch (this.type) {
	                case 'anchor':
	                case 'tag':
	                    if (atNextItem || it.value) {
	                        start.push(this.sourceToken);
	                        map.items.push({ start });
	                        this.onKeyLine = true;
	                    }
	                    else if (it.sep) {
	                        it.sep.push(this.sourceToken);
	                    }
	                    else {
	                        it.start.push(this.sourceToken);
	                    }
	                    return;
	                case 'explicit-key-ind':
	                    if (!it.sep && !it.explicitKey) {
	                        it.start.push(this.sourceToken);
	                        it.explicitKey = true;
	                    }
	                    else if (atNextItem || it.value) {
	                        start.push(this.sourceToken);
	                        map.items.push({ start, explicitKey: true });
	                    }
	                    else {
	                        this.stack.push({
	                            type: 'block-map',
	                            offset: this.offset,
	                            indent: this.indent,
	                            items: [{ start: [this.sourceToken], explicitKey: true }]
	                        });
	                    }
	                    this.onKeyLine = true;
	                    return;
	                case 'map-value-ind':
	                    if (it.explicitKey) {
	                        if (!it.sep) {
	                            if (includesToken(it.start, 'newline')) {
	                                Object.assign(it, { key: null, sep: [this.sourceToken] });
	                            }
	                            else {
	                                const start = getFirstKeyStartProps(it.start);
	                                this.stack.push({
	                                    type: 'block-map',
	                                    offset: this.offset,
	                                    indent: this.indent,
	                                    items: [{ start, key: null, sep: [this.sourceToken] }]
	                                });
	                            }
	                        }
	                        else if (it.value) {
	                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
	                        }
	                        else if (includesToken(it.sep, 'map-value-ind')) {
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start, key: null, sep: [this.sourceToken] }]
	                            });
	                        }
	                        else if (isFlowToken(it.key) &&
	                            !includesToken(it.sep, 'newline')) {
	                            const start = getFirstKeyStartProps(it.start);
	                            const key = it.key;
	                            const sep = it.sep;
	                            sep.push(this.sourceToken);
	                            // @ts-expect-error type guard is wrong here
	                            delete it.key;
	                            // @ts-expect-error type guard is wrong here
	                            delete it.sep;
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start, key, sep }]
	                            });
	                        }
	                        else if (start.length > 0) {
	                            // Not actually at next item
	                            it.sep = it.sep.concat(start, this.sourceToken);
	                        }
	                        else {
	                            it.sep.push(this.sourceToken);
	                        }
	                    }
	                    else {
	                        if (!it.sep) {
	                            Object.assign(it, { key: null, sep: [this.sourceToken] });
	                        }
	                        else if (it.value || atNextItem) {
	                            map.items.push({ start, key: null, sep: [this.sourceToken] });
	                        }
	                        else if (includesToken(it.sep, 'map-value-ind')) {
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
	                            });
	                        }
	                        else {
	                            it.sep.push(this.sourceToken);
	                        }
	                    }
	                    this.onKeyLine = true;
	                    return;
	                case 'alias':
	                case 'scalar':
	                case 'single-quoted-scalar':
	                case 'double-quoted-scalar': {
	                    const fs = this.flowScalar(this.type);
	                    if (atNextItem || it.value) {
	                        map.items.push({ start, key: fs, sep: [] });
	                        this.onKeyLine = true;
	                    }
	                    else if (it.sep) {
	                        this.stack.push(fs);
	                    }
	                    else {
	                        Object.assign(it, { key: fs, sep: [] });
	                        this.onKeyLine = true;
	                    }
	                    return;
	                }
	                default: {
	                    const bv = this.startBlockValue(map);
	                    if (bv) {
	                        if (bv.type === 'block-seq') {
	                            if (!it.explicitKey &&
	                                it.sep &&
	                                !includesToken(it.sep, 'newline')) {
	                                yield* this.pop({
	                                    type: 'error',
	                                    offset: this.offset,
	                                    message: 'Unexpected block-seq-ind on same line with key',
	                                    source: this.source
	                                });
	                                return;
	                            }
	                        }
	                        else if (atMapIndent) {
	                            map.items.push({ start });
	                        }
	                        this.stack.push(bv);
	                        return;
	                    }
	                }
	            }
	        }
	        yield* this.pop();
	        yield* this.step();
	    }
	    *blockSequence(seq) {
	        const it = seq.items[seq.items.length - 1];
	        switch (this.type) {
	            case 'newline':
	                if (it.value) {
	                    const end = 'end' in it.value ? it.value.end : undefined;
	                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
	                    if (last?.type === 'comment')
	                        end?.push(this.sourceToken);
	                    else
	                        seq.items.push({ start: [this.sourceToken] });
	                }
	                else
	                    it.start.push(this.sourceToken);
	                return;
	            case 'space':
	            case 'comment':
	                if (it.value)
	                    seq.items.push({ start: [this.sourceToken] });
	                else {
	                    if (this.atIndentedComment(it.start, seq.indent)) {
	                        const prev = seq.items[seq.items.length - 2];
	                        const end = prev?.value?.end;
	                        if (Array.isArray(end)) {
	                            arrayPushArray(end, it.start);
	                            end.push(this.sourceToken);
	                            seq.items.pop();
	                            return;
	                        }
	                    }
	                    it.start.push(this.sourceToken);
	                }
	                return;
	            case 'anchor':
	            case 'tag':
	                if (it.value || this.indent <= seq.indent)
	                    break;
	                it.start.push(this.sourceToken);
	                return;
	            case 'seq-item-ind':
	                if (this.indent !== seq.indent)
	                    break;
	                if (it.value || includesToken(it.start, 'seq-item-ind'))
	                    seq.items.push({ start: [this.sourceToken] });
	                else
	                    it.start.push(this.sourceToken);
	                return;
	        }
	        if (this.indent > seq.indent) {
	            const bv = this.startBlockValue(seq);
	            if (bv) {
	                this.stack.push(bv);
	                return;
	            }
	        }
	        yield* this.pop();
	        yield* this.step();
	    }
	    *flowCollection(fc) {
	        const it = fc.items[fc.items.length - 1];
	        if (this.type === 'flow-error-end') {
	            let top;
	            do {
	                yield* this.pop();
	                top = this.peek(1);
	            } while (top?.type === 'flow-collection');
	        }
	        else if (fc.end.length === 0) {
	            switch (this.type) {
	                case 'comma':
	                case 'explicit-key-ind':
	                    if (!it || it.sep)
	                        fc.items.push({ start: [this.sourceToken] });
	                    else
	                        it.start.push(this.sourceToken);
	                    return;
	                case 'map-value-ind':
	                    if (!it || it.value)
	                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
	                    else if (it.sep)
	                        it.sep.push(this.sourceToken);
	                    else
	                        Object.assign(it, { key: null, sep: [this.sourceToken] });
	                    return;
	                case 'space':
	                case 'comment':
	                case 'newline':
	                case 'anchor':
	                case 'tag':
	                    if (!it || it.value)
	                        fc.items.push({ start: [this.sourceToken] });
	                    else if (it.sep)
	                        it.sep.push(this.sourceToken);
	                    else
	                        it.start.push(this.sourceToken);
	                    return;
	                case 'alias':
	                case 'scalar':
	                case 'single-quoted-scalar':
	                case 'double-quoted-scalar': {
	                    const fs = this.flowScalar(this.type);
	                    if (!it || it.value)
	                        fc.items.push({ start: [], key: fs, sep: [] });
	                    else if (it.sep)
	                        this.stack.push(fs);
	                    else
	                        Object.assign(it, { key: fs, sep: [] });
	                    return;
	                }
	                case 'flow-map-end':
	                case 'flow-seq-end':
	                    fc.end.push(this.sourceToken);
	                    return;
	            }
	            const bv = this.startBlockValue(fc);
	            /* istanbul ignore else should not happen */
	            if (bv)
	                this.stack.push(bv);
	            else {
	                yield* this.pop();
	                yield* this.step();
	            }
	        }
	        else {
	            const parent = this.peek(2);
	            if (parent.type === 'block-map' &&
	                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
	                    (this.type === 'newline' &&
	                        !parent.items[parent.items.length - 1].sep))) {
	                yield* this.pop();
	                yield* this.step();
	            }
	            else if (this.type === 'map-value-ind' &&
	                parent.type !== 'flow-collection') {
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                fixFlowSeqItems(fc);
	                const sep = fc.end.splice(1, fc.end.length);
	                sep.push(this.sourceToken);
	                const map = {
	                    type: 'block-map',
	                    offset: fc.offset,
	                    indent: fc.indent,
	                    items: [{ start, key: fc, sep }]
	                };
	                this.onKeyLine = true;
	                this.stack[this.stack.length - 1] = map;
	            }
	            else {
	                yield* this.lineEnd(fc);
	            }
	        }
	    }
	    flowScalar(type) {
	        if (this.onNewLine) {
	            let nl = this.source.indexOf('\n') + 1;
	            while (nl !== 0) {
	                this.onNewLine(this.offset + nl);
	                nl = this.source.indexOf('\n', nl) + 1;
	            }
	        }
	        return {
	            type,
	            offset: this.offset,
	            indent: this.indent,
	            source: this.source
	        };
	    }
	    startBlockValue(parent) {
	        switch (this.type) {
	            case 'alias':
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return this.flowScalar(this.type);
	            case 'block-scalar-header':
	                return {
	                    type: 'block-scalar',
	                    offset: this.offset,
	                    indent: this.indent,
	                    props: [this.sourceToken],
	                    source: ''
	                };
	            case 'flow-map-start':
	            case 'flow-seq-start':
	                return {
	                    type: 'flow-collection',
	                    offset: this.offset,
	                    indent: this.indent,
	                    start: this.sourceToken,
	                    items: [],
	                    end: []
	                };
	            case 'seq-item-ind':
	                return {
	                    type: 'block-seq',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start: [this.sourceToken] }]
	                };
	            case 'explicit-key-ind': {
	                this.onKeyLine = true;
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                start.push(this.sourceToken);
	                return {
	                    type: 'block-map',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start, explicitKey: true }]
	                };
	            }
	            case 'map-value-ind': {
	                this.onKeyLine = true;
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                return {
	                    type: 'block-map',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start, key: null, sep: [this.sourceToken] }]
	                };
	            }
	        }
	        return null;
	    }
	    atIndentedComment(start, indent) {
	        if (this.type !== 'comment')
	            return false;
	        if (this.indent <= indent)
	            return false;
	        return start.every(st => st.type === 'newline' || st.type === 'space');
	    }
	    *documentEnd(docEnd) {
	        if (this.type !== 'doc-mode') {
	            if (docEnd.end)
	                docEnd.end.push(this.sourceToken);
	            else
	                docEnd.end = [this.sourceToken];
	            if (this.type === 'newline')
	                yield* this.pop();
	        }
	    }
	    *lineEnd(token) {
	        switch (this.type) {
	            case 'comma':
	            case 'doc-start':
	            case 'doc-end':
	            case 'flow-seq-end':
	            case 'flow-map-end':
	            case 'map-value-ind':
	                yield* this.pop();
	                yield* this.step();
	                break;
	            case 'newline':
	                this.onKeyLine = false;
	            // fallthrough
	            case 'space':
	            case 'comment':
	            default:
	                // all other values are errors
	                if (token.end)
	                    token.end.push(this.sourceToken);
	                else
	                    token.end = [this.sourceToken];
	                if (this.type === 'newline')
	                    yield* this.pop();
	        }
	    }
	}

	parser.Parser = Parser;
	return parser;
}

var publicApi = {};

var hasRequiredPublicApi;

function requirePublicApi () {
	if (hasRequiredPublicApi) return publicApi;
	hasRequiredPublicApi = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var errors = requireErrors();
	var log = requireLog();
	var identity = requireIdentity();
	var lineCounter = requireLineCounter();
	var parser = requireParser();

	function parseOptions(options) {
	    const prettyErrors = options.prettyErrors !== false;
	    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
	    return { lineCounter: lineCounter$1, prettyErrors };
	}
	/**
	 * Parse the input as a stream of YAML documents.
	 *
	 * Documents should be separated from each other by `...` or `---` marker lines.
	 *
	 * @returns If an empty `docs` array is returned, it will be of type
	 *   EmptyStream and contain additional stream information. In
	 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
	 */
	function parseAllDocuments(source, options = {}) {
	    const { lineCounter, prettyErrors } = parseOptions(options);
	    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
	    const composer$1 = new composer.Composer(options);
	    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
	    if (prettyErrors && lineCounter)
	        for (const doc of docs) {
	            doc.errors.forEach(errors.prettifyError(source, lineCounter));
	            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
	        }
	    if (docs.length > 0)
	        return docs;
	    return Object.assign([], { empty: true }, composer$1.streamInfo());
	}
	/** Parse an input string into a single YAML.Document */
	function parseDocument(source, options = {}) {
	    const { lineCounter, prettyErrors } = parseOptions(options);
	    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
	    const composer$1 = new composer.Composer(options);
	    // `doc` is always set by compose.end(true) at the very latest
	    let doc = null;
	    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
	        if (!doc)
	            doc = _doc;
	        else if (doc.options.logLevel !== 'silent') {
	            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
	            break;
	        }
	    }
	    if (prettyErrors && lineCounter) {
	        doc.errors.forEach(errors.prettifyError(source, lineCounter));
	        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
	    }
	    return doc;
	}
	function parse(src, reviver, options) {
	    let _reviver = undefined;
	    if (typeof reviver === 'function') {
	        _reviver = reviver;
	    }
	    else if (options === undefined && reviver && typeof reviver === 'object') {
	        options = reviver;
	    }
	    const doc = parseDocument(src, options);
	    if (!doc)
	        return null;
	    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
	    if (doc.errors.length > 0) {
	        if (doc.options.logLevel !== 'silent')
	            throw doc.errors[0];
	        else
	            doc.errors = [];
	    }
	    return doc.toJS(Object.assign({ reviver: _reviver }, options));
	}
	function stringify(value, replacer, options) {
	    let _replacer = null;
	    if (typeof replacer === 'function' || Array.isArray(replacer)) {
	        _replacer = replacer;
	    }
	    else if (options === undefined && replacer) {
	        options = replacer;
	    }
	    if (typeof options === 'string')
	        options = options.length;
	    if (typeof options === 'number') {
	        const indent = Math.round(options);
	        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
	    }
	    if (value === undefined) {
	        const { keepUndefined } = options ?? replacer ?? {};
	        if (!keepUndefined)
	            return undefined;
	    }
	    if (identity.isDocument(value) && !_replacer)
	        return value.toString(options);
	    return new Document.Document(value, _replacer, options).toString(options);
	}

	publicApi.parse = parse;
	publicApi.parseAllDocuments = parseAllDocuments;
	publicApi.parseDocument = parseDocument;
	publicApi.stringify = stringify;
	return publicApi;
}

var hasRequiredDist;

function requireDist () {
	if (hasRequiredDist) return dist;
	hasRequiredDist = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var Schema = requireSchema();
	var errors = requireErrors();
	var Alias = requireAlias();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var cst = requireCst();
	var lexer = requireLexer();
	var lineCounter = requireLineCounter();
	var parser = requireParser();
	var publicApi = requirePublicApi();
	var visit = requireVisit();



	dist.Composer = composer.Composer;
	dist.Document = Document.Document;
	dist.Schema = Schema.Schema;
	dist.YAMLError = errors.YAMLError;
	dist.YAMLParseError = errors.YAMLParseError;
	dist.YAMLWarning = errors.YAMLWarning;
	dist.Alias = Alias.Alias;
	dist.isAlias = identity.isAlias;
	dist.isCollection = identity.isCollection;
	dist.isDocument = identity.isDocument;
	dist.isMap = identity.isMap;
	dist.isNode = identity.isNode;
	dist.isPair = identity.isPair;
	dist.isScalar = identity.isScalar;
	dist.isSeq = identity.isSeq;
	dist.Pair = Pair.Pair;
	dist.Scalar = Scalar.Scalar;
	dist.YAMLMap = YAMLMap.YAMLMap;
	dist.YAMLSeq = YAMLSeq.YAMLSeq;
	dist.CST = cst;
	dist.Lexer = lexer.Lexer;
	dist.LineCounter = lineCounter.LineCounter;
	dist.Parser = parser.Parser;
	dist.parse = publicApi.parse;
	dist.parseAllDocuments = publicApi.parseAllDocuments;
	dist.parseDocument = publicApi.parseDocument;
	dist.stringify = publicApi.stringify;
	dist.visit = visit.visit;
	dist.visitAsync = visit.visitAsync;
	return dist;
}

var distExports = requireDist();

// Parses one policy file's text into plain data plus a way back from a data path to the place
// in the file, so every later error (schema, merge, semantic) can point at line and column.
// Parsing is locked down: YAML 1.2 core schema, no custom tags (an unknown tag such as
// `!!js/function` is an error, not a string), no `<<` merge keys (they would be an unknown key),
// unique keys, and at most MAX_ALIAS_COUNT alias expansions against "billion laughs".
const MAX_ALIAS_COUNT = 100;
function firstLine(message) {
    // prettyErrors appends " at line L, column C:" and a code excerpt; the position is reported apart.
    return printable(message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim());
}
const FIXES = {
    DUPLICATE_KEY: 'Keep one of the repeated keys; YAML does not merge them.',
    TAG_RESOLVE_FAILED: 'Remove the tag: policy files hold plain strings, numbers, booleans, lists and mappings only.',
    BAD_ALIAS: 'Define the anchor (`&name`) before using the alias (`*name`).',
};
function parsePolicyText(path, text) {
    const lineCounter = new distExports.LineCounter();
    const document = distExports.parseDocument(text, {
        lineCounter,
        uniqueKeys: true,
        prettyErrors: true,
        customTags: [],
        schema: 'core',
        merge: false,
        strict: true,
    });
    const toLocation = (start, end) => {
        const from = lineCounter.linePos(start);
        const location = { path, line: from.line, column: from.col };
        if (end !== undefined && end > start) {
            const to = lineCounter.linePos(end);
            location.endLine = to.line;
            location.endColumn = to.col;
        }
        return location;
    };
    const fileStart = { path, line: 1, column: 1 };
    const nodeLocation = (node) => node?.range ? toLocation(node.range[0], node.range[1]) : fileStart;
    const walk = (dataPath) => walkTo(document, dataPath);
    const locate = (dataPath) => nodeLocation(walk(dataPath).node);
    const locateKey = (dataPath) => {
        const found = walk(dataPath);
        if (found.complete && found.pair && distExports.isScalar(found.pair.key))
            return nodeLocation(found.pair.key);
        return nodeLocation(found.node);
    };
    const errors = [];
    // Unknown tags are warnings to the yaml library; here they are errors (nothing may sneak in).
    for (const problem of [...document.errors, ...document.warnings]) {
        const [start, end] = problem.linePos ?? [];
        const location = start ? { path, line: start.line, column: start.col } : fileStart;
        if (start && end && (end.line !== start.line || end.col !== start.col)) {
            location.endLine = end.line;
            location.endColumn = end.col;
        }
        errors.push({
            ...location,
            message: `YAML ${problem.name === 'YAMLWarning' ? 'problem' : 'syntax error'}: ${firstLine(problem.message)}`,
            fix: FIXES[problem.code] ?? 'Fix the YAML at this position (a YAML-aware editor shows the structure).',
        });
    }
    let data;
    if (errors.length === 0) {
        if (document.contents === null || (distExports.isScalar(document.contents) && document.contents.value === null)) {
            errors.push(fileError(path, 'policy file is empty', 'Start the file with `version: 1`, or delete it.'));
        }
        else {
            try {
                data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
            }
            catch (error) {
                errors.push(fileError(path, `YAML could not be expanded: ${printable(error instanceof Error ? error.message : String(error))}`, `Write the values out; at most ${MAX_ALIAS_COUNT} alias expansions are allowed.`));
            }
        }
    }
    return { path, data, errors, locate, locateKey };
}
function walkTo(document, dataPath) {
    let node = document.contents;
    let pair;
    for (const segment of dataPath) {
        if (distExports.isMap(node)) {
            const found = node.items.find((item) => distExports.isPair(item) && distExports.isScalar(item.key) && String(item.key.value) === String(segment));
            if (!found)
                return { node, pair, complete: false };
            pair = found;
            // `key:` with no value has no value node, or an empty one of zero width: point at the key.
            const value = found.value;
            const empty = value === null || (distExports.isScalar(value) && value.value === null && value.range?.[0] === value.range?.[1]);
            node = empty ? found.key : value;
        }
        else if (distExports.isSeq(node)) {
            const item = node.items[Number(segment)];
            if (item === undefined)
                return { node, pair, complete: false };
            pair = undefined;
            node = item;
        }
        else {
            return { node, pair, complete: false };
        }
    }
    return { node, pair, complete: true };
}

const days = (key, value, description) => ({
    key,
    default: value,
    minimum: 1,
    maximum: 3650,
    description,
});
const RULES = [
    {
        name: 'retained-org-membership',
        modes: ['offboard'],
        defaultSeverity: 'high',
        firesWhen: 'the subject is still a member (or owner) of the organization',
        remedy: 'Remove the person from the organization (Settings → People → Remove from organization).',
        thresholds: [],
    },
    {
        name: 'retained-repo-access',
        modes: ['offboard'],
        defaultSeverity: 'high',
        firesWhen: 'the subject is still a direct or outside collaborator on a repository (one finding per repository)',
        remedy: 'Remove the collaborator from the repository, or the outside collaborator from the organization.',
        thresholds: [],
    },
    {
        name: 'retained-team-membership',
        modes: ['offboard'],
        defaultSeverity: 'medium',
        firesWhen: 'the subject is still in a team',
        remedy: 'Remove the person from the team (or from the IdP group that syncs it).',
        thresholds: [],
    },
    {
        name: 'pending-invitation',
        modes: ['offboard'],
        defaultSeverity: 'medium',
        firesWhen: 'an open organization or repository invitation for the subject',
        remedy: 'Cancel the invitation.',
        thresholds: [],
    },
    {
        name: 'retained-token',
        modes: ['offboard'],
        defaultSeverity: 'critical',
        firesWhen: 'a fine-grained PAT of the subject still has access to the organization, or an SSO credential authorization (classic PAT, SSH key) of the subject is still present',
        remedy: 'Revoke the fine-grained PAT grant, or the SSO credential authorization, in the organization settings.',
        thresholds: [],
    },
    {
        name: 'retained-deploy-key',
        modes: ['offboard'],
        defaultSeverity: 'high',
        firesWhen: 'a deploy key that the subject added is still present',
        remedy: 'Delete the deploy key and, if automation needs one, add a new key owned by a service account.',
        thresholds: [],
    },
    {
        name: 'unrotated-secret',
        modes: ['offboard'],
        defaultSeverity: 'high',
        firesWhen: 'a secret the subject could read or last wrote has not been updated since `offboarded-at`',
        remedy: 'Rotate the credential behind the secret at its issuer, then update the secret.',
        thresholds: [],
    },
    {
        name: 'activity-after-offboarding',
        modes: ['offboard', 'audit'],
        defaultSeverity: 'critical',
        firesWhen: 'an audit-log event by the subject after `offboarded-at`',
        remedy: 'Find which credential the person still holds, revoke it, and review what the event did.',
        thresholds: [],
    },
    {
        name: 'offboarded-ip-activity',
        modes: ['offboard', 'audit'],
        defaultSeverity: 'high',
        firesWhen: 'an audit-log event from an IP address previously used by an offboarded subject, after their `offboarded-at`',
        remedy: 'Check whether the former employee acts through another account or a shared credential.',
        thresholds: [],
    },
    {
        name: 'offboarding-step-missing',
        modes: ['offboard'],
        defaultSeverity: 'medium',
        firesWhen: "a step of the policy's expected offboarding journey has not happened within its deadline",
        remedy: 'Do the step, or tick it in the tracking issue when it happened outside GitHub.',
        thresholds: [
            {
                key: 'deadline-hours',
                default: 24,
                minimum: 1,
                maximum: 8760,
                description: 'Hours after `offboarded-at` by which a journey step without its own deadline must be done.',
            },
        ],
    },
    {
        name: 'stale-member',
        modes: ['audit'],
        defaultSeverity: 'low',
        firesWhen: 'a member with no activity in the organization for longer than the policy allows',
        remedy: 'Confirm the person still needs access; remove them or downgrade them to an outside collaborator.',
        thresholds: [days('inactive-days', 90, 'Days without any contribution or audit-log event.')],
    },
    {
        name: 'unused-write-access',
        modes: ['audit'],
        defaultSeverity: 'low',
        firesWhen: "write, maintain or admin permission on a repository where the holder has not contributed in the policy's window",
        remedy: 'Lower the permission to read, or remove it, at the source the evidence names (direct, team, base).',
        thresholds: [days('window-days', 180, 'Days without a contribution to that repository.')],
    },
    {
        name: 'stale-deploy-key',
        modes: ['audit'],
        defaultSeverity: 'medium',
        firesWhen: 'a deploy key never used, or unused for longer than the policy allows',
        remedy: 'Delete the deploy key; add it again when it is needed.',
        thresholds: [
            days('never-used-days', 30, 'Age in days after which a never-used key is stale.'),
            days('unused-days', 90, 'Days since last use after which a key is stale.'),
        ],
    },
    {
        name: 'write-deploy-key',
        modes: ['audit'],
        defaultSeverity: 'low',
        firesWhen: 'a deploy key with write access that no exemption allows',
        remedy: 'Replace the key with a read-only one, or exempt it with a reason and an expiry.',
        thresholds: [],
    },
    {
        name: 'long-lived-token',
        modes: ['audit'],
        defaultSeverity: 'medium',
        firesWhen: "a fine-grained PAT with no expiry, or a lifetime above the policy's maximum",
        remedy: 'Ask the owner to replace the token with one that expires; set a maximum lifetime for the organization.',
        thresholds: [days('max-lifetime-days', 366, 'Longest lifetime (expiry minus grant) allowed.')],
    },
    {
        name: 'stale-token',
        modes: ['audit'],
        defaultSeverity: 'medium',
        firesWhen: 'a PAT or SSO credential unused for longer than the policy allows',
        remedy: 'Revoke the token grant or the credential authorization.',
        thresholds: [days('unused-days', 90, 'Days since the token or credential was last used.')],
    },
    {
        name: 'stale-secret',
        modes: ['audit'],
        defaultSeverity: 'medium',
        firesWhen: "a secret not updated for longer than the policy's rotation period",
        remedy: 'Rotate the credential at its issuer and update the secret.',
        thresholds: [days('rotation-days', 365, 'Days since the secret was last updated.')],
    },
    {
        name: 'unapproved-credential-change',
        modes: ['audit', 'offboard'],
        defaultSeverity: 'high',
        firesWhen: 'a token, key or secret deleted or changed by an actor the policy does not approve, in a way that departs from that actor\'s learned normal (a burst beyond their own rate, outside their usual scope, from a new address); an offboarding\'s own revocations never fire',
        remedy: 'Confirm the change with the actor. A false alarm: close the findings issue with the `false-positive` label (the actor\'s baseline learns it); approved automation goes in `approved-changers`.',
        thresholds: [
            {
                key: 'burst-count',
                default: 5,
                minimum: 2,
                maximum: 1000,
                description: 'The floor of a burst: this many credential changes by one actor within the burst window, or more than the actor\'s own largest bursts, whichever is higher.',
            },
            {
                key: 'burst-window-minutes',
                default: 10,
                minimum: 1,
                maximum: 1440,
                description: 'Length of the burst window in minutes.',
            },
        ],
    },
    {
        name: 'offboarding-drift',
        modes: ['audit'],
        defaultSeverity: 'medium',
        firesWhen: 'a journey step is missed, or takes longer, in most of the recent offboardings than in the organization\'s past offboardings (median and MAD per step)',
        remedy: 'Look at the recent offboardings in the tracking issues: which step is being missed or delayed, and why?',
        thresholds: [
            {
                key: 'min-past-offboardings',
                default: 5,
                minimum: 2,
                maximum: 1000,
                description: 'Past offboardings with an outcome for a step (before the 3 most recent) needed before that step is judged.',
            },
            {
                key: 'min-history-runs',
                default: 5,
                minimum: 2,
                maximum: 1000,
                description: 'Accepted for compatibility and no longer used: drift is learned from past offboardings (`min-past-offboardings`), not from stored runs.',
            },
            {
                key: 'max-deviation-percent',
                default: 20,
                minimum: 1,
                maximum: 100,
                description: 'Percentage points by which a step\'s recent miss rate may exceed its past miss rate.',
            },
        ],
    },
    {
        name: 'retained-enterprise-membership',
        modes: ['offboard'],
        defaultSeverity: 'high',
        firesWhen: 'the subject is still a member of the enterprise (also as an unaffiliated user), or an enterprise owner or billing manager',
        remedy: 'Remove the person from the enterprise itself (Enterprise → People → Remove from enterprise, or the GraphQL mutation `removeEnterpriseMember`); removing them from every organization leaves them an unaffiliated user.',
        thresholds: [],
    },
    {
        name: 'retained-copilot-seat',
        modes: ['offboard'],
        defaultSeverity: 'medium',
        firesWhen: 'the subject still holds a Copilot seat in an organization of the scope',
        remedy: 'Cancel the seat (Organization settings → Copilot → Access, or remove the person from the team that assigns it); an enterprise-assigned licence is removed in the enterprise.',
        thresholds: [],
    },
    {
        name: 'idle-copilot-seat',
        modes: ['audit'],
        defaultSeverity: 'low',
        firesWhen: 'a Copilot seat with no activity for longer than the policy allows',
        remedy: 'Ask whether the person still needs Copilot; cancel the seat if not (it is billed every month).',
        thresholds: [days('idle-days', 30, 'Days without Copilot activity (never used counts from the assignment).')],
    },
    {
        name: 'deprovisioned-identity-access',
        modes: ['audit'],
        defaultSeverity: 'high',
        firesWhen: 'a member whose SCIM identity is deprovisioned, whose SAML identity is gone from the identity provider, or whom the roster lists as terminated, still holds access',
        remedy: 'Offboard the person now (their tracking issue lists what to remove), then find out why the identity provider or HR process did not remove the GitHub access.',
        thresholds: [],
    },
    {
        name: 'audit-coverage-gap',
        modes: ['audit', 'offboard', 'validate'],
        defaultSeverity: 'medium',
        firesWhen: 'a resource could not be read; `evidence` says why',
        remedy: 'Grant the token the permission the evidence names, or accept the gap with an exemption.',
        thresholds: [],
    },
    {
        name: 'policy-invalid',
        modes: ['validate', 'audit', 'offboard'],
        defaultSeverity: 'high',
        firesWhen: 'a policy file breaks the schema or refers to what does not exist (annotated at file, line, column)',
        remedy: 'Fix the policy file at the line and column given.',
        thresholds: [
            days('exemption-max-days', 366, 'An exemption may expire at most this many days ahead; one that expires later does not apply and is reported.'),
            {
                key: 'exemption-warn-days',
                default: 14,
                minimum: 0,
                maximum: 365,
                description: 'Active exemptions that expire within this many days are listed in the summary for review.',
            },
        ],
    },
];
const byName = new Map(RULES.map((rule) => [rule.name, rule]));
function ruleSpec(name) {
    const spec = byName.get(name);
    if (!spec)
        throw new Error(`unknown rule ${name}`);
    return spec;
}

// Time arithmetic shared by the rules. Every instant is an ISO-8601 string; "now" always comes
// from the rule context's clock so a rule gives the same answer for the same input.
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Days (fractional) from `earlier` to `later`; negative when `later` is before `earlier`. */
function daysBetween(earlier, later) {
    return (new Date(later).getTime() - new Date(earlier).getTime()) / DAY_MS;
}
/** True when `at` lies strictly more than `days` days before `now` ("more than N days ago"). */
function isOlderThan(at, days, now) {
    return daysBetween(at, now) > days;
}
/** Whole days elapsed, for messages ("210 days ago"). */
function wholeDays(earlier, later) {
    return Math.floor(daysBetween(earlier, later));
}
/** `YYYY-MM-DD` of an instant, for messages. */
function isoDay(at) {
    return new Date(at).toISOString().slice(0, 10);
}
/** True when `at` is strictly after `reference`. */
function isAfter(at, reference) {
    return new Date(at).getTime() > new Date(reference).getTime();
}
/**
 * Unused for more than `days` days, counted from the last use or, never used, from when it was
 * granted, so something granted last week is not stale yet. Null when it was used or granted
 * within `days`, or when neither instant is known. `granted` names the grant in the message
 * ("it was assigned", "access was granted").
 */
function unusedFor(use, granted, days, now) {
    const since = use.lastUsedAt ?? use.grantedAt;
    if (!since || !isOlderThan(since, days, now))
        return null;
    const usage = use.lastUsedAt ? `was last used ${isoDay(use.lastUsedAt)}` : `has not been used since ${granted} ${isoDay(since)}`;
    return { since, description: `${usage} (${wholeDays(since, now)} days ago; policy: ${days})` };
}

/** What each GitHub-checked step removes, as inventory kinds. */
const KINDS_OF_STEP = {
    'org-membership': ['org-membership'],
    'repo-access': ['repo-access'],
    'team-membership': ['team-membership'],
    invitations: ['invitation'],
    tokens: ['pat', 'credential'],
    'deploy-keys': ['deploy-key'],
    'secrets-rotated': ['secret'],
};
/**
 * When a step is due: `deadlineHours` after the offboarding. The resolved policy gives every
 * step its hours; `fallbackHours` (the rule's `deadline-hours`) stands in for one without.
 */
function stepDueAt(offboardedAt, deadlineHours, fallbackHours = deadlineHours) {
    const hours = Number.isFinite(deadlineHours) ? deadlineHours : fallbackHours;
    return new Date(new Date(offboardedAt).getTime() + hours * HOUR_MS).toISOString();
}
function journeyCheck(name) {
    return name === 'manual' ? { kind: 'manual' } : { kind: 'github', what: name };
}
const DEFAULT_STEPS = [
    { id: 'remove-org-membership', title: 'Removed from the organization', what: 'org-membership' },
    { id: 'remove-repo-access', title: 'Removed from every repository', what: 'repo-access' },
    { id: 'remove-team-membership', title: 'Removed from every team', what: 'team-membership' },
    { id: 'cancel-invitations', title: 'Open invitations cancelled', what: 'invitations' },
    { id: 'revoke-tokens', title: 'Tokens and SSO credential authorizations revoked', what: 'tokens' },
    { id: 'remove-deploy-keys', title: 'Deploy keys they added removed', what: 'deploy-keys' },
    { id: 'rotate-secrets', title: 'Secrets they could read rotated', what: 'secrets-rotated' },
];
/** The journey that applies when no policy file defines one. */
function defaultJourney(deadlineHours) {
    return DEFAULT_STEPS.map((step) => ({
        id: step.id,
        title: step.title,
        deadlineHours,
        check: { kind: 'github', what: step.what },
    }));
}

function readRule(file, name, raw) {
    const settings = new Map();
    const spec = RULES.find((rule) => rule.name === name);
    const keys = ['enabled', 'severity', ...(spec?.thresholds.map((threshold) => threshold.key) ?? [])];
    for (const key of keys) {
        const value = raw[key];
        if (value !== undefined)
            settings.set(key, { value, location: file.locate(['rules', name, key]) });
    }
    return { location: file.locateKey(['rules', name]), settings };
}
function readFilePolicy(file, document) {
    const rules = new Map();
    const rawRules = document.rules ?? {};
    for (const rule of RULES) {
        const raw = rawRules[rule.name];
        if (raw !== undefined)
            rules.set(rule.name, readRule(file, rule.name, raw));
    }
    const exemptions = (document.exemptions ?? []).map((raw, index) => ({
        subjects: raw.subjects ?? [],
        resources: raw.resources ?? [],
        rules: raw.rules ?? [],
        reason: raw.reason,
        expires: raw.expires,
        location: file.locate(['exemptions', index]),
    }));
    const offboarding = document.offboarding;
    const journey = offboarding?.journey?.map((raw, index) => ({
        id: raw.id,
        title: raw.title,
        check: journeyCheck(raw.check),
        deadlineHours: raw['deadline-hours'],
        location: file.locate(['offboarding', 'journey', index]),
    }));
    const remediate = offboarding?.remediate === undefined
        ? undefined
        : { value: offboarding.remediate, location: file.locate(['offboarding', 'remediate']) };
    const maxRevocations = offboarding?.['max-revocations'] === undefined
        ? undefined
        : { value: offboarding['max-revocations'], location: file.locate(['offboarding', 'max-revocations']) };
    const routing = (document.routing ?? []).map((raw, index) => ({
        rules: raw.rules ?? [],
        destination: raw.destination,
        labels: raw.labels ?? [],
        assignees: raw.assignees ?? [],
        teams: raw.teams ?? [],
        groupBy: raw['group-by'] ?? 'rule',
        location: file.locate(['routing', index]),
    }));
    const approved = document['approved-changers'];
    return {
        path: file.path,
        version: document.version,
        rules,
        exemptions,
        serviceAccounts: document['service-accounts'] ?? [],
        approvedActors: approved?.actors ?? [],
        approvedWorkflows: approved?.workflows ?? [],
        remediate,
        remediatePrivileged: offboarding?.['remediate-privileged'] ?? [],
        maxRevocations,
        journey,
        routing,
    };
}

/** Revocations one run may make unless the policy says otherwise. */
const DEFAULT_MAX_REVOCATIONS = 25;

// The resolved Policy: the merged files on top of the catalogue's defaults, so rules can read
// `policy.rules[name]` for every rule without checking whether a file mentioned it.
function defaultRuleSettings(name) {
    const spec = ruleSpec(name);
    return {
        enabled: true,
        severity: spec.defaultSeverity,
        thresholds: Object.fromEntries(spec.thresholds.map((threshold) => [threshold.key, threshold.default])),
    };
}
function resolvePolicy(merged = emptyMerge()) {
    const rules = {};
    for (const name of RULE_NAMES) {
        const settings = defaultRuleSettings(name);
        const written = merged.rules.get(name);
        if (written) {
            settings.location = written.location;
            for (const [key, value] of written.settings) {
                if (key === 'enabled')
                    settings.enabled = value;
                else if (key === 'severity')
                    settings.severity = value;
                else
                    settings.thresholds[key] = value;
            }
        }
        rules[name] = settings;
    }
    const deadlineHours = rules['offboarding-step-missing'].thresholds['deadline-hours'];
    const journey = merged.journey
        ? merged.journey.map((step) => ({ ...step, deadlineHours: step.deadlineHours ?? deadlineHours }))
        : defaultJourney(deadlineHours);
    const burst = rules['unapproved-credential-change'].thresholds;
    return {
        version: 1,
        rules,
        exemptions: merged.exemptions,
        offboarding: {
            journey,
            remediate: merged.remediate ?? false,
            remediatePrivileged: merged.remediatePrivileged,
            maxRevocations: merged.maxRevocations ?? DEFAULT_MAX_REVOCATIONS,
        },
        approvedChangers: {
            actors: merged.approvedActors,
            workflows: merged.approvedWorkflows,
            burstCount: burst['burst-count'],
            burstWindowMinutes: burst['burst-window-minutes'],
        },
        serviceAccounts: merged.serviceAccounts,
        routing: merged.routing,
        sources: merged.sources,
    };
}

// "Did you mean …?" for misspelt keys and rule names, by edit distance.
/** Levenshtein distance with adjacent transpositions counted as one edit. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.length][b.length];
}
/**
 * The closest candidate, when it is close enough to be a plausible typo: at most a third of the
 * word's length in edits (at least 2), so `inactve-days` suggests `inactive-days` but `foo`
 * suggests nothing.
 */
function suggest(word, candidates) {
    const lower = word.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const allowed = Math.max(2, Math.floor(word.length / 3));
    return bestDistance <= allowed ? best : undefined;
}
/** ` — did you mean \`x\`?` or nothing. */
function didYouMean(word, candidates) {
    const candidate = suggest(word, candidates);
    return candidate === undefined ? '' : ` — did you mean \`${candidate}\`?`;
}

function decodePointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** `rules.stale-member`, `exemptions[0]`; "the top level" for the root. */
function describePath(dataPath) {
    let text = '';
    for (const segment of dataPath) {
        if (typeof segment === 'number' || /^\d+$/.test(segment))
            text += `[${segment}]`;
        else
            text += text === '' ? shownName(segment) : `.${shownName(segment)}`;
    }
    return text === '' ? 'the top level' : text;
}
/** The name people see for a value: its key, or `list[3]` for an item. */
function valueName(dataPath) {
    const last = dataPath[dataPath.length - 1];
    if (last === undefined)
        return 'the document';
    if (/^\d+$/.test(String(last)))
        return describePath(dataPath.slice(-2));
    return shownName(String(last));
}
/** `string "ninety"`, `number 5`, `a list`, … for "got …". */
function describeValue(value) {
    if (value === null || value === undefined)
        return 'nothing (an empty value)';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `string ${excerpt(value)}`;
    if (typeof value === 'number' || typeof value === 'boolean')
        return `${typeof value} ${String(value)}`;
    return typeof value;
}
const TYPE_WORDS = {
    integer: 'a whole number',
    number: 'a number',
    string: 'a string',
    boolean: '`true` or `false`',
    array: 'a list',
    object: 'a mapping (key: value lines)',
};
function schemaOf(error) {
    return error.parentSchema ?? {};
}
function isRuleNameEnum(values) {
    return values.length === RULE_NAMES.length && RULE_NAMES.every((name, index) => values[index] === name);
}
function describeError(error, dataPath) {
    const name = `\`${valueName(dataPath)}\``;
    const where = describePath(dataPath);
    const got = describeValue(error.data);
    const schema = schemaOf(error);
    switch (error.keyword) {
        case 'type': {
            const wanted = String(error.params.type);
            const typeWord = TYPE_WORDS[wanted] ?? wanted;
            const example = typeof schema.default === 'number' ? ` (default ${schema.default})` : '';
            return { message: `${name} must be ${typeWord}, got ${got}`, fix: `Write ${typeWord} here${example}.` };
        }
        case 'minimum':
        case 'maximum': {
            const range = `${String(schema.minimum)}–${String(schema.maximum)}`;
            const bound = error.keyword === 'minimum' ? 'at least' : 'at most';
            return {
                message: `${name} must be ${bound} ${String(error.params.limit)} (allowed ${range}), got ${String(error.data)}`,
                fix: `Use a value from ${range}.`,
            };
        }
        case 'enum': {
            const allowed = error.params.allowedValues;
            const candidates = allowed.map(String);
            const hint = typeof error.data === 'string' && error.data.length <= 64 ? didYouMean(error.data, candidates) : '';
            if (isRuleNameEnum(allowed)) {
                return {
                    message: `unknown rule ${typeof error.data === 'string' ? `\`${shownName(error.data)}\`` : got} in ${where}${hint}`,
                    fix: 'Use a rule name from the catalogue (docs/policy.md lists them).',
                };
            }
            return {
                message: `${name} must be one of ${candidates.map((value) => `\`${value}\``).join(', ')}, got ${got}${hint}`,
                fix: `Write one of: ${candidates.join(', ')}.`,
            };
        }
        case 'const':
            if (where === 'version') {
                return {
                    message: `\`version\` must be 1, got ${got}`,
                    fix: 'Set `version: 1` (the only policy format version).',
                };
            }
            return {
                message: `${name} must be ${JSON.stringify(error.params.allowedValue)}, got ${got}`,
                fix: 'Use the allowed value.',
            };
        case 'required': {
            const missing = error.params.missingProperty;
            if (missing === 'version') {
                return { message: 'missing `version`', fix: 'Add `version: 1` as the first line.' };
            }
            if (dataPath[0] === 'exemptions' && (missing === 'reason' || missing === 'expires')) {
                return {
                    message: `exemption ${where} has no \`${missing}\`; every exemption needs a reason and an expiry date`,
                    fix: missing === 'reason'
                        ? 'Add `reason: "why this is accepted"`.'
                        : 'Add `expires: YYYY-MM-DD` (the last day it applies).',
                };
            }
            return { message: `${where} is missing the required key \`${missing}\``, fix: `Add \`${missing}:\`.` };
        }
        case 'anyOf':
            if (dataPath[0] === 'exemptions') {
                return {
                    message: `exemption ${where} names neither \`subjects\` nor \`resources\`; it would exempt everything`,
                    fix: 'Add `subjects:` (logins) or `resources:` (resource ids), or both.',
                };
            }
            return {
                message: `${where} matches none of the allowed shapes`,
                fix: 'See docs/policy.md for the allowed shapes.',
            };
        case 'format':
            return {
                message: `${name} must be a calendar date YYYY-MM-DD, got ${got}`,
                fix: 'Write a real date such as `2027-03-31` (the last day the exemption applies, UTC).',
            };
        case 'minItems':
            return {
                message: `${name} is an empty list`,
                fix: `List at least one entry, or remove \`${valueName(dataPath)}\`.`,
            };
        case 'minLength':
            return { message: `${name} must not be empty`, fix: 'Write a value, or remove the entry.' };
        case 'pattern':
            return {
                message: `${name} must be kebab-case (lower-case letters, digits and single dashes), got ${got}`,
                fix: 'Rename it, e.g. `revoke-tokens`.',
            };
        default:
            return { message: `${where}: ${error.message ?? 'is invalid'}`, fix: 'See docs/policy.md.' };
    }
}
function unknownKeyError(file, error, dataPath) {
    const rawKey = error.params.additionalProperty;
    const key = shownName(rawKey);
    const known = Object.keys(schemaOf(error).properties ?? {});
    const hint = rawKey.length <= 64 ? didYouMean(rawKey, known) : '';
    const location = file.locateKey([...dataPath, rawKey]);
    if (dataPath.length === 1 && dataPath[0] === 'rules') {
        return policyError(location, `unknown rule \`${key}\` in rules${hint}`, 'Use a rule name from the catalogue (docs/policy.md lists them).');
    }
    const fix = known.length > 0 ? `Allowed keys here: ${known.join(', ')}.` : 'Remove the key.';
    return policyError(location, `unknown key \`${key}\` in ${describePath(dataPath)}${hint}`, fix);
}
/** PolicyErrors for ajv's errors of one file, in file order. */
function schemaErrorsToPolicyErrors(file, errors) {
    // An `anyOf` failure also reports each branch's failure; people need only the summary.
    const anyOfFailures = errors.filter((error) => error.keyword === 'anyOf');
    const relevant = errors.filter((error) => !anyOfFailures.some((anyOf) => anyOf.instancePath === error.instancePath && error.schemaPath.startsWith(`${anyOf.schemaPath}/`)));
    const result = relevant.map((error) => {
        const dataPath = decodePointer(error.instancePath);
        if (error.keyword === 'additionalProperties')
            return unknownKeyError(file, error, dataPath);
        const { message, fix } = describeError(error, dataPath);
        return policyError(file.locate(dataPath), message, fix);
    });
    return result.sort((a, b) => a.line - b.line || a.column - b.column);
}

var formats$1 = {};

var hasRequiredFormats;

function requireFormats () {
	if (hasRequiredFormats) return formats$1;
	hasRequiredFormats = 1;
	(function (exports) {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
		function fmtDef(validate, compare) {
		    return { validate, compare };
		}
		exports.fullFormats = {
		    // date: http://tools.ietf.org/html/rfc3339#section-5.6
		    date: fmtDef(date, compareDate),
		    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
		    time: fmtDef(getTime(true), compareTime),
		    "date-time": fmtDef(getDateTime(true), compareDateTime),
		    "iso-time": fmtDef(getTime(), compareIsoTime),
		    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
		    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
		    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
		    uri,
		    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
		    // uri-template: https://tools.ietf.org/html/rfc6570
		    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
		    // For the source: https://gist.github.com/dperini/729294
		    // For test cases: https://mathiasbynens.be/demo/url-regex
		    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
		    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
		    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
		    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
		    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
		    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
		    regex,
		    // uuid: http://tools.ietf.org/html/rfc4122
		    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
		    // JSON-pointer: https://tools.ietf.org/html/rfc6901
		    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
		    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
		    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
		    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
		    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
		    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
		    // byte: https://github.com/miguelmota/is-base64
		    byte,
		    // signed 32 bit integer
		    int32: { type: "number", validate: validateInt32 },
		    // signed 64 bit integer
		    int64: { type: "number", validate: validateInt64 },
		    // C-type float
		    float: { type: "number", validate: validateNumber },
		    // C-type double
		    double: { type: "number", validate: validateNumber },
		    // hint to the UI to hide input strings
		    password: true,
		    // unchecked string payload
		    binary: true,
		};
		exports.fastFormats = {
		    ...exports.fullFormats,
		    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
		    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
		    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
		    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
		    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
		    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
		    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
		    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
		    // email (sources from jsen validator):
		    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
		    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
		    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
		};
		exports.formatNames = Object.keys(exports.fullFormats);
		function isLeapYear(year) {
		    // https://tools.ietf.org/html/rfc3339#appendix-C
		    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
		}
		const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
		const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
		function date(str) {
		    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
		    const matches = DATE.exec(str);
		    if (!matches)
		        return false;
		    const year = +matches[1];
		    const month = +matches[2];
		    const day = +matches[3];
		    return (month >= 1 &&
		        month <= 12 &&
		        day >= 1 &&
		        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
		}
		function compareDate(d1, d2) {
		    if (!(d1 && d2))
		        return undefined;
		    if (d1 > d2)
		        return 1;
		    if (d1 < d2)
		        return -1;
		    return 0;
		}
		const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
		function getTime(strictTimeZone) {
		    return function time(str) {
		        const matches = TIME.exec(str);
		        if (!matches)
		            return false;
		        const hr = +matches[1];
		        const min = +matches[2];
		        const sec = +matches[3];
		        const tz = matches[4];
		        const tzSign = matches[5] === "-" ? -1 : 1;
		        const tzH = +(matches[6] || 0);
		        const tzM = +(matches[7] || 0);
		        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
		            return false;
		        if (hr <= 23 && min <= 59 && sec < 60)
		            return true;
		        // leap second
		        const utcMin = min - tzM * tzSign;
		        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
		        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
		    };
		}
		function compareTime(s1, s2) {
		    if (!(s1 && s2))
		        return undefined;
		    const t1 = new Date("2020-01-01T" + s1).valueOf();
		    const t2 = new Date("2020-01-01T" + s2).valueOf();
		    if (!(t1 && t2))
		        return undefined;
		    return t1 - t2;
		}
		function compareIsoTime(t1, t2) {
		    if (!(t1 && t2))
		        return undefined;
		    const a1 = TIME.exec(t1);
		    const a2 = TIME.exec(t2);
		    if (!(a1 && a2))
		        return undefined;
		    t1 = a1[1] + a1[2] + a1[3];
		    t2 = a2[1] + a2[2] + a2[3];
		    if (t1 > t2)
		        return 1;
		    if (t1 < t2)
		        return -1;
		    return 0;
		}
		const DATE_TIME_SEPARATOR = /t|\s/i;
		function getDateTime(strictTimeZone) {
		    const time = getTime(strictTimeZone);
		    return function date_time(str) {
		        // http://tools.ietf.org/html/rfc3339#section-5.6
		        const dateTime = str.split(DATE_TIME_SEPARATOR);
		        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
		    };
		}
		function compareDateTime(dt1, dt2) {
		    if (!(dt1 && dt2))
		        return undefined;
		    const d1 = new Date(dt1).valueOf();
		    const d2 = new Date(dt2).valueOf();
		    if (!(d1 && d2))
		        return undefined;
		    return d1 - d2;
		}
		function compareIsoDateTime(dt1, dt2) {
		    if (!(dt1 && dt2))
		        return undefined;
		    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
		    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
		    const res = compareDate(d1, d2);
		    if (res === undefined)
		        return undefined;
		    return res || compareTime(t1, t2);
		}
		const NOT_URI_FRAGMENT = /\/|:/;
		const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
		function uri(str) {
		    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
		    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
		}
		const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
		function byte(str) {
		    BYTE.lastIndex = 0;
		    return BYTE.test(str);
		}
		const MIN_INT32 = -2147483648;
		const MAX_INT32 = 2 ** 31 - 1;
		function validateInt32(value) {
		    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
		}
		function validateInt64(value) {
		    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
		    return Number.isInteger(value);
		}
		function validateNumber() {
		    return true;
		}
		const Z_ANCHOR = /[^\\]\\Z/;
		function regex(str) {
		    if (Z_ANCHOR.test(str))
		        return false;
		    try {
		        new RegExp(str);
		        return true;
		    }
		    catch (e) {
		        return false;
		    }
		}
		
	} (formats$1));
	return formats$1;
}

var formatsExports = requireFormats();
var formats = /*@__PURE__*/getDefaultExportFromCjs(formatsExports);

var formatsModule = /*#__PURE__*/_mergeNamespaces({
	__proto__: null,
	default: formats
}, [formatsExports]);

var ucs2length$2 = {};

var hasRequiredUcs2length;

function requireUcs2length () {
	if (hasRequiredUcs2length) return ucs2length$2;
	hasRequiredUcs2length = 1;
	Object.defineProperty(ucs2length$2, "__esModule", { value: true });
	// https://mathiasbynens.be/notes/javascript-encoding
	// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
	function ucs2length(str) {
	    const len = str.length;
	    let length = 0;
	    let pos = 0;
	    let value;
	    while (pos < len) {
	        length++;
	        value = str.charCodeAt(pos++);
	        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
	            // high surrogate, and there is a next character
	            value = str.charCodeAt(pos);
	            if ((value & 0xfc00) === 0xdc00)
	                pos++; // low surrogate
	        }
	    }
	    return length;
	}
	ucs2length$2.default = ucs2length;
	ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
	
	return ucs2length$2;
}

var ucs2lengthExports = /*@__PURE__*/ requireUcs2length();
var ucs2length$1 = /*@__PURE__*/getDefaultExportFromCjs(ucs2lengthExports);

var ucs2lengthModule = /*#__PURE__*/_mergeNamespaces({
	__proto__: null,
	default: ucs2length$1
}, [ucs2lengthExports]);

// Generated by scripts/generate-policy-validator.ts from the rule catalogue (ajv standalone code).
// Do not edit: run `npx tsx scripts/generate-policy-validator.ts`.
/* eslint-disable */
function createPolicyValidator(runtime) {
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Offboarding Sentinel policy","description":"One policy file of Offboarding Sentinel. Every *.yml / *.yaml file directly under `policy-path` is read in name order and merged; see docs/policy.md.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"description":"Policy format version. Must be 1.","const":1},"rules":{"description":"Per-rule settings: enable or disable a rule, change its severity, tune its thresholds. Rules not listed keep their defaults.","type":"object","additionalProperties":false,"properties":{"retained-org-membership":{"description":"`retained-org-membership` (offboard): fires when the subject is still a member (or owner) of the organization.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `retained-org-membership` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `retained-org-membership` findings. Default: high.","$ref":"#/$defs/severity"}}},"retained-repo-access":{"description":"`retained-repo-access` (offboard): fires when the subject is still a direct or outside collaborator on a repository (one finding per repository).","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `retained-repo-access` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `retained-repo-access` findings. Default: high.","$ref":"#/$defs/severity"}}},"retained-team-membership":{"description":"`retained-team-membership` (offboard): fires when the subject is still in a team.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `retained-team-membership` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `retained-team-membership` findings. Default: medium.","$ref":"#/$defs/severity"}}},"pending-invitation":{"description":"`pending-invitation` (offboard): fires when an open organization or repository invitation for the subject.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `pending-invitation` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `pending-invitation` findings. Default: medium.","$ref":"#/$defs/severity"}}},"retained-token":{"description":"`retained-token` (offboard): fires when a fine-grained PAT of the subject still has access to the organization, or an SSO credential authorization (classic PAT, SSH key) of the subject is still present.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `retained-token` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `retained-token` findings. Default: critical.","$ref":"#/$defs/severity"}}},"retained-deploy-key":{"description":"`retained-deploy-key` (offboard): fires when a deploy key that the subject added is still present.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `retained-deploy-key` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `retained-deploy-key` findings. Default: high.","$ref":"#/$defs/severity"}}},"unrotated-secret":{"description":"`unrotated-secret` (offboard): fires when a secret the subject could read or last wrote has not been updated since `offboarded-at`.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `unrotated-secret` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `unrotated-secret` findings. Default: high.","$ref":"#/$defs/severity"}}},"activity-after-offboarding":{"description":"`activity-after-offboarding` (offboard, audit): fires when an audit-log event by the subject after `offboarded-at`.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `activity-after-offboarding` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `activity-after-offboarding` findings. Default: critical.","$ref":"#/$defs/severity"}}},"offboarded-ip-activity":{"description":"`offboarded-ip-activity` (offboard, audit): fires when an audit-log event from an IP address previously used by an offboarded subject, after their `offboarded-at`.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `offboarded-ip-activity` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `offboarded-ip-activity` findings. Default: high.","$ref":"#/$defs/severity"}}},"offboarding-step-missing":{"description":"`offboarding-step-missing` (offboard): fires when a step of the policy's expected offboarding journey has not happened within its deadline.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `offboarding-step-missing` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `offboarding-step-missing` findings. Default: medium.","$ref":"#/$defs/severity"},"deadline-hours":{"description":"Hours after `offboarded-at` by which a journey step without its own deadline must be done. Default: 24 (allowed 1–8760).","type":"integer","minimum":1,"maximum":8760,"default":24}}},"stale-member":{"description":"`stale-member` (audit): fires when a member with no activity in the organization for longer than the policy allows.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `stale-member` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `stale-member` findings. Default: low.","$ref":"#/$defs/severity"},"inactive-days":{"description":"Days without any contribution or audit-log event. Default: 90 (allowed 1–3650).","type":"integer","minimum":1,"maximum":3650,"default":90}}},"unused-write-access":{"description":"`unused-write-access` (audit): fires when write, maintain or admin permission on a repository where the holder has not contributed in the policy's window.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `unused-write-access` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `unused-write-access` findings. Default: low.","$ref":"#/$defs/severity"},"window-days":{"description":"Days without a contribution to that repository. Default: 180 (allowed 1–3650).","type":"integer","minimum":1,"maximum":3650,"default":180}}},"stale-deploy-key":{"description":"`stale-deploy-key` (audit): fires when a deploy key never used, or unused for longer than the policy allows.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `stale-deploy-key` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `stale-deploy-key` findings. Default: medium.","$ref":"#/$defs/severity"},"never-used-days":{"description":"Age in days after which a never-used key is stale. Default: 30 (allowed 1–3650).","type":"integer","minimum":1,"maximum":3650,"default":30},"unused-days":{"description":"Days since last use after which a key is stale. Default: 90 (allowed 1–3650).","type":"integer","minimum":1,"maximum":3650,"default":90}}},"write-deploy-key":{"description":"`write-deploy-key` (audit): fires when a deploy key with write access that no exemption allows.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `write-deploy-key` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `write-deploy-key` findings. Default: low.","$ref":"#/$defs/severity"}}},"long-lived-token":{"description":"`long-lived-token` (audit): fires when a fine-grained PAT with no expiry, or a lifetime above the policy's maximum.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `long-lived-token` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `long-lived-token` findings. Default: medium.","$ref":"#/$defs/severity"},"max-lifetime-days":{"description":"Longest lifetime (expiry minus grant) allowed. Default: 366 (allowed 1–3650).","type":"integer","minimum":1,"maximum":3650,"default":366}}},"stale-token":{"description":"`stale-token` (audit): fires when a PAT or SSO credential unused for longer than the policy allows.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `stale-token` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `stale-token` findings. Default: medium.","$ref":"#/$defs/severity"},"unused-days":{"description":"Days since the token or credential was last used. Default: 90 (allowed 1–3650).","type":"integer","minimum":1,"maximum":3650,"default":90}}},"stale-secret":{"description":"`stale-secret` (audit): fires when a secret not updated for longer than the policy's rotation period.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `stale-secret` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `stale-secret` findings. Default: medium.","$ref":"#/$defs/severity"},"rotation-days":{"description":"Days since the secret was last updated. Default: 365 (allowed 1–3650).","type":"integer","minimum":1,"maximum":3650,"default":365}}},"unapproved-credential-change":{"description":"`unapproved-credential-change` (audit, offboard): fires when a token, key or secret deleted or changed by an actor the policy does not approve, in a way that departs from that actor's learned normal (a burst beyond their own rate, outside their usual scope, from a new address); an offboarding's own revocations never fire.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `unapproved-credential-change` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `unapproved-credential-change` findings. Default: high.","$ref":"#/$defs/severity"},"burst-count":{"description":"The floor of a burst: this many credential changes by one actor within the burst window, or more than the actor's own largest bursts, whichever is higher. Default: 5 (allowed 2–1000).","type":"integer","minimum":2,"maximum":1000,"default":5},"burst-window-minutes":{"description":"Length of the burst window in minutes. Default: 10 (allowed 1–1440).","type":"integer","minimum":1,"maximum":1440,"default":10}}},"offboarding-drift":{"description":"`offboarding-drift` (audit): fires when a journey step is missed, or takes longer, in most of the recent offboardings than in the organization's past offboardings (median and MAD per step).","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `offboarding-drift` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `offboarding-drift` findings. Default: medium.","$ref":"#/$defs/severity"},"min-past-offboardings":{"description":"Past offboardings with an outcome for a step (before the 3 most recent) needed before that step is judged. Default: 5 (allowed 2–1000).","type":"integer","minimum":2,"maximum":1000,"default":5},"min-history-runs":{"description":"Accepted for compatibility and no longer used: drift is learned from past offboardings (`min-past-offboardings`), not from stored runs. Default: 5 (allowed 2–1000).","type":"integer","minimum":2,"maximum":1000,"default":5},"max-deviation-percent":{"description":"Percentage points by which a step's recent miss rate may exceed its past miss rate. Default: 20 (allowed 1–100).","type":"integer","minimum":1,"maximum":100,"default":20}}},"retained-enterprise-membership":{"description":"`retained-enterprise-membership` (offboard): fires when the subject is still a member of the enterprise (also as an unaffiliated user), or an enterprise owner or billing manager.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `retained-enterprise-membership` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `retained-enterprise-membership` findings. Default: high.","$ref":"#/$defs/severity"}}},"retained-copilot-seat":{"description":"`retained-copilot-seat` (offboard): fires when the subject still holds a Copilot seat in an organization of the scope.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `retained-copilot-seat` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `retained-copilot-seat` findings. Default: medium.","$ref":"#/$defs/severity"}}},"idle-copilot-seat":{"description":"`idle-copilot-seat` (audit): fires when a Copilot seat with no activity for longer than the policy allows.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `idle-copilot-seat` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `idle-copilot-seat` findings. Default: low.","$ref":"#/$defs/severity"},"idle-days":{"description":"Days without Copilot activity (never used counts from the assignment). Default: 30 (allowed 1–3650).","type":"integer","minimum":1,"maximum":3650,"default":30}}},"deprovisioned-identity-access":{"description":"`deprovisioned-identity-access` (audit): fires when a member whose SCIM identity is deprovisioned, whose SAML identity is gone from the identity provider, or whom the roster lists as terminated, still holds access.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `deprovisioned-identity-access` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `deprovisioned-identity-access` findings. Default: high.","$ref":"#/$defs/severity"}}},"audit-coverage-gap":{"description":"`audit-coverage-gap` (audit, offboard, validate): fires when a resource could not be read; `evidence` says why.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `audit-coverage-gap` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `audit-coverage-gap` findings. Default: medium.","$ref":"#/$defs/severity"}}},"policy-invalid":{"description":"`policy-invalid` (validate, audit, offboard): fires when a policy file breaks the schema or refers to what does not exist (annotated at file, line, column).","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether `policy-invalid` runs at all. Default: true.","type":"boolean"},"severity":{"description":"Severity of `policy-invalid` findings. Default: high.","$ref":"#/$defs/severity"},"exemption-max-days":{"description":"An exemption may expire at most this many days ahead; one that expires later does not apply and is reported. Default: 366 (allowed 1–3650).","type":"integer","minimum":1,"maximum":3650,"default":366},"exemption-warn-days":{"description":"Active exemptions that expire within this many days are listed in the summary for review. Default: 14 (allowed 0–365).","type":"integer","minimum":0,"maximum":365,"default":14}}}}},"exemptions":{"description":"Findings that are accepted for a reason until a date. An expired exemption stops applying and is itself reported.","type":"array","items":{"$ref":"#/$defs/exemption"}},"service-accounts":{"description":"Logins (globs) of bots and service accounts that `stale-member` ignores.","type":"array","minItems":1,"maxItems":500,"items":{"type":"string","minLength":1,"maxLength":256,"description":"A login or glob such as `*-automation`."}},"approved-changers":{"description":"Who may delete or change tokens, keys, credential authorizations and secrets without an `unapproved-credential-change` finding.","type":"object","additionalProperties":false,"properties":{"actors":{"description":"Logins (globs) allowed to make credential changes.","type":"array","minItems":1,"maxItems":500,"items":{"type":"string","minLength":1,"maxLength":256,"description":"A login or glob."}},"workflows":{"description":"Workflow files (globs) allowed to make credential changes, as `owner/repo/.github/workflows/file.yml`.","type":"array","minItems":1,"maxItems":500,"items":{"type":"string","minLength":1,"maxLength":256,"description":"A workflow path or glob."}}}},"offboarding":{"description":"How offboarding runs: the expected journey and whether to revoke what is left.","type":"object","additionalProperties":false,"properties":{"remediate":{"description":"Revoke what is left after offboarding (never on a dry run). Default: false.","type":"boolean"},"remediate-privileged":{"description":"Organization owners and bot accounts that remediation may act on. Without a line here, remediation never touches an owner or a bot (nor, ever, the token's own account).","type":"array","minItems":1,"items":{"description":"A GitHub login, exactly (no globs).","type":"string","minLength":1}},"max-revocations":{"description":"At most this many revocations per run, over all subjects; the rest wait for the next run. Default: 25.","type":"integer","minimum":1,"maximum":1000,"default":25},"journey":{"description":"The steps every offboarding must go through, each within its deadline. Later files add steps. Without any journey, one GitHub-checked step per kind applies with the `offboarding-step-missing` deadline.","type":"array","minItems":1,"items":{"$ref":"#/$defs/journeyStep"}}}},"routing":{"description":"Where findings go: which rules open issues, with which labels, assignees and team mentions.","type":"array","items":{"$ref":"#/$defs/route"}}},"$defs":{"severity":{"description":"A severity, strongest first.","enum":["critical","high","medium","low","info"]},"ruleName":{"description":"A rule of the catalogue.","enum":["retained-org-membership","retained-repo-access","retained-team-membership","pending-invitation","retained-token","retained-deploy-key","unrotated-secret","activity-after-offboarding","offboarded-ip-activity","offboarding-step-missing","stale-member","unused-write-access","stale-deploy-key","write-deploy-key","long-lived-token","stale-token","stale-secret","unapproved-credential-change","offboarding-drift","retained-enterprise-membership","retained-copilot-seat","idle-copilot-seat","deprovisioned-identity-access","audit-coverage-gap","policy-invalid"]},"ruleList":{"description":"Rules this applies to; omit the key for every rule.","type":"array","minItems":1,"items":{"$ref":"#/$defs/ruleName"}},"exemption":{"description":"An accepted finding: by subject, by resource or both, with a reason and an expiry date.","type":"object","additionalProperties":false,"required":["reason","expires"],"anyOf":[{"required":["subjects"],"properties":{"subjects":true}},{"required":["resources"],"properties":{"resources":true}}],"properties":{"subjects":{"description":"Logins (globs) the exemption covers; omit for any subject.","type":"array","minItems":1,"maxItems":500,"items":{"type":"string","minLength":1,"maxLength":256,"description":"A login or glob."}},"resources":{"description":"Resource identifiers (globs) the exemption covers, e.g. `deploy-key:acme/api/*`; omit for any resource.","type":"array","minItems":1,"maxItems":500,"items":{"type":"string","minLength":1,"maxLength":256,"description":"A resource identifier or glob (`*` within a segment, `**` across `/`)."}},"rules":{"description":"Rules the exemption covers; omit for every rule.","$ref":"#/$defs/ruleList"},"reason":{"description":"Why the finding is accepted (shown next to exempted findings).","type":"string","minLength":1},"expires":{"description":"Last day (UTC, inclusive) the exemption applies, as YYYY-MM-DD.","type":"string","format":"date"}}},"journeyStep":{"description":"One step of the offboarding journey.","type":"object","additionalProperties":false,"required":["id","title","check"],"properties":{"id":{"description":"Stable identifier of the step (kebab-case); the tracking issue ticks steps by id.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"title":{"description":"What a person reads in the tracking issue.","type":"string","minLength":1},"check":{"description":"How the step is recognised as done: a kind of GitHub access that must be gone, or `manual` (ticked in the tracking issue).","enum":["org-membership","repo-access","team-membership","invitations","tokens","deploy-keys","secrets-rotated","manual"]},"deadline-hours":{"description":"Hours after `offboarded-at` by which the step must be done. Default: the `offboarding-step-missing` rule’s `deadline-hours`.","type":"integer","minimum":1,"maximum":8760}}},"route":{"description":"A routing rule for findings.","type":"object","additionalProperties":false,"required":["destination"],"properties":{"rules":{"description":"Rules this route applies to; omit for every rule.","$ref":"#/$defs/ruleList"},"destination":{"description":"`issue` opens and updates issues; `check-run` keeps the findings on the check run only.","enum":["issue","check-run"]},"labels":{"description":"Labels put on the issues (must exist in the repository).","type":"array","minItems":1,"maxItems":500,"items":{"type":"string","minLength":1,"maxLength":256,"description":"A label name."}},"assignees":{"description":"Logins assigned to the issues.","type":"array","minItems":1,"maxItems":500,"items":{"type":"string","minLength":1,"maxLength":256,"description":"A login."}},"teams":{"description":"Team slugs mentioned in the issue body (must exist in the organization).","type":"array","minItems":1,"maxItems":500,"items":{"type":"string","minLength":1,"maxLength":256,"description":"A team slug."}},"group-by":{"description":"How audit findings are grouped into issues. Default: rule.","enum":["rule","subject","resource"]}}}}};const schema32 = {"description":"A severity, strongest first.","enum":["critical","high","medium","low","info"]};const schema60 = {"description":"One step of the offboarding journey.","type":"object","additionalProperties":false,"required":["id","title","check"],"properties":{"id":{"description":"Stable identifier of the step (kebab-case); the tracking issue ticks steps by id.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"title":{"description":"What a person reads in the tracking issue.","type":"string","minLength":1},"check":{"description":"How the step is recognised as done: a kind of GitHub access that must be gone, or `manual` (ticked in the tracking issue).","enum":["org-membership","repo-access","team-membership","invitations","tokens","deploy-keys","secrets-rotated","manual"]},"deadline-hours":{"description":"Hours after `offboarded-at` by which the step must be done. Default: the `offboarding-step-missing` rule’s `deadline-hours`.","type":"integer","minimum":1,"maximum":8760}}};const func1 = Object.prototype.hasOwnProperty;const func2 = runtime.ucs2length;const schema57 = {"description":"An accepted finding: by subject, by resource or both, with a reason and an expiry date.","type":"object","additionalProperties":false,"required":["reason","expires"],"anyOf":[{"required":["subjects"],"properties":{"subjects":true}},{"required":["resources"],"properties":{"resources":true}}],"properties":{"subjects":{"description":"Logins (globs) the exemption covers; omit for any subject.","type":"array","minItems":1,"maxItems":500,"items":{"type":"string","minLength":1,"maxLength":256,"description":"A login or glob."}},"resources":{"description":"Resource identifiers (globs) the exemption covers, e.g. `deploy-key:acme/api/*`; omit for any resource.","type":"array","minItems":1,"maxItems":500,"items":{"type":"string","minLength":1,"maxLength":256,"description":"A resource identifier or glob (`*` within a segment, `**` across `/`)."}},"rules":{"description":"Rules the exemption covers; omit for every rule.","$ref":"#/$defs/ruleList"},"reason":{"description":"Why the finding is accepted (shown next to exempted findings).","type":"string","minLength":1},"expires":{"description":"Last day (UTC, inclusive) the exemption applies, as YYYY-MM-DD.","type":"string","format":"date"}}};const schema58 = {"description":"Rules this applies to; omit the key for every rule.","type":"array","minItems":1,"items":{"$ref":"#/$defs/ruleName"}};const schema59 = {"description":"A rule of the catalogue.","enum":["retained-org-membership","retained-repo-access","retained-team-membership","pending-invitation","retained-token","retained-deploy-key","unrotated-secret","activity-after-offboarding","offboarded-ip-activity","offboarding-step-missing","stale-member","unused-write-access","stale-deploy-key","write-deploy-key","long-lived-token","stale-token","stale-secret","unapproved-credential-change","offboarding-drift","retained-enterprise-membership","retained-copilot-seat","idle-copilot-seat","deprovisioned-identity-access","audit-coverage-gap","policy-invalid"]};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){if(data.length < 1){const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema58,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(!(((((((((((((((((((((((((data0 === "retained-org-membership") || (data0 === "retained-repo-access")) || (data0 === "retained-team-membership")) || (data0 === "pending-invitation")) || (data0 === "retained-token")) || (data0 === "retained-deploy-key")) || (data0 === "unrotated-secret")) || (data0 === "activity-after-offboarding")) || (data0 === "offboarded-ip-activity")) || (data0 === "offboarding-step-missing")) || (data0 === "stale-member")) || (data0 === "unused-write-access")) || (data0 === "stale-deploy-key")) || (data0 === "write-deploy-key")) || (data0 === "long-lived-token")) || (data0 === "stale-token")) || (data0 === "stale-secret")) || (data0 === "unapproved-credential-change")) || (data0 === "offboarding-drift")) || (data0 === "retained-enterprise-membership")) || (data0 === "retained-copilot-seat")) || (data0 === "idle-copilot-seat")) || (data0 === "deprovisioned-identity-access")) || (data0 === "audit-coverage-gap")) || (data0 === "policy-invalid"))){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/ruleName/enum",keyword:"enum",params:{allowedValues: schema59.enum},message:"must be equal to one of the allowed values",schema:schema59.enum,parentSchema:schema59,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.type,parentSchema:schema58,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate22.errors = vErrors;return errors === 0;}validate22.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};const formats0 = runtime.formats.date;function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs1 = errors;let valid0 = false;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.subjects === undefined){const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "subjects"},message:"must have required property '"+"subjects"+"'",schema:schema57.anyOf[0].required,parentSchema:schema57.anyOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;valid0 = valid0 || _valid0;if(_valid0){var props0 = {};props0.subjects = true;}const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.resources === undefined){const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "resources"},message:"must have required property '"+"resources"+"'",schema:schema57.anyOf[1].required,parentSchema:schema57.anyOf[1],data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;valid0 = valid0 || _valid0;if(_valid0){if(props0 !== true){props0 = props0 || {};props0.resources = true;}}if(!valid0){const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema57.anyOf,parentSchema:schema57,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.reason === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema57.required,parentSchema:schema57,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.expires === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expires"},message:"must have required property '"+"expires"+"'",schema:schema57.required,parentSchema:schema57,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}for(const key0 in data){if(!(((((key0 === "subjects") || (key0 === "resources")) || (key0 === "rules")) || (key0 === "reason")) || (key0 === "expires"))){const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.subjects !== undefined){let data0 = data.subjects;if(Array.isArray(data0)){if(data0.length > 500){const err6 = {instancePath:instancePath+"/subjects",schemaPath:"#/properties/subjects/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema57.properties.subjects,data:data0};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data0.length < 1){const err7 = {instancePath:instancePath+"/subjects",schemaPath:"#/properties/subjects/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema57.properties.subjects,data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(typeof data1 === "string"){if(func2(data1) > 256){const err8 = {instancePath:instancePath+"/subjects/" + i0,schemaPath:"#/properties/subjects/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema57.properties.subjects.items,data:data1};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(func2(data1) < 1){const err9 = {instancePath:instancePath+"/subjects/" + i0,schemaPath:"#/properties/subjects/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.subjects.items,data:data1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/subjects/" + i0,schemaPath:"#/properties/subjects/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.subjects.items.type,parentSchema:schema57.properties.subjects.items,data:data1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/subjects",schemaPath:"#/properties/subjects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.subjects.type,parentSchema:schema57.properties.subjects,data:data0};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.resources !== undefined){let data2 = data.resources;if(Array.isArray(data2)){if(data2.length > 500){const err12 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema57.properties.resources,data:data2};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data2.length < 1){const err13 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema57.properties.resources,data:data2};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}const len1 = data2.length;for(let i1=0; i1<len1; i1++){let data3 = data2[i1];if(typeof data3 === "string"){if(func2(data3) > 256){const err14 = {instancePath:instancePath+"/resources/" + i1,schemaPath:"#/properties/resources/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema57.properties.resources.items,data:data3};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(func2(data3) < 1){const err15 = {instancePath:instancePath+"/resources/" + i1,schemaPath:"#/properties/resources/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.resources.items,data:data3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/resources/" + i1,schemaPath:"#/properties/resources/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.resources.items.type,parentSchema:schema57.properties.resources.items,data:data3};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.resources.type,parentSchema:schema57.properties.resources,data:data2};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.rules !== undefined){if(!(validate22(data.rules, {instancePath:instancePath+"/rules",parentData:data,parentDataProperty:"rules",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.reason !== undefined){let data5 = data.reason;if(typeof data5 === "string"){if(func2(data5) < 1){const err18 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.reason,data:data5};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.reason.type,parentSchema:schema57.properties.reason,data:data5};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.expires !== undefined){let data6 = data.expires;if(typeof data6 === "string"){if(!(formats0.validate(data6))){const err20 = {instancePath:instancePath+"/expires",schemaPath:"#/properties/expires/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema57.properties.expires,data:data6};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/expires",schemaPath:"#/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.expires.type,parentSchema:schema57.properties.expires,data:data6};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema61 = {"description":"A routing rule for findings.","type":"object","additionalProperties":false,"required":["destination"],"properties":{"rules":{"description":"Rules this route applies to; omit for every rule.","$ref":"#/$defs/ruleList"},"destination":{"description":"`issue` opens and updates issues; `check-run` keeps the findings on the check run only.","enum":["issue","check-run"]},"labels":{"description":"Labels put on the issues (must exist in the repository).","type":"array","minItems":1,"maxItems":500,"items":{"type":"string","minLength":1,"maxLength":256,"description":"A label name."}},"assignees":{"description":"Logins assigned to the issues.","type":"array","minItems":1,"maxItems":500,"items":{"type":"string","minLength":1,"maxLength":256,"description":"A login."}},"teams":{"description":"Team slugs mentioned in the issue body (must exist in the organization).","type":"array","minItems":1,"maxItems":500,"items":{"type":"string","minLength":1,"maxLength":256,"description":"A team slug."}},"group-by":{"description":"How audit findings are grouped into issues. Default: rule.","enum":["rule","subject","resource"]}}};function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate25.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.destination === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "destination"},message:"must have required property '"+"destination"+"'",schema:schema61.required,parentSchema:schema61,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((key0 === "rules") || (key0 === "destination")) || (key0 === "labels")) || (key0 === "assignees")) || (key0 === "teams")) || (key0 === "group-by"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.rules !== undefined){if(!(validate22(data.rules, {instancePath:instancePath+"/rules",parentData:data,parentDataProperty:"rules",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.destination !== undefined){let data1 = data.destination;if(!((data1 === "issue") || (data1 === "check-run"))){const err2 = {instancePath:instancePath+"/destination",schemaPath:"#/properties/destination/enum",keyword:"enum",params:{allowedValues: schema61.properties.destination.enum},message:"must be equal to one of the allowed values",schema:schema61.properties.destination.enum,parentSchema:schema61.properties.destination,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.labels !== undefined){let data2 = data.labels;if(Array.isArray(data2)){if(data2.length > 500){const err3 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema61.properties.labels,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data2.length < 1){const err4 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema61.properties.labels,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(typeof data3 === "string"){if(func2(data3) > 256){const err5 = {instancePath:instancePath+"/labels/" + i0,schemaPath:"#/properties/labels/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema61.properties.labels.items,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(func2(data3) < 1){const err6 = {instancePath:instancePath+"/labels/" + i0,schemaPath:"#/properties/labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.labels.items,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/labels/" + i0,schemaPath:"#/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.labels.items.type,parentSchema:schema61.properties.labels.items,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.properties.labels.type,parentSchema:schema61.properties.labels,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.assignees !== undefined){let data4 = data.assignees;if(Array.isArray(data4)){if(data4.length > 500){const err9 = {instancePath:instancePath+"/assignees",schemaPath:"#/properties/assignees/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema61.properties.assignees,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data4.length < 1){const err10 = {instancePath:instancePath+"/assignees",schemaPath:"#/properties/assignees/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema61.properties.assignees,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}const len1 = data4.length;for(let i1=0; i1<len1; i1++){let data5 = data4[i1];if(typeof data5 === "string"){if(func2(data5) > 256){const err11 = {instancePath:instancePath+"/assignees/" + i1,schemaPath:"#/properties/assignees/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema61.properties.assignees.items,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(func2(data5) < 1){const err12 = {instancePath:instancePath+"/assignees/" + i1,schemaPath:"#/properties/assignees/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.assignees.items,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/assignees/" + i1,schemaPath:"#/properties/assignees/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.assignees.items.type,parentSchema:schema61.properties.assignees.items,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/assignees",schemaPath:"#/properties/assignees/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.properties.assignees.type,parentSchema:schema61.properties.assignees,data:data4};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.teams !== undefined){let data6 = data.teams;if(Array.isArray(data6)){if(data6.length > 500){const err15 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema61.properties.teams,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data6.length < 1){const err16 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema61.properties.teams,data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}const len2 = data6.length;for(let i2=0; i2<len2; i2++){let data7 = data6[i2];if(typeof data7 === "string"){if(func2(data7) > 256){const err17 = {instancePath:instancePath+"/teams/" + i2,schemaPath:"#/properties/teams/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema61.properties.teams.items,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(func2(data7) < 1){const err18 = {instancePath:instancePath+"/teams/" + i2,schemaPath:"#/properties/teams/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.teams.items,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/teams/" + i2,schemaPath:"#/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.teams.items.type,parentSchema:schema61.properties.teams.items,data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.properties.teams.type,parentSchema:schema61.properties.teams,data:data6};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data["group-by"] !== undefined){let data8 = data["group-by"];if(!(((data8 === "rule") || (data8 === "subject")) || (data8 === "resource"))){const err21 = {instancePath:instancePath+"/group-by",schemaPath:"#/properties/group-by/enum",keyword:"enum",params:{allowedValues: schema61.properties["group-by"].enum},message:"must be equal to one of the allowed values",schema:schema61.properties["group-by"].enum,parentSchema:schema61.properties["group-by"],data:data8};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}validate25.errors = vErrors;return errors === 0;}validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((((((key0 === "version") || (key0 === "rules")) || (key0 === "exemptions")) || (key0 === "service-accounts")) || (key0 === "approved-changers")) || (key0 === "offboarding")) || (key0 === "routing"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(1 !== data0){const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.version,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.rules !== undefined){let data1 = data.rules;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(func1.call(schema31.properties.rules.properties, key1))){const err3 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1["retained-org-membership"] !== undefined){let data2 = data1["retained-org-membership"];if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key2 in data2){if(!((key2 === "enabled") || (key2 === "severity"))){const err4 = {instancePath:instancePath+"/rules/retained-org-membership",schemaPath:"#/properties/rules/properties/retained-org-membership/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["retained-org-membership"],data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data2.enabled !== undefined){let data3 = data2.enabled;if(typeof data3 !== "boolean"){const err5 = {instancePath:instancePath+"/rules/retained-org-membership/enabled",schemaPath:"#/properties/rules/properties/retained-org-membership/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["retained-org-membership"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["retained-org-membership"].properties.enabled,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data2.severity !== undefined){let data4 = data2.severity;if(!(((((data4 === "critical") || (data4 === "high")) || (data4 === "medium")) || (data4 === "low")) || (data4 === "info"))){const err6 = {instancePath:instancePath+"/rules/retained-org-membership/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/rules/retained-org-membership",schemaPath:"#/properties/rules/properties/retained-org-membership/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["retained-org-membership"].type,parentSchema:schema31.properties.rules.properties["retained-org-membership"],data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data1["retained-repo-access"] !== undefined){let data5 = data1["retained-repo-access"];if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key3 in data5){if(!((key3 === "enabled") || (key3 === "severity"))){const err8 = {instancePath:instancePath+"/rules/retained-repo-access",schemaPath:"#/properties/rules/properties/retained-repo-access/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["retained-repo-access"],data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data5.enabled !== undefined){let data6 = data5.enabled;if(typeof data6 !== "boolean"){const err9 = {instancePath:instancePath+"/rules/retained-repo-access/enabled",schemaPath:"#/properties/rules/properties/retained-repo-access/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["retained-repo-access"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["retained-repo-access"].properties.enabled,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data5.severity !== undefined){let data7 = data5.severity;if(!(((((data7 === "critical") || (data7 === "high")) || (data7 === "medium")) || (data7 === "low")) || (data7 === "info"))){const err10 = {instancePath:instancePath+"/rules/retained-repo-access/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/rules/retained-repo-access",schemaPath:"#/properties/rules/properties/retained-repo-access/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["retained-repo-access"].type,parentSchema:schema31.properties.rules.properties["retained-repo-access"],data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data1["retained-team-membership"] !== undefined){let data8 = data1["retained-team-membership"];if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key4 in data8){if(!((key4 === "enabled") || (key4 === "severity"))){const err12 = {instancePath:instancePath+"/rules/retained-team-membership",schemaPath:"#/properties/rules/properties/retained-team-membership/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["retained-team-membership"],data:data8};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data8.enabled !== undefined){let data9 = data8.enabled;if(typeof data9 !== "boolean"){const err13 = {instancePath:instancePath+"/rules/retained-team-membership/enabled",schemaPath:"#/properties/rules/properties/retained-team-membership/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["retained-team-membership"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["retained-team-membership"].properties.enabled,data:data9};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data8.severity !== undefined){let data10 = data8.severity;if(!(((((data10 === "critical") || (data10 === "high")) || (data10 === "medium")) || (data10 === "low")) || (data10 === "info"))){const err14 = {instancePath:instancePath+"/rules/retained-team-membership/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data10};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/rules/retained-team-membership",schemaPath:"#/properties/rules/properties/retained-team-membership/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["retained-team-membership"].type,parentSchema:schema31.properties.rules.properties["retained-team-membership"],data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data1["pending-invitation"] !== undefined){let data11 = data1["pending-invitation"];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key5 in data11){if(!((key5 === "enabled") || (key5 === "severity"))){const err16 = {instancePath:instancePath+"/rules/pending-invitation",schemaPath:"#/properties/rules/properties/pending-invitation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["pending-invitation"],data:data11};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data11.enabled !== undefined){let data12 = data11.enabled;if(typeof data12 !== "boolean"){const err17 = {instancePath:instancePath+"/rules/pending-invitation/enabled",schemaPath:"#/properties/rules/properties/pending-invitation/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["pending-invitation"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["pending-invitation"].properties.enabled,data:data12};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data11.severity !== undefined){let data13 = data11.severity;if(!(((((data13 === "critical") || (data13 === "high")) || (data13 === "medium")) || (data13 === "low")) || (data13 === "info"))){const err18 = {instancePath:instancePath+"/rules/pending-invitation/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data13};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/rules/pending-invitation",schemaPath:"#/properties/rules/properties/pending-invitation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["pending-invitation"].type,parentSchema:schema31.properties.rules.properties["pending-invitation"],data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data1["retained-token"] !== undefined){let data14 = data1["retained-token"];if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key6 in data14){if(!((key6 === "enabled") || (key6 === "severity"))){const err20 = {instancePath:instancePath+"/rules/retained-token",schemaPath:"#/properties/rules/properties/retained-token/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["retained-token"],data:data14};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data14.enabled !== undefined){let data15 = data14.enabled;if(typeof data15 !== "boolean"){const err21 = {instancePath:instancePath+"/rules/retained-token/enabled",schemaPath:"#/properties/rules/properties/retained-token/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["retained-token"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["retained-token"].properties.enabled,data:data15};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data14.severity !== undefined){let data16 = data14.severity;if(!(((((data16 === "critical") || (data16 === "high")) || (data16 === "medium")) || (data16 === "low")) || (data16 === "info"))){const err22 = {instancePath:instancePath+"/rules/retained-token/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data16};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/rules/retained-token",schemaPath:"#/properties/rules/properties/retained-token/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["retained-token"].type,parentSchema:schema31.properties.rules.properties["retained-token"],data:data14};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data1["retained-deploy-key"] !== undefined){let data17 = data1["retained-deploy-key"];if(data17 && typeof data17 == "object" && !Array.isArray(data17)){for(const key7 in data17){if(!((key7 === "enabled") || (key7 === "severity"))){const err24 = {instancePath:instancePath+"/rules/retained-deploy-key",schemaPath:"#/properties/rules/properties/retained-deploy-key/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["retained-deploy-key"],data:data17};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data17.enabled !== undefined){let data18 = data17.enabled;if(typeof data18 !== "boolean"){const err25 = {instancePath:instancePath+"/rules/retained-deploy-key/enabled",schemaPath:"#/properties/rules/properties/retained-deploy-key/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["retained-deploy-key"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["retained-deploy-key"].properties.enabled,data:data18};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data17.severity !== undefined){let data19 = data17.severity;if(!(((((data19 === "critical") || (data19 === "high")) || (data19 === "medium")) || (data19 === "low")) || (data19 === "info"))){const err26 = {instancePath:instancePath+"/rules/retained-deploy-key/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data19};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/rules/retained-deploy-key",schemaPath:"#/properties/rules/properties/retained-deploy-key/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["retained-deploy-key"].type,parentSchema:schema31.properties.rules.properties["retained-deploy-key"],data:data17};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data1["unrotated-secret"] !== undefined){let data20 = data1["unrotated-secret"];if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key8 in data20){if(!((key8 === "enabled") || (key8 === "severity"))){const err28 = {instancePath:instancePath+"/rules/unrotated-secret",schemaPath:"#/properties/rules/properties/unrotated-secret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["unrotated-secret"],data:data20};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data20.enabled !== undefined){let data21 = data20.enabled;if(typeof data21 !== "boolean"){const err29 = {instancePath:instancePath+"/rules/unrotated-secret/enabled",schemaPath:"#/properties/rules/properties/unrotated-secret/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["unrotated-secret"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["unrotated-secret"].properties.enabled,data:data21};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data20.severity !== undefined){let data22 = data20.severity;if(!(((((data22 === "critical") || (data22 === "high")) || (data22 === "medium")) || (data22 === "low")) || (data22 === "info"))){const err30 = {instancePath:instancePath+"/rules/unrotated-secret/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data22};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/rules/unrotated-secret",schemaPath:"#/properties/rules/properties/unrotated-secret/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["unrotated-secret"].type,parentSchema:schema31.properties.rules.properties["unrotated-secret"],data:data20};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data1["activity-after-offboarding"] !== undefined){let data23 = data1["activity-after-offboarding"];if(data23 && typeof data23 == "object" && !Array.isArray(data23)){for(const key9 in data23){if(!((key9 === "enabled") || (key9 === "severity"))){const err32 = {instancePath:instancePath+"/rules/activity-after-offboarding",schemaPath:"#/properties/rules/properties/activity-after-offboarding/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["activity-after-offboarding"],data:data23};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data23.enabled !== undefined){let data24 = data23.enabled;if(typeof data24 !== "boolean"){const err33 = {instancePath:instancePath+"/rules/activity-after-offboarding/enabled",schemaPath:"#/properties/rules/properties/activity-after-offboarding/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["activity-after-offboarding"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["activity-after-offboarding"].properties.enabled,data:data24};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data23.severity !== undefined){let data25 = data23.severity;if(!(((((data25 === "critical") || (data25 === "high")) || (data25 === "medium")) || (data25 === "low")) || (data25 === "info"))){const err34 = {instancePath:instancePath+"/rules/activity-after-offboarding/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data25};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath:instancePath+"/rules/activity-after-offboarding",schemaPath:"#/properties/rules/properties/activity-after-offboarding/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["activity-after-offboarding"].type,parentSchema:schema31.properties.rules.properties["activity-after-offboarding"],data:data23};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data1["offboarded-ip-activity"] !== undefined){let data26 = data1["offboarded-ip-activity"];if(data26 && typeof data26 == "object" && !Array.isArray(data26)){for(const key10 in data26){if(!((key10 === "enabled") || (key10 === "severity"))){const err36 = {instancePath:instancePath+"/rules/offboarded-ip-activity",schemaPath:"#/properties/rules/properties/offboarded-ip-activity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["offboarded-ip-activity"],data:data26};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data26.enabled !== undefined){let data27 = data26.enabled;if(typeof data27 !== "boolean"){const err37 = {instancePath:instancePath+"/rules/offboarded-ip-activity/enabled",schemaPath:"#/properties/rules/properties/offboarded-ip-activity/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["offboarded-ip-activity"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["offboarded-ip-activity"].properties.enabled,data:data27};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data26.severity !== undefined){let data28 = data26.severity;if(!(((((data28 === "critical") || (data28 === "high")) || (data28 === "medium")) || (data28 === "low")) || (data28 === "info"))){const err38 = {instancePath:instancePath+"/rules/offboarded-ip-activity/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data28};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/rules/offboarded-ip-activity",schemaPath:"#/properties/rules/properties/offboarded-ip-activity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["offboarded-ip-activity"].type,parentSchema:schema31.properties.rules.properties["offboarded-ip-activity"],data:data26};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data1["offboarding-step-missing"] !== undefined){let data29 = data1["offboarding-step-missing"];if(data29 && typeof data29 == "object" && !Array.isArray(data29)){for(const key11 in data29){if(!(((key11 === "enabled") || (key11 === "severity")) || (key11 === "deadline-hours"))){const err40 = {instancePath:instancePath+"/rules/offboarding-step-missing",schemaPath:"#/properties/rules/properties/offboarding-step-missing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["offboarding-step-missing"],data:data29};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data29.enabled !== undefined){let data30 = data29.enabled;if(typeof data30 !== "boolean"){const err41 = {instancePath:instancePath+"/rules/offboarding-step-missing/enabled",schemaPath:"#/properties/rules/properties/offboarding-step-missing/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["offboarding-step-missing"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["offboarding-step-missing"].properties.enabled,data:data30};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data29.severity !== undefined){let data31 = data29.severity;if(!(((((data31 === "critical") || (data31 === "high")) || (data31 === "medium")) || (data31 === "low")) || (data31 === "info"))){const err42 = {instancePath:instancePath+"/rules/offboarding-step-missing/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data31};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data29["deadline-hours"] !== undefined){let data32 = data29["deadline-hours"];if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){const err43 = {instancePath:instancePath+"/rules/offboarding-step-missing/deadline-hours",schemaPath:"#/properties/rules/properties/offboarding-step-missing/properties/deadline-hours/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.rules.properties["offboarding-step-missing"].properties["deadline-hours"].type,parentSchema:schema31.properties.rules.properties["offboarding-step-missing"].properties["deadline-hours"],data:data32};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if((typeof data32 == "number") && (isFinite(data32))){if(data32 > 8760 || isNaN(data32)){const err44 = {instancePath:instancePath+"/rules/offboarding-step-missing/deadline-hours",schemaPath:"#/properties/rules/properties/offboarding-step-missing/properties/deadline-hours/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8760},message:"must be <= 8760",schema:8760,parentSchema:schema31.properties.rules.properties["offboarding-step-missing"].properties["deadline-hours"],data:data32};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(data32 < 1 || isNaN(data32)){const err45 = {instancePath:instancePath+"/rules/offboarding-step-missing/deadline-hours",schemaPath:"#/properties/rules/properties/offboarding-step-missing/properties/deadline-hours/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.rules.properties["offboarding-step-missing"].properties["deadline-hours"],data:data32};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}}else {const err46 = {instancePath:instancePath+"/rules/offboarding-step-missing",schemaPath:"#/properties/rules/properties/offboarding-step-missing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["offboarding-step-missing"].type,parentSchema:schema31.properties.rules.properties["offboarding-step-missing"],data:data29};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data1["stale-member"] !== undefined){let data33 = data1["stale-member"];if(data33 && typeof data33 == "object" && !Array.isArray(data33)){for(const key12 in data33){if(!(((key12 === "enabled") || (key12 === "severity")) || (key12 === "inactive-days"))){const err47 = {instancePath:instancePath+"/rules/stale-member",schemaPath:"#/properties/rules/properties/stale-member/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["stale-member"],data:data33};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data33.enabled !== undefined){let data34 = data33.enabled;if(typeof data34 !== "boolean"){const err48 = {instancePath:instancePath+"/rules/stale-member/enabled",schemaPath:"#/properties/rules/properties/stale-member/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["stale-member"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["stale-member"].properties.enabled,data:data34};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data33.severity !== undefined){let data35 = data33.severity;if(!(((((data35 === "critical") || (data35 === "high")) || (data35 === "medium")) || (data35 === "low")) || (data35 === "info"))){const err49 = {instancePath:instancePath+"/rules/stale-member/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data35};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data33["inactive-days"] !== undefined){let data36 = data33["inactive-days"];if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){const err50 = {instancePath:instancePath+"/rules/stale-member/inactive-days",schemaPath:"#/properties/rules/properties/stale-member/properties/inactive-days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.rules.properties["stale-member"].properties["inactive-days"].type,parentSchema:schema31.properties.rules.properties["stale-member"].properties["inactive-days"],data:data36};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if((typeof data36 == "number") && (isFinite(data36))){if(data36 > 3650 || isNaN(data36)){const err51 = {instancePath:instancePath+"/rules/stale-member/inactive-days",schemaPath:"#/properties/rules/properties/stale-member/properties/inactive-days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.rules.properties["stale-member"].properties["inactive-days"],data:data36};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(data36 < 1 || isNaN(data36)){const err52 = {instancePath:instancePath+"/rules/stale-member/inactive-days",schemaPath:"#/properties/rules/properties/stale-member/properties/inactive-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.rules.properties["stale-member"].properties["inactive-days"],data:data36};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}}else {const err53 = {instancePath:instancePath+"/rules/stale-member",schemaPath:"#/properties/rules/properties/stale-member/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["stale-member"].type,parentSchema:schema31.properties.rules.properties["stale-member"],data:data33};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data1["unused-write-access"] !== undefined){let data37 = data1["unused-write-access"];if(data37 && typeof data37 == "object" && !Array.isArray(data37)){for(const key13 in data37){if(!(((key13 === "enabled") || (key13 === "severity")) || (key13 === "window-days"))){const err54 = {instancePath:instancePath+"/rules/unused-write-access",schemaPath:"#/properties/rules/properties/unused-write-access/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["unused-write-access"],data:data37};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data37.enabled !== undefined){let data38 = data37.enabled;if(typeof data38 !== "boolean"){const err55 = {instancePath:instancePath+"/rules/unused-write-access/enabled",schemaPath:"#/properties/rules/properties/unused-write-access/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["unused-write-access"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["unused-write-access"].properties.enabled,data:data38};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data37.severity !== undefined){let data39 = data37.severity;if(!(((((data39 === "critical") || (data39 === "high")) || (data39 === "medium")) || (data39 === "low")) || (data39 === "info"))){const err56 = {instancePath:instancePath+"/rules/unused-write-access/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data39};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data37["window-days"] !== undefined){let data40 = data37["window-days"];if(!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))){const err57 = {instancePath:instancePath+"/rules/unused-write-access/window-days",schemaPath:"#/properties/rules/properties/unused-write-access/properties/window-days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.rules.properties["unused-write-access"].properties["window-days"].type,parentSchema:schema31.properties.rules.properties["unused-write-access"].properties["window-days"],data:data40};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}if((typeof data40 == "number") && (isFinite(data40))){if(data40 > 3650 || isNaN(data40)){const err58 = {instancePath:instancePath+"/rules/unused-write-access/window-days",schemaPath:"#/properties/rules/properties/unused-write-access/properties/window-days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.rules.properties["unused-write-access"].properties["window-days"],data:data40};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}if(data40 < 1 || isNaN(data40)){const err59 = {instancePath:instancePath+"/rules/unused-write-access/window-days",schemaPath:"#/properties/rules/properties/unused-write-access/properties/window-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.rules.properties["unused-write-access"].properties["window-days"],data:data40};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}}else {const err60 = {instancePath:instancePath+"/rules/unused-write-access",schemaPath:"#/properties/rules/properties/unused-write-access/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["unused-write-access"].type,parentSchema:schema31.properties.rules.properties["unused-write-access"],data:data37};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data1["stale-deploy-key"] !== undefined){let data41 = data1["stale-deploy-key"];if(data41 && typeof data41 == "object" && !Array.isArray(data41)){for(const key14 in data41){if(!((((key14 === "enabled") || (key14 === "severity")) || (key14 === "never-used-days")) || (key14 === "unused-days"))){const err61 = {instancePath:instancePath+"/rules/stale-deploy-key",schemaPath:"#/properties/rules/properties/stale-deploy-key/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["stale-deploy-key"],data:data41};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data41.enabled !== undefined){let data42 = data41.enabled;if(typeof data42 !== "boolean"){const err62 = {instancePath:instancePath+"/rules/stale-deploy-key/enabled",schemaPath:"#/properties/rules/properties/stale-deploy-key/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["stale-deploy-key"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["stale-deploy-key"].properties.enabled,data:data42};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data41.severity !== undefined){let data43 = data41.severity;if(!(((((data43 === "critical") || (data43 === "high")) || (data43 === "medium")) || (data43 === "low")) || (data43 === "info"))){const err63 = {instancePath:instancePath+"/rules/stale-deploy-key/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data43};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data41["never-used-days"] !== undefined){let data44 = data41["never-used-days"];if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){const err64 = {instancePath:instancePath+"/rules/stale-deploy-key/never-used-days",schemaPath:"#/properties/rules/properties/stale-deploy-key/properties/never-used-days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.rules.properties["stale-deploy-key"].properties["never-used-days"].type,parentSchema:schema31.properties.rules.properties["stale-deploy-key"].properties["never-used-days"],data:data44};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if((typeof data44 == "number") && (isFinite(data44))){if(data44 > 3650 || isNaN(data44)){const err65 = {instancePath:instancePath+"/rules/stale-deploy-key/never-used-days",schemaPath:"#/properties/rules/properties/stale-deploy-key/properties/never-used-days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.rules.properties["stale-deploy-key"].properties["never-used-days"],data:data44};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}if(data44 < 1 || isNaN(data44)){const err66 = {instancePath:instancePath+"/rules/stale-deploy-key/never-used-days",schemaPath:"#/properties/rules/properties/stale-deploy-key/properties/never-used-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.rules.properties["stale-deploy-key"].properties["never-used-days"],data:data44};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}if(data41["unused-days"] !== undefined){let data45 = data41["unused-days"];if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){const err67 = {instancePath:instancePath+"/rules/stale-deploy-key/unused-days",schemaPath:"#/properties/rules/properties/stale-deploy-key/properties/unused-days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.rules.properties["stale-deploy-key"].properties["unused-days"].type,parentSchema:schema31.properties.rules.properties["stale-deploy-key"].properties["unused-days"],data:data45};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}if((typeof data45 == "number") && (isFinite(data45))){if(data45 > 3650 || isNaN(data45)){const err68 = {instancePath:instancePath+"/rules/stale-deploy-key/unused-days",schemaPath:"#/properties/rules/properties/stale-deploy-key/properties/unused-days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.rules.properties["stale-deploy-key"].properties["unused-days"],data:data45};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}if(data45 < 1 || isNaN(data45)){const err69 = {instancePath:instancePath+"/rules/stale-deploy-key/unused-days",schemaPath:"#/properties/rules/properties/stale-deploy-key/properties/unused-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.rules.properties["stale-deploy-key"].properties["unused-days"],data:data45};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}}else {const err70 = {instancePath:instancePath+"/rules/stale-deploy-key",schemaPath:"#/properties/rules/properties/stale-deploy-key/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["stale-deploy-key"].type,parentSchema:schema31.properties.rules.properties["stale-deploy-key"],data:data41};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data1["write-deploy-key"] !== undefined){let data46 = data1["write-deploy-key"];if(data46 && typeof data46 == "object" && !Array.isArray(data46)){for(const key15 in data46){if(!((key15 === "enabled") || (key15 === "severity"))){const err71 = {instancePath:instancePath+"/rules/write-deploy-key",schemaPath:"#/properties/rules/properties/write-deploy-key/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["write-deploy-key"],data:data46};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data46.enabled !== undefined){let data47 = data46.enabled;if(typeof data47 !== "boolean"){const err72 = {instancePath:instancePath+"/rules/write-deploy-key/enabled",schemaPath:"#/properties/rules/properties/write-deploy-key/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["write-deploy-key"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["write-deploy-key"].properties.enabled,data:data47};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data46.severity !== undefined){let data48 = data46.severity;if(!(((((data48 === "critical") || (data48 === "high")) || (data48 === "medium")) || (data48 === "low")) || (data48 === "info"))){const err73 = {instancePath:instancePath+"/rules/write-deploy-key/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data48};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}else {const err74 = {instancePath:instancePath+"/rules/write-deploy-key",schemaPath:"#/properties/rules/properties/write-deploy-key/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["write-deploy-key"].type,parentSchema:schema31.properties.rules.properties["write-deploy-key"],data:data46};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data1["long-lived-token"] !== undefined){let data49 = data1["long-lived-token"];if(data49 && typeof data49 == "object" && !Array.isArray(data49)){for(const key16 in data49){if(!(((key16 === "enabled") || (key16 === "severity")) || (key16 === "max-lifetime-days"))){const err75 = {instancePath:instancePath+"/rules/long-lived-token",schemaPath:"#/properties/rules/properties/long-lived-token/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["long-lived-token"],data:data49};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data49.enabled !== undefined){let data50 = data49.enabled;if(typeof data50 !== "boolean"){const err76 = {instancePath:instancePath+"/rules/long-lived-token/enabled",schemaPath:"#/properties/rules/properties/long-lived-token/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["long-lived-token"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["long-lived-token"].properties.enabled,data:data50};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data49.severity !== undefined){let data51 = data49.severity;if(!(((((data51 === "critical") || (data51 === "high")) || (data51 === "medium")) || (data51 === "low")) || (data51 === "info"))){const err77 = {instancePath:instancePath+"/rules/long-lived-token/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data51};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data49["max-lifetime-days"] !== undefined){let data52 = data49["max-lifetime-days"];if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){const err78 = {instancePath:instancePath+"/rules/long-lived-token/max-lifetime-days",schemaPath:"#/properties/rules/properties/long-lived-token/properties/max-lifetime-days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.rules.properties["long-lived-token"].properties["max-lifetime-days"].type,parentSchema:schema31.properties.rules.properties["long-lived-token"].properties["max-lifetime-days"],data:data52};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if((typeof data52 == "number") && (isFinite(data52))){if(data52 > 3650 || isNaN(data52)){const err79 = {instancePath:instancePath+"/rules/long-lived-token/max-lifetime-days",schemaPath:"#/properties/rules/properties/long-lived-token/properties/max-lifetime-days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.rules.properties["long-lived-token"].properties["max-lifetime-days"],data:data52};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}if(data52 < 1 || isNaN(data52)){const err80 = {instancePath:instancePath+"/rules/long-lived-token/max-lifetime-days",schemaPath:"#/properties/rules/properties/long-lived-token/properties/max-lifetime-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.rules.properties["long-lived-token"].properties["max-lifetime-days"],data:data52};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}}}else {const err81 = {instancePath:instancePath+"/rules/long-lived-token",schemaPath:"#/properties/rules/properties/long-lived-token/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["long-lived-token"].type,parentSchema:schema31.properties.rules.properties["long-lived-token"],data:data49};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data1["stale-token"] !== undefined){let data53 = data1["stale-token"];if(data53 && typeof data53 == "object" && !Array.isArray(data53)){for(const key17 in data53){if(!(((key17 === "enabled") || (key17 === "severity")) || (key17 === "unused-days"))){const err82 = {instancePath:instancePath+"/rules/stale-token",schemaPath:"#/properties/rules/properties/stale-token/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["stale-token"],data:data53};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data53.enabled !== undefined){let data54 = data53.enabled;if(typeof data54 !== "boolean"){const err83 = {instancePath:instancePath+"/rules/stale-token/enabled",schemaPath:"#/properties/rules/properties/stale-token/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["stale-token"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["stale-token"].properties.enabled,data:data54};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data53.severity !== undefined){let data55 = data53.severity;if(!(((((data55 === "critical") || (data55 === "high")) || (data55 === "medium")) || (data55 === "low")) || (data55 === "info"))){const err84 = {instancePath:instancePath+"/rules/stale-token/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data55};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data53["unused-days"] !== undefined){let data56 = data53["unused-days"];if(!(((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56))) && (isFinite(data56)))){const err85 = {instancePath:instancePath+"/rules/stale-token/unused-days",schemaPath:"#/properties/rules/properties/stale-token/properties/unused-days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.rules.properties["stale-token"].properties["unused-days"].type,parentSchema:schema31.properties.rules.properties["stale-token"].properties["unused-days"],data:data56};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}if((typeof data56 == "number") && (isFinite(data56))){if(data56 > 3650 || isNaN(data56)){const err86 = {instancePath:instancePath+"/rules/stale-token/unused-days",schemaPath:"#/properties/rules/properties/stale-token/properties/unused-days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.rules.properties["stale-token"].properties["unused-days"],data:data56};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}if(data56 < 1 || isNaN(data56)){const err87 = {instancePath:instancePath+"/rules/stale-token/unused-days",schemaPath:"#/properties/rules/properties/stale-token/properties/unused-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.rules.properties["stale-token"].properties["unused-days"],data:data56};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}}}else {const err88 = {instancePath:instancePath+"/rules/stale-token",schemaPath:"#/properties/rules/properties/stale-token/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["stale-token"].type,parentSchema:schema31.properties.rules.properties["stale-token"],data:data53};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data1["stale-secret"] !== undefined){let data57 = data1["stale-secret"];if(data57 && typeof data57 == "object" && !Array.isArray(data57)){for(const key18 in data57){if(!(((key18 === "enabled") || (key18 === "severity")) || (key18 === "rotation-days"))){const err89 = {instancePath:instancePath+"/rules/stale-secret",schemaPath:"#/properties/rules/properties/stale-secret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["stale-secret"],data:data57};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data57.enabled !== undefined){let data58 = data57.enabled;if(typeof data58 !== "boolean"){const err90 = {instancePath:instancePath+"/rules/stale-secret/enabled",schemaPath:"#/properties/rules/properties/stale-secret/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["stale-secret"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["stale-secret"].properties.enabled,data:data58};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data57.severity !== undefined){let data59 = data57.severity;if(!(((((data59 === "critical") || (data59 === "high")) || (data59 === "medium")) || (data59 === "low")) || (data59 === "info"))){const err91 = {instancePath:instancePath+"/rules/stale-secret/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data59};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data57["rotation-days"] !== undefined){let data60 = data57["rotation-days"];if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){const err92 = {instancePath:instancePath+"/rules/stale-secret/rotation-days",schemaPath:"#/properties/rules/properties/stale-secret/properties/rotation-days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.rules.properties["stale-secret"].properties["rotation-days"].type,parentSchema:schema31.properties.rules.properties["stale-secret"].properties["rotation-days"],data:data60};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}if((typeof data60 == "number") && (isFinite(data60))){if(data60 > 3650 || isNaN(data60)){const err93 = {instancePath:instancePath+"/rules/stale-secret/rotation-days",schemaPath:"#/properties/rules/properties/stale-secret/properties/rotation-days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.rules.properties["stale-secret"].properties["rotation-days"],data:data60};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}if(data60 < 1 || isNaN(data60)){const err94 = {instancePath:instancePath+"/rules/stale-secret/rotation-days",schemaPath:"#/properties/rules/properties/stale-secret/properties/rotation-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.rules.properties["stale-secret"].properties["rotation-days"],data:data60};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}}}else {const err95 = {instancePath:instancePath+"/rules/stale-secret",schemaPath:"#/properties/rules/properties/stale-secret/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["stale-secret"].type,parentSchema:schema31.properties.rules.properties["stale-secret"],data:data57};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data1["unapproved-credential-change"] !== undefined){let data61 = data1["unapproved-credential-change"];if(data61 && typeof data61 == "object" && !Array.isArray(data61)){for(const key19 in data61){if(!((((key19 === "enabled") || (key19 === "severity")) || (key19 === "burst-count")) || (key19 === "burst-window-minutes"))){const err96 = {instancePath:instancePath+"/rules/unapproved-credential-change",schemaPath:"#/properties/rules/properties/unapproved-credential-change/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["unapproved-credential-change"],data:data61};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}if(data61.enabled !== undefined){let data62 = data61.enabled;if(typeof data62 !== "boolean"){const err97 = {instancePath:instancePath+"/rules/unapproved-credential-change/enabled",schemaPath:"#/properties/rules/properties/unapproved-credential-change/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["unapproved-credential-change"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["unapproved-credential-change"].properties.enabled,data:data62};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data61.severity !== undefined){let data63 = data61.severity;if(!(((((data63 === "critical") || (data63 === "high")) || (data63 === "medium")) || (data63 === "low")) || (data63 === "info"))){const err98 = {instancePath:instancePath+"/rules/unapproved-credential-change/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data63};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}if(data61["burst-count"] !== undefined){let data64 = data61["burst-count"];if(!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))){const err99 = {instancePath:instancePath+"/rules/unapproved-credential-change/burst-count",schemaPath:"#/properties/rules/properties/unapproved-credential-change/properties/burst-count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.rules.properties["unapproved-credential-change"].properties["burst-count"].type,parentSchema:schema31.properties.rules.properties["unapproved-credential-change"].properties["burst-count"],data:data64};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}if((typeof data64 == "number") && (isFinite(data64))){if(data64 > 1000 || isNaN(data64)){const err100 = {instancePath:instancePath+"/rules/unapproved-credential-change/burst-count",schemaPath:"#/properties/rules/properties/unapproved-credential-change/properties/burst-count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema31.properties.rules.properties["unapproved-credential-change"].properties["burst-count"],data:data64};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}if(data64 < 2 || isNaN(data64)){const err101 = {instancePath:instancePath+"/rules/unapproved-credential-change/burst-count",schemaPath:"#/properties/rules/properties/unapproved-credential-change/properties/burst-count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema31.properties.rules.properties["unapproved-credential-change"].properties["burst-count"],data:data64};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}}if(data61["burst-window-minutes"] !== undefined){let data65 = data61["burst-window-minutes"];if(!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))){const err102 = {instancePath:instancePath+"/rules/unapproved-credential-change/burst-window-minutes",schemaPath:"#/properties/rules/properties/unapproved-credential-change/properties/burst-window-minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.rules.properties["unapproved-credential-change"].properties["burst-window-minutes"].type,parentSchema:schema31.properties.rules.properties["unapproved-credential-change"].properties["burst-window-minutes"],data:data65};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}if((typeof data65 == "number") && (isFinite(data65))){if(data65 > 1440 || isNaN(data65)){const err103 = {instancePath:instancePath+"/rules/unapproved-credential-change/burst-window-minutes",schemaPath:"#/properties/rules/properties/unapproved-credential-change/properties/burst-window-minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440",schema:1440,parentSchema:schema31.properties.rules.properties["unapproved-credential-change"].properties["burst-window-minutes"],data:data65};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}if(data65 < 1 || isNaN(data65)){const err104 = {instancePath:instancePath+"/rules/unapproved-credential-change/burst-window-minutes",schemaPath:"#/properties/rules/properties/unapproved-credential-change/properties/burst-window-minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.rules.properties["unapproved-credential-change"].properties["burst-window-minutes"],data:data65};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}}}else {const err105 = {instancePath:instancePath+"/rules/unapproved-credential-change",schemaPath:"#/properties/rules/properties/unapproved-credential-change/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["unapproved-credential-change"].type,parentSchema:schema31.properties.rules.properties["unapproved-credential-change"],data:data61};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data1["offboarding-drift"] !== undefined){let data66 = data1["offboarding-drift"];if(data66 && typeof data66 == "object" && !Array.isArray(data66)){for(const key20 in data66){if(!(((((key20 === "enabled") || (key20 === "severity")) || (key20 === "min-past-offboardings")) || (key20 === "min-history-runs")) || (key20 === "max-deviation-percent"))){const err106 = {instancePath:instancePath+"/rules/offboarding-drift",schemaPath:"#/properties/rules/properties/offboarding-drift/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["offboarding-drift"],data:data66};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}if(data66.enabled !== undefined){let data67 = data66.enabled;if(typeof data67 !== "boolean"){const err107 = {instancePath:instancePath+"/rules/offboarding-drift/enabled",schemaPath:"#/properties/rules/properties/offboarding-drift/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["offboarding-drift"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["offboarding-drift"].properties.enabled,data:data67};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}if(data66.severity !== undefined){let data68 = data66.severity;if(!(((((data68 === "critical") || (data68 === "high")) || (data68 === "medium")) || (data68 === "low")) || (data68 === "info"))){const err108 = {instancePath:instancePath+"/rules/offboarding-drift/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data68};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}if(data66["min-past-offboardings"] !== undefined){let data69 = data66["min-past-offboardings"];if(!(((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69))) && (isFinite(data69)))){const err109 = {instancePath:instancePath+"/rules/offboarding-drift/min-past-offboardings",schemaPath:"#/properties/rules/properties/offboarding-drift/properties/min-past-offboardings/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.rules.properties["offboarding-drift"].properties["min-past-offboardings"].type,parentSchema:schema31.properties.rules.properties["offboarding-drift"].properties["min-past-offboardings"],data:data69};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}if((typeof data69 == "number") && (isFinite(data69))){if(data69 > 1000 || isNaN(data69)){const err110 = {instancePath:instancePath+"/rules/offboarding-drift/min-past-offboardings",schemaPath:"#/properties/rules/properties/offboarding-drift/properties/min-past-offboardings/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema31.properties.rules.properties["offboarding-drift"].properties["min-past-offboardings"],data:data69};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}if(data69 < 2 || isNaN(data69)){const err111 = {instancePath:instancePath+"/rules/offboarding-drift/min-past-offboardings",schemaPath:"#/properties/rules/properties/offboarding-drift/properties/min-past-offboardings/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema31.properties.rules.properties["offboarding-drift"].properties["min-past-offboardings"],data:data69};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}}if(data66["min-history-runs"] !== undefined){let data70 = data66["min-history-runs"];if(!(((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70))) && (isFinite(data70)))){const err112 = {instancePath:instancePath+"/rules/offboarding-drift/min-history-runs",schemaPath:"#/properties/rules/properties/offboarding-drift/properties/min-history-runs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.rules.properties["offboarding-drift"].properties["min-history-runs"].type,parentSchema:schema31.properties.rules.properties["offboarding-drift"].properties["min-history-runs"],data:data70};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}if((typeof data70 == "number") && (isFinite(data70))){if(data70 > 1000 || isNaN(data70)){const err113 = {instancePath:instancePath+"/rules/offboarding-drift/min-history-runs",schemaPath:"#/properties/rules/properties/offboarding-drift/properties/min-history-runs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema31.properties.rules.properties["offboarding-drift"].properties["min-history-runs"],data:data70};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}if(data70 < 2 || isNaN(data70)){const err114 = {instancePath:instancePath+"/rules/offboarding-drift/min-history-runs",schemaPath:"#/properties/rules/properties/offboarding-drift/properties/min-history-runs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema31.properties.rules.properties["offboarding-drift"].properties["min-history-runs"],data:data70};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}}if(data66["max-deviation-percent"] !== undefined){let data71 = data66["max-deviation-percent"];if(!(((typeof data71 == "number") && (!(data71 % 1) && !isNaN(data71))) && (isFinite(data71)))){const err115 = {instancePath:instancePath+"/rules/offboarding-drift/max-deviation-percent",schemaPath:"#/properties/rules/properties/offboarding-drift/properties/max-deviation-percent/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.rules.properties["offboarding-drift"].properties["max-deviation-percent"].type,parentSchema:schema31.properties.rules.properties["offboarding-drift"].properties["max-deviation-percent"],data:data71};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}if((typeof data71 == "number") && (isFinite(data71))){if(data71 > 100 || isNaN(data71)){const err116 = {instancePath:instancePath+"/rules/offboarding-drift/max-deviation-percent",schemaPath:"#/properties/rules/properties/offboarding-drift/properties/max-deviation-percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.rules.properties["offboarding-drift"].properties["max-deviation-percent"],data:data71};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}if(data71 < 1 || isNaN(data71)){const err117 = {instancePath:instancePath+"/rules/offboarding-drift/max-deviation-percent",schemaPath:"#/properties/rules/properties/offboarding-drift/properties/max-deviation-percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.rules.properties["offboarding-drift"].properties["max-deviation-percent"],data:data71};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}}}else {const err118 = {instancePath:instancePath+"/rules/offboarding-drift",schemaPath:"#/properties/rules/properties/offboarding-drift/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["offboarding-drift"].type,parentSchema:schema31.properties.rules.properties["offboarding-drift"],data:data66};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}if(data1["retained-enterprise-membership"] !== undefined){let data72 = data1["retained-enterprise-membership"];if(data72 && typeof data72 == "object" && !Array.isArray(data72)){for(const key21 in data72){if(!((key21 === "enabled") || (key21 === "severity"))){const err119 = {instancePath:instancePath+"/rules/retained-enterprise-membership",schemaPath:"#/properties/rules/properties/retained-enterprise-membership/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["retained-enterprise-membership"],data:data72};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}if(data72.enabled !== undefined){let data73 = data72.enabled;if(typeof data73 !== "boolean"){const err120 = {instancePath:instancePath+"/rules/retained-enterprise-membership/enabled",schemaPath:"#/properties/rules/properties/retained-enterprise-membership/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["retained-enterprise-membership"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["retained-enterprise-membership"].properties.enabled,data:data73};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}if(data72.severity !== undefined){let data74 = data72.severity;if(!(((((data74 === "critical") || (data74 === "high")) || (data74 === "medium")) || (data74 === "low")) || (data74 === "info"))){const err121 = {instancePath:instancePath+"/rules/retained-enterprise-membership/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data74};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}}else {const err122 = {instancePath:instancePath+"/rules/retained-enterprise-membership",schemaPath:"#/properties/rules/properties/retained-enterprise-membership/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["retained-enterprise-membership"].type,parentSchema:schema31.properties.rules.properties["retained-enterprise-membership"],data:data72};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}if(data1["retained-copilot-seat"] !== undefined){let data75 = data1["retained-copilot-seat"];if(data75 && typeof data75 == "object" && !Array.isArray(data75)){for(const key22 in data75){if(!((key22 === "enabled") || (key22 === "severity"))){const err123 = {instancePath:instancePath+"/rules/retained-copilot-seat",schemaPath:"#/properties/rules/properties/retained-copilot-seat/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["retained-copilot-seat"],data:data75};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}if(data75.enabled !== undefined){let data76 = data75.enabled;if(typeof data76 !== "boolean"){const err124 = {instancePath:instancePath+"/rules/retained-copilot-seat/enabled",schemaPath:"#/properties/rules/properties/retained-copilot-seat/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["retained-copilot-seat"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["retained-copilot-seat"].properties.enabled,data:data76};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}if(data75.severity !== undefined){let data77 = data75.severity;if(!(((((data77 === "critical") || (data77 === "high")) || (data77 === "medium")) || (data77 === "low")) || (data77 === "info"))){const err125 = {instancePath:instancePath+"/rules/retained-copilot-seat/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data77};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}}}else {const err126 = {instancePath:instancePath+"/rules/retained-copilot-seat",schemaPath:"#/properties/rules/properties/retained-copilot-seat/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["retained-copilot-seat"].type,parentSchema:schema31.properties.rules.properties["retained-copilot-seat"],data:data75};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}if(data1["idle-copilot-seat"] !== undefined){let data78 = data1["idle-copilot-seat"];if(data78 && typeof data78 == "object" && !Array.isArray(data78)){for(const key23 in data78){if(!(((key23 === "enabled") || (key23 === "severity")) || (key23 === "idle-days"))){const err127 = {instancePath:instancePath+"/rules/idle-copilot-seat",schemaPath:"#/properties/rules/properties/idle-copilot-seat/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["idle-copilot-seat"],data:data78};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}if(data78.enabled !== undefined){let data79 = data78.enabled;if(typeof data79 !== "boolean"){const err128 = {instancePath:instancePath+"/rules/idle-copilot-seat/enabled",schemaPath:"#/properties/rules/properties/idle-copilot-seat/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["idle-copilot-seat"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["idle-copilot-seat"].properties.enabled,data:data79};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}if(data78.severity !== undefined){let data80 = data78.severity;if(!(((((data80 === "critical") || (data80 === "high")) || (data80 === "medium")) || (data80 === "low")) || (data80 === "info"))){const err129 = {instancePath:instancePath+"/rules/idle-copilot-seat/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data80};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(data78["idle-days"] !== undefined){let data81 = data78["idle-days"];if(!(((typeof data81 == "number") && (!(data81 % 1) && !isNaN(data81))) && (isFinite(data81)))){const err130 = {instancePath:instancePath+"/rules/idle-copilot-seat/idle-days",schemaPath:"#/properties/rules/properties/idle-copilot-seat/properties/idle-days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.rules.properties["idle-copilot-seat"].properties["idle-days"].type,parentSchema:schema31.properties.rules.properties["idle-copilot-seat"].properties["idle-days"],data:data81};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}if((typeof data81 == "number") && (isFinite(data81))){if(data81 > 3650 || isNaN(data81)){const err131 = {instancePath:instancePath+"/rules/idle-copilot-seat/idle-days",schemaPath:"#/properties/rules/properties/idle-copilot-seat/properties/idle-days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.rules.properties["idle-copilot-seat"].properties["idle-days"],data:data81};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}if(data81 < 1 || isNaN(data81)){const err132 = {instancePath:instancePath+"/rules/idle-copilot-seat/idle-days",schemaPath:"#/properties/rules/properties/idle-copilot-seat/properties/idle-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.rules.properties["idle-copilot-seat"].properties["idle-days"],data:data81};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}}}else {const err133 = {instancePath:instancePath+"/rules/idle-copilot-seat",schemaPath:"#/properties/rules/properties/idle-copilot-seat/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["idle-copilot-seat"].type,parentSchema:schema31.properties.rules.properties["idle-copilot-seat"],data:data78};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}if(data1["deprovisioned-identity-access"] !== undefined){let data82 = data1["deprovisioned-identity-access"];if(data82 && typeof data82 == "object" && !Array.isArray(data82)){for(const key24 in data82){if(!((key24 === "enabled") || (key24 === "severity"))){const err134 = {instancePath:instancePath+"/rules/deprovisioned-identity-access",schemaPath:"#/properties/rules/properties/deprovisioned-identity-access/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["deprovisioned-identity-access"],data:data82};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}if(data82.enabled !== undefined){let data83 = data82.enabled;if(typeof data83 !== "boolean"){const err135 = {instancePath:instancePath+"/rules/deprovisioned-identity-access/enabled",schemaPath:"#/properties/rules/properties/deprovisioned-identity-access/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["deprovisioned-identity-access"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["deprovisioned-identity-access"].properties.enabled,data:data83};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}if(data82.severity !== undefined){let data84 = data82.severity;if(!(((((data84 === "critical") || (data84 === "high")) || (data84 === "medium")) || (data84 === "low")) || (data84 === "info"))){const err136 = {instancePath:instancePath+"/rules/deprovisioned-identity-access/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data84};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}}else {const err137 = {instancePath:instancePath+"/rules/deprovisioned-identity-access",schemaPath:"#/properties/rules/properties/deprovisioned-identity-access/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["deprovisioned-identity-access"].type,parentSchema:schema31.properties.rules.properties["deprovisioned-identity-access"],data:data82};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}if(data1["audit-coverage-gap"] !== undefined){let data85 = data1["audit-coverage-gap"];if(data85 && typeof data85 == "object" && !Array.isArray(data85)){for(const key25 in data85){if(!((key25 === "enabled") || (key25 === "severity"))){const err138 = {instancePath:instancePath+"/rules/audit-coverage-gap",schemaPath:"#/properties/rules/properties/audit-coverage-gap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["audit-coverage-gap"],data:data85};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}}if(data85.enabled !== undefined){let data86 = data85.enabled;if(typeof data86 !== "boolean"){const err139 = {instancePath:instancePath+"/rules/audit-coverage-gap/enabled",schemaPath:"#/properties/rules/properties/audit-coverage-gap/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["audit-coverage-gap"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["audit-coverage-gap"].properties.enabled,data:data86};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}if(data85.severity !== undefined){let data87 = data85.severity;if(!(((((data87 === "critical") || (data87 === "high")) || (data87 === "medium")) || (data87 === "low")) || (data87 === "info"))){const err140 = {instancePath:instancePath+"/rules/audit-coverage-gap/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data87};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}}else {const err141 = {instancePath:instancePath+"/rules/audit-coverage-gap",schemaPath:"#/properties/rules/properties/audit-coverage-gap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["audit-coverage-gap"].type,parentSchema:schema31.properties.rules.properties["audit-coverage-gap"],data:data85};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}}if(data1["policy-invalid"] !== undefined){let data88 = data1["policy-invalid"];if(data88 && typeof data88 == "object" && !Array.isArray(data88)){for(const key26 in data88){if(!((((key26 === "enabled") || (key26 === "severity")) || (key26 === "exemption-max-days")) || (key26 === "exemption-warn-days"))){const err142 = {instancePath:instancePath+"/rules/policy-invalid",schemaPath:"#/properties/rules/properties/policy-invalid/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules.properties["policy-invalid"],data:data88};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}}if(data88.enabled !== undefined){let data89 = data88.enabled;if(typeof data89 !== "boolean"){const err143 = {instancePath:instancePath+"/rules/policy-invalid/enabled",schemaPath:"#/properties/rules/properties/policy-invalid/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.rules.properties["policy-invalid"].properties.enabled.type,parentSchema:schema31.properties.rules.properties["policy-invalid"].properties.enabled,data:data89};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}if(data88.severity !== undefined){let data90 = data88.severity;if(!(((((data90 === "critical") || (data90 === "high")) || (data90 === "medium")) || (data90 === "low")) || (data90 === "info"))){const err144 = {instancePath:instancePath+"/rules/policy-invalid/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data90};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}if(data88["exemption-max-days"] !== undefined){let data91 = data88["exemption-max-days"];if(!(((typeof data91 == "number") && (!(data91 % 1) && !isNaN(data91))) && (isFinite(data91)))){const err145 = {instancePath:instancePath+"/rules/policy-invalid/exemption-max-days",schemaPath:"#/properties/rules/properties/policy-invalid/properties/exemption-max-days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.rules.properties["policy-invalid"].properties["exemption-max-days"].type,parentSchema:schema31.properties.rules.properties["policy-invalid"].properties["exemption-max-days"],data:data91};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}if((typeof data91 == "number") && (isFinite(data91))){if(data91 > 3650 || isNaN(data91)){const err146 = {instancePath:instancePath+"/rules/policy-invalid/exemption-max-days",schemaPath:"#/properties/rules/properties/policy-invalid/properties/exemption-max-days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.rules.properties["policy-invalid"].properties["exemption-max-days"],data:data91};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}if(data91 < 1 || isNaN(data91)){const err147 = {instancePath:instancePath+"/rules/policy-invalid/exemption-max-days",schemaPath:"#/properties/rules/properties/policy-invalid/properties/exemption-max-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.rules.properties["policy-invalid"].properties["exemption-max-days"],data:data91};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}}if(data88["exemption-warn-days"] !== undefined){let data92 = data88["exemption-warn-days"];if(!(((typeof data92 == "number") && (!(data92 % 1) && !isNaN(data92))) && (isFinite(data92)))){const err148 = {instancePath:instancePath+"/rules/policy-invalid/exemption-warn-days",schemaPath:"#/properties/rules/properties/policy-invalid/properties/exemption-warn-days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.rules.properties["policy-invalid"].properties["exemption-warn-days"].type,parentSchema:schema31.properties.rules.properties["policy-invalid"].properties["exemption-warn-days"],data:data92};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}if((typeof data92 == "number") && (isFinite(data92))){if(data92 > 365 || isNaN(data92)){const err149 = {instancePath:instancePath+"/rules/policy-invalid/exemption-warn-days",schemaPath:"#/properties/rules/properties/policy-invalid/properties/exemption-warn-days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},message:"must be <= 365",schema:365,parentSchema:schema31.properties.rules.properties["policy-invalid"].properties["exemption-warn-days"],data:data92};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}if(data92 < 0 || isNaN(data92)){const err150 = {instancePath:instancePath+"/rules/policy-invalid/exemption-warn-days",schemaPath:"#/properties/rules/properties/policy-invalid/properties/exemption-warn-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.rules.properties["policy-invalid"].properties["exemption-warn-days"],data:data92};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}}}else {const err151 = {instancePath:instancePath+"/rules/policy-invalid",schemaPath:"#/properties/rules/properties/policy-invalid/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.properties["policy-invalid"].type,parentSchema:schema31.properties.rules.properties["policy-invalid"],data:data88};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}}}else {const err152 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.type,parentSchema:schema31.properties.rules,data:data1};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}}if(data.exemptions !== undefined){let data93 = data.exemptions;if(Array.isArray(data93)){const len0 = data93.length;for(let i0=0; i0<len0; i0++){if(!(validate21(data93[i0], {instancePath:instancePath+"/exemptions/" + i0,parentData:data93,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}}else {const err153 = {instancePath:instancePath+"/exemptions",schemaPath:"#/properties/exemptions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.exemptions.type,parentSchema:schema31.properties.exemptions,data:data93};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}}if(data["service-accounts"] !== undefined){let data95 = data["service-accounts"];if(Array.isArray(data95)){if(data95.length > 500){const err154 = {instancePath:instancePath+"/service-accounts",schemaPath:"#/properties/service-accounts/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema31.properties["service-accounts"],data:data95};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}if(data95.length < 1){const err155 = {instancePath:instancePath+"/service-accounts",schemaPath:"#/properties/service-accounts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties["service-accounts"],data:data95};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}const len1 = data95.length;for(let i1=0; i1<len1; i1++){let data96 = data95[i1];if(typeof data96 === "string"){if(func2(data96) > 256){const err156 = {instancePath:instancePath+"/service-accounts/" + i1,schemaPath:"#/properties/service-accounts/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema31.properties["service-accounts"].items,data:data96};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}if(func2(data96) < 1){const err157 = {instancePath:instancePath+"/service-accounts/" + i1,schemaPath:"#/properties/service-accounts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties["service-accounts"].items,data:data96};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}}else {const err158 = {instancePath:instancePath+"/service-accounts/" + i1,schemaPath:"#/properties/service-accounts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties["service-accounts"].items.type,parentSchema:schema31.properties["service-accounts"].items,data:data96};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}}}else {const err159 = {instancePath:instancePath+"/service-accounts",schemaPath:"#/properties/service-accounts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties["service-accounts"].type,parentSchema:schema31.properties["service-accounts"],data:data95};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}}if(data["approved-changers"] !== undefined){let data97 = data["approved-changers"];if(data97 && typeof data97 == "object" && !Array.isArray(data97)){for(const key27 in data97){if(!((key27 === "actors") || (key27 === "workflows"))){const err160 = {instancePath:instancePath+"/approved-changers",schemaPath:"#/properties/approved-changers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties["approved-changers"],data:data97};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}}if(data97.actors !== undefined){let data98 = data97.actors;if(Array.isArray(data98)){if(data98.length > 500){const err161 = {instancePath:instancePath+"/approved-changers/actors",schemaPath:"#/properties/approved-changers/properties/actors/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema31.properties["approved-changers"].properties.actors,data:data98};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}if(data98.length < 1){const err162 = {instancePath:instancePath+"/approved-changers/actors",schemaPath:"#/properties/approved-changers/properties/actors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties["approved-changers"].properties.actors,data:data98};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}const len2 = data98.length;for(let i2=0; i2<len2; i2++){let data99 = data98[i2];if(typeof data99 === "string"){if(func2(data99) > 256){const err163 = {instancePath:instancePath+"/approved-changers/actors/" + i2,schemaPath:"#/properties/approved-changers/properties/actors/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema31.properties["approved-changers"].properties.actors.items,data:data99};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}if(func2(data99) < 1){const err164 = {instancePath:instancePath+"/approved-changers/actors/" + i2,schemaPath:"#/properties/approved-changers/properties/actors/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties["approved-changers"].properties.actors.items,data:data99};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}else {const err165 = {instancePath:instancePath+"/approved-changers/actors/" + i2,schemaPath:"#/properties/approved-changers/properties/actors/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties["approved-changers"].properties.actors.items.type,parentSchema:schema31.properties["approved-changers"].properties.actors.items,data:data99};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}}}else {const err166 = {instancePath:instancePath+"/approved-changers/actors",schemaPath:"#/properties/approved-changers/properties/actors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties["approved-changers"].properties.actors.type,parentSchema:schema31.properties["approved-changers"].properties.actors,data:data98};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}if(data97.workflows !== undefined){let data100 = data97.workflows;if(Array.isArray(data100)){if(data100.length > 500){const err167 = {instancePath:instancePath+"/approved-changers/workflows",schemaPath:"#/properties/approved-changers/properties/workflows/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema31.properties["approved-changers"].properties.workflows,data:data100};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}if(data100.length < 1){const err168 = {instancePath:instancePath+"/approved-changers/workflows",schemaPath:"#/properties/approved-changers/properties/workflows/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties["approved-changers"].properties.workflows,data:data100};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}const len3 = data100.length;for(let i3=0; i3<len3; i3++){let data101 = data100[i3];if(typeof data101 === "string"){if(func2(data101) > 256){const err169 = {instancePath:instancePath+"/approved-changers/workflows/" + i3,schemaPath:"#/properties/approved-changers/properties/workflows/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema31.properties["approved-changers"].properties.workflows.items,data:data101};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}if(func2(data101) < 1){const err170 = {instancePath:instancePath+"/approved-changers/workflows/" + i3,schemaPath:"#/properties/approved-changers/properties/workflows/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties["approved-changers"].properties.workflows.items,data:data101};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}else {const err171 = {instancePath:instancePath+"/approved-changers/workflows/" + i3,schemaPath:"#/properties/approved-changers/properties/workflows/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties["approved-changers"].properties.workflows.items.type,parentSchema:schema31.properties["approved-changers"].properties.workflows.items,data:data101};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}}}else {const err172 = {instancePath:instancePath+"/approved-changers/workflows",schemaPath:"#/properties/approved-changers/properties/workflows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties["approved-changers"].properties.workflows.type,parentSchema:schema31.properties["approved-changers"].properties.workflows,data:data100};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}}}else {const err173 = {instancePath:instancePath+"/approved-changers",schemaPath:"#/properties/approved-changers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties["approved-changers"].type,parentSchema:schema31.properties["approved-changers"],data:data97};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}}if(data.offboarding !== undefined){let data102 = data.offboarding;if(data102 && typeof data102 == "object" && !Array.isArray(data102)){for(const key28 in data102){if(!((((key28 === "remediate") || (key28 === "remediate-privileged")) || (key28 === "max-revocations")) || (key28 === "journey"))){const err174 = {instancePath:instancePath+"/offboarding",schemaPath:"#/properties/offboarding/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.offboarding,data:data102};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}}if(data102.remediate !== undefined){let data103 = data102.remediate;if(typeof data103 !== "boolean"){const err175 = {instancePath:instancePath+"/offboarding/remediate",schemaPath:"#/properties/offboarding/properties/remediate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.offboarding.properties.remediate.type,parentSchema:schema31.properties.offboarding.properties.remediate,data:data103};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}}if(data102["remediate-privileged"] !== undefined){let data104 = data102["remediate-privileged"];if(Array.isArray(data104)){if(data104.length < 1){const err176 = {instancePath:instancePath+"/offboarding/remediate-privileged",schemaPath:"#/properties/offboarding/properties/remediate-privileged/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.offboarding.properties["remediate-privileged"],data:data104};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}const len4 = data104.length;for(let i4=0; i4<len4; i4++){let data105 = data104[i4];if(typeof data105 === "string"){if(func2(data105) < 1){const err177 = {instancePath:instancePath+"/offboarding/remediate-privileged/" + i4,schemaPath:"#/properties/offboarding/properties/remediate-privileged/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.offboarding.properties["remediate-privileged"].items,data:data105};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}}else {const err178 = {instancePath:instancePath+"/offboarding/remediate-privileged/" + i4,schemaPath:"#/properties/offboarding/properties/remediate-privileged/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.offboarding.properties["remediate-privileged"].items.type,parentSchema:schema31.properties.offboarding.properties["remediate-privileged"].items,data:data105};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}}}else {const err179 = {instancePath:instancePath+"/offboarding/remediate-privileged",schemaPath:"#/properties/offboarding/properties/remediate-privileged/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.offboarding.properties["remediate-privileged"].type,parentSchema:schema31.properties.offboarding.properties["remediate-privileged"],data:data104};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}}if(data102["max-revocations"] !== undefined){let data106 = data102["max-revocations"];if(!(((typeof data106 == "number") && (!(data106 % 1) && !isNaN(data106))) && (isFinite(data106)))){const err180 = {instancePath:instancePath+"/offboarding/max-revocations",schemaPath:"#/properties/offboarding/properties/max-revocations/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.offboarding.properties["max-revocations"].type,parentSchema:schema31.properties.offboarding.properties["max-revocations"],data:data106};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}if((typeof data106 == "number") && (isFinite(data106))){if(data106 > 1000 || isNaN(data106)){const err181 = {instancePath:instancePath+"/offboarding/max-revocations",schemaPath:"#/properties/offboarding/properties/max-revocations/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema31.properties.offboarding.properties["max-revocations"],data:data106};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}if(data106 < 1 || isNaN(data106)){const err182 = {instancePath:instancePath+"/offboarding/max-revocations",schemaPath:"#/properties/offboarding/properties/max-revocations/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.offboarding.properties["max-revocations"],data:data106};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}}}if(data102.journey !== undefined){let data107 = data102.journey;if(Array.isArray(data107)){if(data107.length < 1){const err183 = {instancePath:instancePath+"/offboarding/journey",schemaPath:"#/properties/offboarding/properties/journey/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.offboarding.properties.journey,data:data107};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}const len5 = data107.length;for(let i5=0; i5<len5; i5++){let data108 = data107[i5];if(data108 && typeof data108 == "object" && !Array.isArray(data108)){if(data108.id === undefined){const err184 = {instancePath:instancePath+"/offboarding/journey/" + i5,schemaPath:"#/$defs/journeyStep/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema60.required,parentSchema:schema60,data:data108};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}if(data108.title === undefined){const err185 = {instancePath:instancePath+"/offboarding/journey/" + i5,schemaPath:"#/$defs/journeyStep/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema60.required,parentSchema:schema60,data:data108};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}if(data108.check === undefined){const err186 = {instancePath:instancePath+"/offboarding/journey/" + i5,schemaPath:"#/$defs/journeyStep/required",keyword:"required",params:{missingProperty: "check"},message:"must have required property '"+"check"+"'",schema:schema60.required,parentSchema:schema60,data:data108};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}for(const key29 in data108){if(!((((key29 === "id") || (key29 === "title")) || (key29 === "check")) || (key29 === "deadline-hours"))){const err187 = {instancePath:instancePath+"/offboarding/journey/" + i5,schemaPath:"#/$defs/journeyStep/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data:data108};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}if(data108.id !== undefined){let data109 = data108.id;if(typeof data109 === "string"){if(!pattern4.test(data109)){const err188 = {instancePath:instancePath+"/offboarding/journey/" + i5+"/id",schemaPath:"#/$defs/journeyStep/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema60.properties.id,data:data109};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}}else {const err189 = {instancePath:instancePath+"/offboarding/journey/" + i5+"/id",schemaPath:"#/$defs/journeyStep/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.id.type,parentSchema:schema60.properties.id,data:data109};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}}if(data108.title !== undefined){let data110 = data108.title;if(typeof data110 === "string"){if(func2(data110) < 1){const err190 = {instancePath:instancePath+"/offboarding/journey/" + i5+"/title",schemaPath:"#/$defs/journeyStep/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema60.properties.title,data:data110};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}}else {const err191 = {instancePath:instancePath+"/offboarding/journey/" + i5+"/title",schemaPath:"#/$defs/journeyStep/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.title.type,parentSchema:schema60.properties.title,data:data110};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}}if(data108.check !== undefined){let data111 = data108.check;if(!((((((((data111 === "org-membership") || (data111 === "repo-access")) || (data111 === "team-membership")) || (data111 === "invitations")) || (data111 === "tokens")) || (data111 === "deploy-keys")) || (data111 === "secrets-rotated")) || (data111 === "manual"))){const err192 = {instancePath:instancePath+"/offboarding/journey/" + i5+"/check",schemaPath:"#/$defs/journeyStep/properties/check/enum",keyword:"enum",params:{allowedValues: schema60.properties.check.enum},message:"must be equal to one of the allowed values",schema:schema60.properties.check.enum,parentSchema:schema60.properties.check,data:data111};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;}}if(data108["deadline-hours"] !== undefined){let data112 = data108["deadline-hours"];if(!(((typeof data112 == "number") && (!(data112 % 1) && !isNaN(data112))) && (isFinite(data112)))){const err193 = {instancePath:instancePath+"/offboarding/journey/" + i5+"/deadline-hours",schemaPath:"#/$defs/journeyStep/properties/deadline-hours/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema60.properties["deadline-hours"].type,parentSchema:schema60.properties["deadline-hours"],data:data112};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}if((typeof data112 == "number") && (isFinite(data112))){if(data112 > 8760 || isNaN(data112)){const err194 = {instancePath:instancePath+"/offboarding/journey/" + i5+"/deadline-hours",schemaPath:"#/$defs/journeyStep/properties/deadline-hours/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8760},message:"must be <= 8760",schema:8760,parentSchema:schema60.properties["deadline-hours"],data:data112};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}if(data112 < 1 || isNaN(data112)){const err195 = {instancePath:instancePath+"/offboarding/journey/" + i5+"/deadline-hours",schemaPath:"#/$defs/journeyStep/properties/deadline-hours/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema60.properties["deadline-hours"],data:data112};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}}}}else {const err196 = {instancePath:instancePath+"/offboarding/journey/" + i5,schemaPath:"#/$defs/journeyStep/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data:data108};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}}}else {const err197 = {instancePath:instancePath+"/offboarding/journey",schemaPath:"#/properties/offboarding/properties/journey/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.offboarding.properties.journey.type,parentSchema:schema31.properties.offboarding.properties.journey,data:data107};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}}}else {const err198 = {instancePath:instancePath+"/offboarding",schemaPath:"#/properties/offboarding/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.offboarding.type,parentSchema:schema31.properties.offboarding,data:data102};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}}if(data.routing !== undefined){let data113 = data.routing;if(Array.isArray(data113)){const len6 = data113.length;for(let i6=0; i6<len6; i6++){if(!(validate25(data113[i6], {instancePath:instancePath+"/routing/" + i6,parentData:data113,parentDataProperty:i6,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);errors = vErrors.length;}}}else {const err199 = {instancePath:instancePath+"/routing",schemaPath:"#/properties/routing/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.routing.type,parentSchema:schema31.properties.routing,data:data113};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}}}else {const err200 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate20;
}

function fullFormats(module) {
    const candidate = module;
    return (candidate.fullFormats ?? candidate.default?.fullFormats);
}
function ucs2length(module) {
    let candidate = module;
    while (typeof candidate !== 'function')
        candidate = candidate.default;
    return candidate;
}
let validate;
/** Schema errors of one parsed document (empty when it is valid). */
function validatePolicyDocument(document) {
    validate ??= createPolicyValidator({ formats: fullFormats(formatsModule), ucs2length: ucs2length(ucs2lengthModule) });
    return validate(document) ? [] : [...(validate.errors ?? [])];
}

function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/**
 * Loads policy files given as text (for example a base branch's files fetched through the API).
 * Files are merged in order of their file name, then path — the same order as `loadPolicy`.
 */
function loadPolicyFromTexts(texts) {
    const ordered = [...texts].sort((a, b) => byName$1(baseName(a.path), baseName(b.path)) || byName$1(a.path, b.path));
    const errors = [];
    const files = [];
    for (const { path, text } of ordered) {
        const bytes = Buffer.byteLength(text, 'utf8');
        if (bytes > MAX_POLICY_FILE_BYTES) {
            errors.push(fileError(path, `policy file \`${path}\` is ${bytes} bytes, over the ${MAX_POLICY_FILE_BYTES}-byte limit`, 'Split the policy into several files.'));
            continue;
        }
        const parsed = parsePolicyText(path, text);
        if (parsed.errors.length > 0) {
            errors.push(...parsed.errors);
            continue;
        }
        const schemaErrors = schemaErrorsToPolicyErrors(parsed, validatePolicyDocument(parsed.data));
        if (schemaErrors.length > 0) {
            errors.push(...schemaErrors);
            continue;
        }
        files.push(readFilePolicy(parsed, parsed.data));
    }
    const { merged, errors: mergeErrors } = mergeFilePolicies(files);
    errors.push(...mergeErrors);
    return { policy: resolvePolicy(merged), errors: boundErrorsPerFile(errors), warnings: [] };
}
/** Loads every *.yml / *.yaml file directly under `policyPath` (relative to `workspace`). */
async function loadPolicy(options) {
    const read = await readPolicyFiles(options);
    const loaded = loadPolicyFromTexts(read.files);
    return {
        policy: loaded.policy,
        errors: [...read.errors, ...loaded.errors],
        warnings: [...read.warnings, ...loaded.warnings],
    };
}

/**
 * A finding's identity across runs. It hashes only what names the access (rule, resource,
 * subject and an optional discriminator), never the message, the severity or the order in
 * which things were collected, so re-wording a message or re-grading a rule keeps the issue.
 */
function fingerprint(rule, resource, subject, key = '') {
    return createHash('sha256')
        .update([rule, resource, subject ?? '', key].join('\u0000'))
        .digest('hex')
        .slice(0, 32);
}

function buildReport(input) {
    const gaps = [...(input.gaps ?? [])].sort((a, b) => a.resource.localeCompare(b.resource) || a.reason.localeCompare(b.reason));
    const failures = [...(input.failures ?? [])].sort((a, b) => a.subject.localeCompare(b.subject));
    const report = {
        schemaVersion: 1,
        organization: input.organization,
        mode: input.mode,
        generatedAt: input.generatedAt,
        findings: [...input.findings].sort(compareFindings),
        // "Complete" only when nothing was unreadable: a gap is never silently "clean", and a
        // subject that could not be checked is not covered either.
        coverage: {
            complete: gaps.length === 0 && failures.length === 0,
            gaps,
            ...(input.scope ? { scope: input.scope } : {}),
        },
        stats: {
            restRequests: input.stats?.restRequests ?? 0,
            graphqlRequests: input.stats?.graphqlRequests ?? 0,
            graphqlCost: input.stats?.graphqlCost ?? 0,
            durationMs: input.stats?.durationMs ?? 0,
        },
        history: {
            insufficient: [...(input.insufficient ?? [])].sort((a, b) => a.rule.localeCompare(b.rule)),
            ...(input.state ? { state: input.state } : {}),
        },
        failures,
        expiringExemptions: [...(input.expiringExemptions ?? [])].sort((a, b) => a.expires.localeCompare(b.expires)),
        exempted: [...(input.exempted ?? [])].sort(compareFindings),
        changes: input.changes ?? null,
        offboarding: input.offboarding ?? [],
        policy: input.policy ?? { sources: [], errors: [] },
        dryRun: input.dryRun ?? false,
    };
    if (input.freshness)
        report.coverage.freshness = input.freshness;
    if (input.plans)
        report.plans = input.plans;
    if (input.policyDiff !== undefined)
        report.policyDiff = input.policyDiff;
    if (input.anomaly !== undefined)
        report.anomaly = input.anomaly;
    if (input.organizations !== undefined)
        report.organizations = input.organizations;
    return report;
}
const REPORT_FILE = 'offboarding-sentinel-report.json';
/** Writes `offboarding-sentinel-report.json` into `dir` (created if needed) and returns its path. */
async function writeJsonReport(report, dir) {
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, REPORT_FILE);
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
    return file;
}
/**
 * failure when any finding is at least `failOn`; neutral when findings exist below it (or
 * `failOn` is `none`); success when there are none.
 */
function conclusionFor(findings, failOn) {
    if (findings.length === 0)
        return 'success';
    if (failOn !== 'none' && findings.some((f) => severityRank(f.severity) >= severityRank(failOn))) {
        return 'failure';
    }
    return 'neutral';
}
/**
 * The run's conclusion: `conclusionFor` over the findings, but a subject that failed is a
 * failure, and incomplete coverage is at best `neutral` — a run that did not read everything
 * never says `success`.
 */
function reportConclusion(report, failOn) {
    if (report.failures.length > 0)
        return 'failure';
    const byFindings = conclusionFor(report.findings, failOn);
    if (byFindings === 'success' && !report.coverage.complete)
        return 'neutral';
    return byFindings;
}
function countBySeverity(findings) {
    const counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
    for (const finding of findings)
        counts[finding.severity] += 1;
    return counts;
}
/** Rules with their finding counts, most findings first. */
function countByRule(findings) {
    const counts = new Map();
    for (const finding of findings)
        counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

// One way to build a finding and one way to declare a rule, so every rule agrees on
// severity, fingerprint and the `enabled` switch.
function makeFinding(policy, rule, parts) {
    return {
        rule,
        severity: settingsOf(policy, rule).severity,
        subject: parts.subject,
        resource: parts.resource,
        fingerprint: fingerprint(rule, parts.resource, parts.subject, parts.key ?? ''),
        message: parts.message,
        evidence: parts.evidence,
    };
}
/** The policy's settings for a rule, falling back to the catalogue when a policy omits it. */
function settingsOf(policy, rule) {
    const settings = policy.rules[rule];
    const spec = ruleSpec(rule);
    const defaults = Object.fromEntries(spec.thresholds.map((t) => [t.key, t.default]));
    if (!settings)
        return { enabled: true, severity: spec.defaultSeverity, thresholds: defaults };
    return { ...settings, thresholds: { ...defaults, ...settings.thresholds } };
}
/** A threshold of a rule: the policy's value, else the catalogue default. */
function threshold(policy, rule, key) {
    const value = settingsOf(policy, rule).thresholds[key];
    if (typeof value !== 'number')
        throw new Error(`rule ${rule} has no threshold ${key}`);
    return value;
}
/** Declare a rule; a rule switched off in the policy returns nothing. */
function defineRule(name, evaluate) {
    return {
        name,
        evaluate: (context) => (settingsOf(context.policy, name).enabled ? evaluate(context) : []),
    };
}

function policyInvalidFindings(policy, errors) {
    return errors.map((error) => ({
        ...makeFinding(policy, 'policy-invalid', {
            subject: null,
            resource: `policy:${error.path}`,
            message: `${error.path}:${error.line}:${error.column}: ${error.message} — ${error.fix}`,
            evidence: { path: error.path, line: error.line, column: error.column, fix: error.fix },
            // Position and message identify the error; a fixed error gets a new fingerprint only if it moves.
            key: `${error.line}:${error.column}:${error.message}`,
        }),
        location: locationOf(error),
    }));
}

export { countBySeverity as A, countByRule as B, reportConclusion as C, DAY_MS as D, EXIT_CODES_HELP as E, locationOf as F, fixedClock as G, ruleSpec as H, RULE_NAMES as I, isPrimary as J, KINDS_OF_STEP as K, distExports as L, MODES as M, REPO_PERMISSIONS as N, emptySnapshot as O, requireUcs2length as P, requireFormats as Q, RULES as R, SEVERITIES as S, HOUR_MS as T, loadPolicyFromTexts as U, VERSION as V, REPORT_FILE as W, outputDirectory as X, runUrlOf as Y, EXIT as a, buildReport as b, clockFrom as c, policyError as d, formatsModule as e, fingerprint as f, getDefaultExportFromCjs as g, defineRule as h, isAfter as i, isoDay as j, daysBetween as k, loadPolicy as l, makeFinding as m, permissionAtLeast as n, stepDueAt as o, policyInvalidFindings as p, isOlderThan as q, reportedPolicyError as r, settingsOf as s, threshold as t, unusedFor as u, wholeDays as v, writeJsonReport as w, severityRank as x, compareFindings as y, commonjsGlobal as z };
