// Helpers of the clone system test: reusing this checkout's install in a clone, and finding what a
// clone left running.
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync } from "node:fs"
import { join } from "node:path"

/** Hard-links a tree (files are shared, folders are new, symbolic links are copied as they are). */
function linkTree(from, to, skip = new Set()) {
  let files = 0
  mkdirSync(to, { recursive: true })
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name)
    const target = join(to, entry.name)
    if (skip.has(source)) {
      continue
    }
    if (entry.isDirectory()) {
      files += linkTree(source, target, skip)
    } else if (entry.isSymbolicLink()) {
      symlinkSync(readlinkSync(source), target)
    } else {
      linkSync(source, target)
      files += 1
    }
  }
  return files
}

/** The workspace folders of the root package.json (`dir` and `dir/*` patterns). */
function workspaces(root) {
  const { workspaces: patterns = [] } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"))
  return patterns.flatMap((pattern) =>
    pattern.endsWith("/*")
      ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => join(pattern.slice(0, -2), entry.name))
      : [pattern]
  )
}

/**
 * Links every node_modules folder of `root` (the root's and the workspaces') and Turbo's local
 * cache into `clone`; returns how many files were linked. Tools' caches (node_modules/.cache, .vite) are
 * left out: they are written in place, and a linked file written in place would change `root`'s.
 */
export function linkInstalled(root, clone) {
  let files = 0
  for (const folder of [".", ...workspaces(root)]) {
    const installed = join(root, folder, "node_modules")
    if (existsSync(installed)) {
      files += linkTree(installed, join(clone, folder, "node_modules"), new Set([join(installed, ".cache"), join(installed, ".vite")]))
    }
  }
  const turboCache = join(root, ".turbo", "cache")
  if (existsSync(turboCache)) {
    files += linkTree(turboCache, join(clone, ".turbo", "cache"))
  }
  return files
}

/** Ids of the processes (Linux) whose working folder is one of `folders` or inside it. */
export function processesUnder(folders) {
  const pids = []
  if (!existsSync("/proc")) {
    return pids
  }
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`)
      if (folders.some((folder) => cwd === folder || cwd.startsWith(`${folder}/`))) {
        pids.push(Number(pid))
      }
    } catch {
      // gone, or not ours to read
    }
  }
  return pids
}

/** The line tests/system/test-cluster.mjs prints, with a JSON description, once its cluster is up. */
export const TEST_CLUSTER_READY = "test cluster ready: "
