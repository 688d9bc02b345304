"""``agent-console config show`` and ``config example``: what IT has configured, and a template.

``show`` prints every setting's effective value and the layer it came from (a file, an
environment variable, an option, a default), never a password, and exits 1 when a file or
variable has a problem, so IT can check a file before rolling it out.
"""

from __future__ import annotations

import argparse

from agent_console.config import Config, load_config, options_from_args
from agent_console.config_schema import CONFIG_VERSION, KEYS


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("config", help="show the effective configuration and where it comes from")
    actions = parser.add_subparsers(dest="config_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="each setting's value and source; exits 1 on a problem")
    show.set_defaults(handler=run)
    example = actions.add_parser("example", help="print a commented config.toml to start from")
    example.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.config_action == "example":
        print(example_file(), end="")
        return 0
    config = load_config(options=options_from_args(args))
    print(show_text(config), end="")
    return 1 if config.problems else 0


def show_text(config: Config) -> str:
    lines = ["Config files (later ones override earlier ones):"]
    lines += [f"  {f.role:<8} {f.path}  ({f.status})" for f in config.files] or ["  (none)"]
    lines += ["  then environment variables, then command-line options", ""]
    lines.append(f"Effective settings (schema version {CONFIG_VERSION}):")
    rows = config.rows()
    width = max(len(v) for _, v, _ in rows)
    lines += [f"  {name:<10} {value:<{width}}  <- {source}" for name, value, source in rows]
    if config.problems:
        lines += ["", "Problems (the console still starts without what is named here):"]
        lines += [f"  {problem}" for problem in config.problems]
    return "\n".join(lines) + "\n"


def example_file() -> str:
    lines = [
        "# Agent Console configuration (TOML). Machine-wide: see 'agent-console config show'",
        "# for this computer's paths. Never put a password here: it comes from the OS keyring",
        "# or is typed at sign-in.",
        f"version = {CONFIG_VERSION}",
        "",
    ]
    samples = {
        "db": '"postgresql+psycopg://agent@db-server.example/console"',
        "data_dir": '"~/AgentConsole"',
        "region": '"IR"',
        "lang": '"fa"',
        "calendar": '"jalali"',
        "digits": '"native"',
        "log_level": '"INFO"',
    }
    for key in KEYS:
        lines += [f"# {key.help} (environment: {key.env}; option: {key.option})",
                  f"# {key.name} = {samples[key.name]}", ""]
    return "\n".join(lines)
