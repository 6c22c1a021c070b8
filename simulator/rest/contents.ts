// The contents API and git refs, enough for the action's state branch: files per branch with
// blob shas, `sha` required to update and 409 on a stale one, branch creation through refs.

import { createHash } from 'node:crypto';
import type { SimBranch, SimOrg } from '../state.js';
import type { RestHandler, RestRequest } from './context.js';
import { HttpError, notFound, requireBody, tick, validationFailed } from './context.js';
import { writableRepo } from './issues.js';

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Git's blob id: sha1 of `blob <size>\0<content>`. */
function blobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

function defaultBranchName(org: SimOrg, repo: string): string {
  return org.repos.find((r) => r.name === repo)?.default_branch ?? 'main';
}

/** The repository's branches; the default branch exists from the start with an initial commit. */
function branchesOf(org: SimOrg, repo: string): SimBranch[] {
  const name = defaultBranchName(org, repo);
  if (!org.branches.some((b) => b.repo === repo && b.name === name)) {
    org.branches.push({ repo, name, sha: sha1(`${org.login}/${repo}:initial`), files: {} });
  }
  return org.branches.filter((b) => b.repo === repo);
}

function findBranch(org: SimOrg, repo: string, name: string | null): SimBranch | undefined {
  const wanted = (name ?? defaultBranchName(org, repo)).replace(/^refs\//, '').replace(/^heads\//, '');
  return branchesOf(org, repo).find((b) => b.name === wanted || b.sha === wanted);
}

function contentLinks(req: RestRequest, repo: string, rawPath: string, rawBranch: string, sha: string) {
  // Paths and branch names may hold spaces and other characters that URLs must encode.
  const path = rawPath.split('/').map(encodeURIComponent).join('/');
  const branch = encodeURIComponent(rawBranch);
  const api = `${req.baseUrl}/repos/${req.org.login}/${repo}`;
  const html = `https://github.com/${req.org.login}/${repo}/blob/${branch}/${path}`;
  const git = `${api}/git/blobs/${sha}`;
  const self = `${api}/contents/${path}?ref=${branch}`;
  return {
    url: self,
    html_url: html,
    git_url: git,
    download_url: `https://raw.githubusercontent.com/${req.org.login}/${repo}/${branch}/${path}`,
    _links: { self, git, html },
  };
}

/** The JSON form carries content only up to 1 MB [docs: rest/repos/contents]. */
const MAX_INLINE_BYTES = 1024 * 1024;

/** `application/vnd.github.raw+json` (or the older `application/vnd.github.v3.raw`). */
function wantsRaw(req: RestRequest): boolean {
  return /application\/vnd\.github(\.v3)?\.raw/.test(req.accept);
}

const getContent: RestHandler = (req) => {
  const repo = writableRepo(req);
  const branch = findBranch(req.org, repo, req.query.get('ref'));
  if (!branch) throw new HttpError(404, `No commit found for the ref ${req.query.get('ref')}`);
  const file = branch.files[req.params.path];
  if (!file) {
    // A folder: GitHub answers with its entries (files directly inside, and sub-folders).
    const prefix = `${req.params.path.replace(/\/+$/, '')}/`;
    const inside = Object.values(branch.files).filter((entry) => entry.path.startsWith(prefix));
    if (inside.length === 0) throw notFound();
    const entries = new Map<string, { type: 'file' | 'dir'; path: string; sha: string; size: number }>();
    for (const entry of inside) {
      const rest = entry.path.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash < 0) {
        entries.set(entry.path, { type: 'file', path: entry.path, sha: entry.sha, size: Buffer.byteLength(entry.content) });
      } else {
        const dir = prefix + rest.slice(0, slash);
        entries.set(dir, { type: 'dir', path: dir, sha: sha1(`${branch.sha}:${dir}`), size: 0 });
      }
    }
    return {
      status: 200,
      body: [...entries.values()]
        .sort((a, b) => a.path.localeCompare(b.path))
        .map((entry) => ({
          type: entry.type,
          size: entry.size,
          name: entry.path.split('/').pop(),
          path: entry.path,
          sha: entry.sha,
          ...contentLinks(req, repo, entry.path, branch.name, entry.sha),
        })),
    };
  }
  const bytes = Buffer.from(file.content, 'utf8');
  if (wantsRaw(req)) {
    // As GitHub does for `application/vnd.github.raw+json` (any size up to 100 MB): the bytes.
    return { status: 200, raw: file.content, headers: { 'content-type': 'application/vnd.github.raw+json; charset=utf-8' } };
  }
  if (bytes.length > MAX_INLINE_BYTES) {
    // GitHub: files over 1 MB come without content in the JSON form (read them raw or as a blob).
    return {
      status: 200,
      body: {
        type: 'file',
        encoding: 'none',
        size: bytes.length,
        name: file.path.split('/').pop(),
        path: file.path,
        content: '',
        sha: file.sha,
        ...contentLinks(req, repo, file.path, branch.name, file.sha),
      },
    };
  }
  return {
    status: 200,
    body: {
      type: 'file',
      encoding: 'base64',
      size: bytes.length,
      name: file.path.split('/').pop(),
      path: file.path,
      content: bytes.toString('base64').replace(/(.{60})/g, '$1\n'),
      sha: file.sha,
      ...contentLinks(req, repo, file.path, branch.name, file.sha),
    },
  };
};

function commitShape(req: RestRequest, repo: string, sha: string, message: string, date: string) {
  const api = `${req.baseUrl}/repos/${req.org.login}/${repo}`;
  const person = { name: req.viewer, email: `${req.viewer}@users.noreply.github.com`, date };
  return {
    sha,
    node_id: `C_sim${sha.slice(0, 12)}`,
    url: `${api}/git/commits/${sha}`,
    html_url: `https://github.com/${req.org.login}/${repo}/commit/${sha}`,
    author: person,
    committer: person,
    message,
    tree: { sha: sha1(`tree:${sha}`), url: `${api}/git/trees/${sha1(`tree:${sha}`)}` },
    parents: [],
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

const putContent: RestHandler = (req) => {
  const repo = writableRepo(req);
  const body = requireBody(req);
  if (typeof body.message !== 'string')
    throw validationFailed('Invalid request.\n\n"message" wasn\'t supplied.');
  if (typeof body.content !== 'string')
    throw validationFailed('Invalid request.\n\n"content" wasn\'t supplied.');
  const branch = findBranch(req.org, repo, typeof body.branch === 'string' ? body.branch : null);
  if (!branch) throw validationFailed(`Branch ${String(body.branch)} not found`);
  const path = req.params.path;
  const existing = branch.files[path];
  if (existing && body.sha === undefined)
    throw validationFailed('Invalid request.\n\n"sha" wasn\'t supplied.');
  const given = typeof body.sha === 'string' ? body.sha : JSON.stringify(body.sha);
  if (existing && body.sha !== existing.sha) throw new HttpError(409, `${path} does not match ${given}`);
  if (!existing && body.sha !== undefined) throw new HttpError(409, `${path} does not match ${given}`);
  const bytes = Buffer.from(body.content, 'base64');
  const now = tick(req.org);
  const sha = blobSha(bytes);
  branch.files[path] = { path, content: bytes.toString('utf8'), sha };
  branch.sha = sha1(`${branch.sha}:${path}:${sha}:${now}`);
  return {
    status: existing ? 200 : 201,
    body: {
      content: {
        type: 'file',
        size: bytes.length,
        name: path.split('/').pop(),
        path,
        sha,
        ...contentLinks(req, repo, path, branch.name, sha),
      },
      commit: commitShape(req, repo, branch.sha, body.message, now),
    },
  };
};

/** As GitHub: the file's blob sha must be given, and must be the current one (else 409). */
const deleteContent: RestHandler = (req) => {
  const repo = writableRepo(req);
  const body = requireBody(req);
  if (typeof body.message !== 'string')
    throw validationFailed('Invalid request.\n\n"message" wasn\'t supplied.');
  if (typeof body.sha !== 'string') throw validationFailed('Invalid request.\n\n"sha" wasn\'t supplied.');
  const branch = findBranch(req.org, repo, typeof body.branch === 'string' ? body.branch : null);
  if (!branch) throw validationFailed(`Branch ${String(body.branch)} not found`);
  const path = req.params.path;
  const existing = branch.files[path];
  if (!existing) throw notFound();
  if (body.sha !== existing.sha) throw new HttpError(409, `${path} does not match ${body.sha}`);
  const now = tick(req.org);
  delete branch.files[path];
  branch.sha = sha1(`${branch.sha}:${path}:deleted:${now}`);
  return { status: 200, body: { content: null, commit: commitShape(req, repo, branch.sha, body.message, now) } };
};

/** Blobs by sha, for files too large for the contents API; any branch of the repo may hold it. */
const getBlob: RestHandler = (req) => {
  const repo = writableRepo(req);
  const sha = req.params.file_sha;
  const file = branchesOf(req.org, repo)
    .flatMap((b) => Object.values(b.files))
    .find((f) => f.sha === sha);
  if (!file) throw notFound();
  const bytes = Buffer.from(file.content, 'utf8');
  return {
    status: 200,
    body: {
      sha,
      node_id: `B_sim${sha.slice(0, 12)}`,
      url: `${req.baseUrl}/repos/${req.org.login}/${repo}/git/blobs/${sha}`,
      size: bytes.length,
      content: bytes.toString('base64').replace(/(.{60})/g, '$1\n'),
      encoding: 'base64',
    },
  };
};

function refShape(req: RestRequest, repo: string, branch: SimBranch) {
  const api = `${req.baseUrl}/repos/${req.org.login}/${repo}`;
  return {
    ref: `refs/heads/${branch.name}`,
    node_id: `REF_sim${sha1(`${repo}:${branch.name}`).slice(0, 12)}`,
    url: `${api}/git/refs/heads/${branch.name}`,
    object: { type: 'commit', sha: branch.sha, url: `${api}/git/commits/${branch.sha}` },
  };
}

const getRef: RestHandler = (req) => {
  const repo = writableRepo(req);
  const ref = req.params.ref;
  if (!ref.startsWith('heads/')) throw notFound();
  const branch = branchesOf(req.org, repo).find((b) => b.name === ref.slice('heads/'.length));
  if (!branch) throw notFound();
  return { status: 200, body: refShape(req, repo, branch) };
};

const createRef: RestHandler = (req) => {
  const repo = writableRepo(req);
  const body = requireBody(req);
  if (typeof body.ref !== 'string' || typeof body.sha !== 'string')
    throw validationFailed('Invalid request.\n\n"ref", "sha" weren\'t supplied.');
  if (!body.ref.startsWith('refs/') || body.ref.split('/').length < 3)
    throw validationFailed("Reference name must start with 'refs/' and have at least two slashes.");
  if (!body.ref.startsWith('refs/heads/')) throw validationFailed('Only branch references are simulated');
  const name = body.ref.slice('refs/heads/'.length);
  const branches = branchesOf(req.org, repo);
  if (branches.some((b) => b.name === name)) throw validationFailed('Reference already exists');
  const source = branches.find((b) => b.sha === body.sha);
  if (!source) throw validationFailed('Object does not exist');
  tick(req.org);
  const branch: SimBranch = {
    repo,
    name,
    sha: source.sha,
    files: Object.fromEntries(Object.entries(source.files).map(([k, f]) => [k, { ...f }])),
  };
  req.org.branches.push(branch);
  return { status: 201, body: refShape(req, repo, branch) };
};

const getBranch: RestHandler = (req) => {
  const repo = writableRepo(req);
  const branch = branchesOf(req.org, repo).find((b) => b.name === req.params.branch);
  if (!branch) throw new HttpError(404, 'Branch not found');
  const api = `${req.baseUrl}/repos/${req.org.login}/${repo}`;
  const c = commitShape(req, repo, branch.sha, 'state', req.org.now);
  return {
    status: 200,
    body: {
      name: branch.name,
      commit: {
        sha: branch.sha,
        node_id: c.node_id,
        url: `${api}/commits/${branch.sha}`,
        html_url: c.html_url,
        comments_url: `${api}/commits/${branch.sha}/comments`,
        commit: {
          author: c.author,
          committer: c.committer,
          message: c.message,
          tree: c.tree,
          url: c.url,
          comment_count: 0,
        },
        author: null,
        committer: null,
        parents: [],
      },
      _links: {
        html: `https://github.com/${req.org.login}/${repo}/tree/${branch.name}`,
        self: `${api}/branches/${branch.name}`,
      },
      protected: false,
      protection: { enabled: false },
      protection_url: `${api}/branches/${branch.name}/protection`,
    },
  };
};

export const contentRoutes: Record<string, RestHandler> = {
  'GET /repos/{owner}/{repo}/contents/{path}': getContent,
  'PUT /repos/{owner}/{repo}/contents/{path}': putContent,
  'DELETE /repos/{owner}/{repo}/contents/{path}': deleteContent,
  'GET /repos/{owner}/{repo}/git/ref/{ref}': getRef,
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': getBlob,
  'POST /repos/{owner}/{repo}/git/refs': createRef,
  'GET /repos/{owner}/{repo}/branches/{branch}': getBranch,
};
