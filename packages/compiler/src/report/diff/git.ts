// Reading a git repository with the `git` command, without a checkout: the repository root, a
// revision's commit, the merge base with the default branch, the files of a commit under a folder
// (`git ls-tree`) and their contents (`git cat-file --batch`, one process for all of them).
import { spawnSync } from 'node:child_process';
import { WorkspaceError } from '../../workspace/load-workspace.js';

export class Git {
  private constructor(
    /** The repository root (absolute). */
    readonly root: string,
    private readonly locale: string | undefined,
  ) {}

  /** The repository holding `folder`; a WorkspaceError when there is none. */
  static at(folder: string, locale?: string): Git {
    const result = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: folder, encoding: 'utf8' });
    if (result.error) throw gitError('rev-parse', result.error.message, locale);
    if (result.status !== 0) throw new WorkspaceError((words) => words.reports.commands.notInRepository({ path: folder }), locale);
    return new Git(result.stdout.trim(), locale);
  }

  /** The commit a revision (branch, tag, commit, `HEAD~2`, …) names; a WorkspaceError when none. */
  commitOf(revision: string): string {
    const result = this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], true);
    if (result === undefined) throw new WorkspaceError((words) => words.reports.commands.unknownRevision({ revision }), this.locale);
    return result.trim();
  }

  /**
   * Where a change starts: the merge base of HEAD with the default branch (origin/HEAD, else
   * origin/main, origin/master, main, master). Returns the branch's name too.
   */
  defaultBase(): { readonly revision: string; readonly commit: string; readonly mergeBase: true } {
    const remoteHead = this.run(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], true)?.trim();
    const candidates = [remoteHead, 'origin/main', 'origin/master', 'main', 'master'].filter((name): name is string => !!name);
    for (const branch of candidates) {
      if (this.run(['rev-parse', '--verify', '--quiet', `${branch}^{commit}`], true) === undefined) continue;
      const base = this.run(['merge-base', 'HEAD', branch], true);
      if (base !== undefined) return { revision: branch, commit: base.trim(), mergeBase: true };
    }
    throw new WorkspaceError((words) => words.reports.commands.noDefaultBranch, this.locale);
  }

  /** The files of a commit below a folder (relative to the repository root, with `/`; '' for all). */
  filesAt(commit: string, folder: string): string[] {
    const args = ['ls-tree', '-r', '-z', '--name-only', commit];
    if (folder !== '') args.push('--', `${folder}/`);
    const listed = this.run(args) ?? '';
    return listed.split('\0').filter((path) => path !== '');
  }

  /** The contents of files at a commit, by path (relative to the repository root), as UTF-8 text. */
  readAt(commit: string, paths: readonly string[]): Map<string, string> {
    const contents = new Map<string, string>();
    if (paths.length === 0) return contents;
    const result = spawnSync('git', ['cat-file', '--batch'], {
      cwd: this.root,
      input: paths.map((path) => `${commit}:${path}\n`).join(''),
      maxBuffer: 1 << 30,
    });
    if (result.error || result.status !== 0)
      throw gitError('cat-file --batch', result.error?.message ?? String(result.stderr), this.locale);
    const output = result.stdout;
    let offset = 0;
    for (const path of paths) {
      const headerEnd = output.indexOf(0x0a, offset);
      const header = output.subarray(offset, headerEnd).toString('utf8');
      offset = headerEnd + 1;
      const match = /^\S+ (\S+) (\d+)$/.exec(header);
      if (!match) continue; // "<object> missing": not a file at that commit.
      const size = Number(match[2]);
      if (match[1] === 'blob') contents.set(path, output.subarray(offset, offset + size).toString('utf8'));
      offset += size + 1;
    }
    return contents;
  }

  /** Runs git in the repository; its output, or undefined when it failed and `quiet` allows that. */
  private run(args: readonly string[], quiet = false): string | undefined {
    const result = spawnSync('git', args, { cwd: this.root, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (result.error) throw gitError(args[0]!, result.error.message, this.locale);
    if (result.status === 0) return result.stdout;
    if (quiet) return undefined;
    throw gitError(args.join(' '), result.stderr.trim(), this.locale);
  }
}

function gitError(command: string, detail: string, locale: string | undefined): WorkspaceError {
  return new WorkspaceError((words) => words.reports.commands.gitFailed({ command, detail }), locale);
}
