"""The compatibility gate (`nox -s api_compat`): every breaking change of the public API since the
last release must be recorded in CHANGELOG.md.

- The last release is the newest `## [x.y.z] - date` section of CHANGELOG.md below the current
  version's (or `Unreleased`). Its code is the tag `vx.y.z` when the clone has it, else the commit
  the section names (``commit `abc1234` ``), so a clone without tags can still check.
- griffe lists the breaking changes of `hotmart_client` and `hotmart_api` between that code and the
  working tree (removed or renamed objects, changed signatures...).
- A change is recorded when the current version's section (or `Unreleased`) names, in backquotes,
  the changed object or one of its parents by its public path (`SyncPager.pages`,
  `hotmart_client.SyncPager`, `hotmart_api.models.WebhookContact`); private module names
  (`_pagination`) are left out of that path, and a name may be given without its package.
- The package version, `hotmart_client.__version__` and the spec's `info.version` must agree.

Exit status 1 lists what is missing.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import griffe
import yaml

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {"hotmart_client": "overlay", "hotmart_api": "generated"}
SECTION = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\S+))?", re.MULTILINE)


def sections(changelog: str) -> list[tuple[str, str]]:
    """(version, body) of each `## [...]` section, newest first."""
    found = list(SECTION.finditer(changelog))
    bodies = []
    for index, match in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(changelog)
        bodies.append((match["version"], changelog[match.end() : end]))
    return bodies


def baseline(changelog: str, current: str) -> tuple[str, str]:
    """(version, git ref) of the last release before `current`."""
    for version, body in sections(changelog):
        if version in ("Unreleased", current):
            continue
        tag = f"v{version}"
        tags = subprocess.run(["git", "tag", "--list", tag], cwd=ROOT, capture_output=True, text=True, check=True)
        if tags.stdout.strip():
            return version, tag
        commit = re.search(r"commit `([0-9a-f]{7,40})`", body)
        if commit is None:
            sys.exit(f"CHANGELOG.md: release {version} has no tag {tag} here and names no commit")
        return version, commit[1]
    sys.exit("CHANGELOG.md records no earlier release to compare with")


def recorded_names(changelog: str, current: str) -> set[str]:
    text = "".join(body for version, body in sections(changelog) if version in ("Unreleased", current))
    return {name.strip().removesuffix("()") for name in re.findall(r"`([A-Za-z_][\w.]*(?:\(\))?)`", text)}


def public_path(path: str) -> str:
    """`hotmart_client._pagination.SyncPager.pages` -> `hotmart_client.SyncPager.pages`."""
    parts = path.split(".")
    return ".".join([parts[0], *(p for p in parts[1:] if not (p.startswith("_") and not p.startswith("__")))])


def is_recorded(path: str, names: set[str]) -> bool:
    """Whether `names` holds the object or a parent, by any trailing part of its path that names a
    class or has two segments at least (`WebhookBuyer.phone`, `WebhookContact`, `models.webhook_contact`)."""
    parts = public_path(path).split(".")
    for end in range(len(parts), 0, -1):
        for start in range(end):
            candidate = parts[start:end]
            if ".".join(candidate) in names and (len(candidate) > 1 or candidate[0][:1].isupper() or start == 0):
                return True
    return False


def check_versions() -> str:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    spec = yaml.safe_load((ROOT / "spec" / "hotmart.yaml").read_text(encoding="utf-8"))["info"]["version"]
    init = (ROOT / "overlay" / "hotmart_client" / "__init__.py").read_text(encoding="utf-8")
    declared = re.search(r'__version__ = "([^"]+)"', init)
    if spec != version or declared is None or declared[1] != version:
        sys.exit(f"versions disagree: pyproject {version}, spec info.version {spec}, __version__ {declared}")
    return version


def main() -> int:
    version = check_versions()
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    if not any(v in ("Unreleased", version) for v, _ in sections(changelog)):
        sys.exit(f"CHANGELOG.md has no section for {version} (or Unreleased)")
    released, ref = baseline(changelog, version)
    names = recorded_names(changelog, version)
    print(f"comparing the public API with {released} ({ref})")
    missing: list[str] = []
    total = 0
    for package, folder in PACKAGES.items():
        old = griffe.load_git(package, ref=ref, repo=ROOT, search_paths=[folder])
        new = griffe.load(package, search_paths=[str(ROOT / folder)])
        for breakage in griffe.find_breaking_changes(old, new):
            total += 1
            if not is_recorded(breakage.obj.path, names):
                missing.append(f"{public_path(breakage.obj.path)}: {breakage.kind.value}")
    print(f"{total} breaking change(s) since {released}; {total - len(missing)} recorded in CHANGELOG.md")
    if missing:
        print(f"not recorded in the {version} section of CHANGELOG.md:")
        print("\n".join(f"  {line}" for line in sorted(set(missing))))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
