"""Layered settings: precedence, bad files that are named and skipped, and no password shown."""

from __future__ import annotations

import logging
import tomllib
from pathlib import Path

import pytest

from agent_console import cli
from agent_console.commands.config_show import example_file
from agent_console.config import ConfigPaths, config_paths, load_config
from agent_console.config_schema import ConfigValueError, upgrade
from tests.settings_env import clean_environ, isolate, paths, write

SECRET = "hunter2"


def machine(tmp_path: Path, text: str) -> Path:
    return write(paths(tmp_path).machine or tmp_path, text)


def user(tmp_path: Path, text: str) -> Path:
    return write(paths(tmp_path).user or tmp_path, text)


def test_nothing_configured_gives_defaults(tmp_path: Path) -> None:
    config = load_config(paths(tmp_path), environ={})
    assert config.value("db") is None
    assert config.value("log_level") == "INFO"
    assert all(source.startswith("default") for _, _, source in config.rows())
    assert [f.status for f in config.files] == ["absent", "absent"]
    assert config.problems == ()


def test_each_layer_overrides_the_one_before(tmp_path: Path) -> None:
    m = machine(
        tmp_path,
        'version = 1\nregion = "IR"\nlang = "fa"\nlog_level = "DEBUG"\n'
        'db = "postgresql+psycopg://agent@machine/console"\n',
    )
    u = user(
        tmp_path,
        'version = 1\nlang = "ar"\nlog_level = "WARNING"\n'
        'db = "postgresql+psycopg://agent@user/console"\n',
    )
    env = {"AGENT_CONSOLE_LOG_LEVEL": "error", "AGENT_CONSOLE_DB": "sqlite:////tmp/env.sqlite3"}
    config = load_config(
        paths(tmp_path), env, {"db": "sqlite:////tmp/option.sqlite3", "lang": None}
    )
    sources = {name: source for name, _, source in config.rows()}
    assert config.value("region") == "IR" and sources["region"] == f"machine file {m}"
    assert config.value("lang") == "ar" and sources["lang"] == f"user file {u}"
    assert config.value("log_level") == "ERROR"
    assert sources["log_level"] == "environment AGENT_CONSOLE_LOG_LEVEL"
    assert config.value("db") == "sqlite:////tmp/option.sqlite3" and sources["db"] == "option --db"


def test_config_dirs_variable_points_the_files_elsewhere(tmp_path: Path) -> None:
    env = clean_environ(tmp_path)
    assert config_paths(env) == paths(tmp_path)
    only_machine = config_paths({"AGENT_CONSOLE_CONFIG_DIRS": str(tmp_path / "it")})
    assert only_machine == ConfigPaths(tmp_path / "it" / "config.toml", None)


def test_toml_syntax_error_names_file_line_and_key_and_the_file_is_skipped(tmp_path: Path) -> None:
    m = machine(tmp_path, 'version = 1\nregion = "IR"\nlang = fa\n')
    user(tmp_path, 'version = 1\nlog_level = "DEBUG"\n')
    config = load_config(paths(tmp_path), environ={})
    (problem,) = config.problems
    assert (problem.where, problem.line, problem.key) == (str(m), 3, "lang")
    assert str(problem).startswith(f"{m}, line 3, key 'lang': is not valid TOML")
    assert "whole file was ignored" in str(problem)
    assert config.value("region") != "IR"  # nothing from the broken file
    assert config.value("log_level") == "DEBUG"  # the good file still counts
    assert [f.status for f in config.files] == ["ignored", "used"]


@pytest.mark.parametrize(
    ("text", "line", "key", "words"),
    [
        ('version = 1\nregion = "IR"\ndatabase = "x"\n', 3, "database", "is not a setting"),
        ("version = 1\n\nlog_level = 3\n", 3, "log_level", "must be text in quotes, not a number"),
        ('version = 1\nlang = "de"\n', 2, "lang", "not a language of the console"),
        ('version = 1\n[db]\nurl = "x"\n', 2, "db", "not a table"),
        ('version = 1\ndata_dir = "relative/dir"\n', 2, "data_dir", "absolute path"),
        ('version = 99\nlang = "fa"\n', 1, "version", "newer Agent Console"),
        ('version = "one"\n', 1, "version", "whole number"),
    ],
)
def test_bad_values_name_file_line_and_key(
    tmp_path: Path, text: str, line: int, key: str, words: str
) -> None:
    u = user(tmp_path, text)
    config = load_config(paths(tmp_path), environ={})
    (problem,) = config.problems
    assert (problem.where, problem.line, problem.key) == (str(u), line, key)
    assert words in str(problem)
    assert config.files[1].status == "ignored"
    assert config.value("lang") is None


def test_password_in_a_file_url_is_removed_and_reported(tmp_path: Path) -> None:
    m = machine(
        tmp_path,
        f'version = 1\nlang = "ru"\ndb = "postgresql+psycopg://agent:{SECRET}@db/console"\n',
    )
    config = load_config(paths(tmp_path), environ={})
    assert config.value("db") == "postgresql+psycopg://agent@db/console"
    assert config.value("lang") == "ru"  # the rest of the file still counts
    (problem,) = config.problems
    assert (problem.where, problem.line, problem.key) == (str(m), 3, "db")
    assert "password" in problem.message and SECRET not in str(problem)


def test_bad_environment_value_is_reported_and_skipped(tmp_path: Path) -> None:
    env = {"AGENT_CONSOLE_LANG": "xx", "AGENT_CONSOLE_REGION": "ae"}
    config = load_config(paths(tmp_path), env)
    assert config.value("lang") is None and config.value("region") == "AE"
    (problem,) = config.problems
    assert "AGENT_CONSOLE_LANG" in str(problem)


def test_bad_option_names_the_option(tmp_path: Path) -> None:
    with pytest.raises(ConfigValueError, match="--db"):
        load_config(paths(tmp_path), {}, {"db": "not-a-url"})


def test_data_dir_in_a_file_expands_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    user(tmp_path, 'version = 1\ndata_dir = "~/AgentConsole"\n')
    config = load_config(paths(tmp_path), environ={})
    assert config.value("data_dir") == tmp_path / "home" / "AgentConsole"


def test_upgrade_runs_each_step_in_order() -> None:
    steps = {
        1: lambda d: {("db" if k == "database" else k): v for k, v in d.items()},
        2: lambda d: {**d, "log_level": d.get("log_level", "INFO").upper()},
    }
    assert upgrade({"database": "x", "log_level": "debug"}, 1, target=3, steps=steps) == {
        "db": "x",
        "log_level": "DEBUG",
    }
    assert upgrade({"lang": "fa"}, 3, target=3, steps=steps) == {"lang": "fa"}


def test_example_file_is_valid_and_clean(tmp_path: Path) -> None:
    text = example_file()
    assert tomllib.loads(text) == {"version": 1}
    user(tmp_path, text.replace("# lang = ", "lang = "))
    config = load_config(paths(tmp_path), environ={})
    assert config.problems == () and config.value("lang") == "fa"


def test_cli_options_still_win(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate(monkeypatch, tmp_path)
    user(tmp_path, 'version = 1\nlang = "ar"\nregion = "AE"\n')
    args = cli.build_parser().parse_args(
        [
            "--demo",
            "--data-dir",
            str(tmp_path / "d"),
            "--db",
            "sqlite:///x.db",
            "--lang",
            "ru",
            "--region",
            "ir",
        ]
    )
    options = cli.options_from(args)
    assert options.demo and options.data_dir == tmp_path / "d"
    assert (options.db_url, options.lang, options.region) == ("sqlite:///x.db", "ru", "IR")
    plain = cli.options_from(cli.build_parser().parse_args([]))
    assert (plain.lang, plain.region, plain.demo) == ("ar", "AE", False)


def test_bad_file_still_starts_and_logs_a_warning(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    isolate(monkeypatch, tmp_path)
    m = machine(tmp_path, "version = 1\nlang = [\n")
    config = cli.config_from(cli.build_parser().parse_args([]))
    with caplog.at_level(logging.WARNING):
        cli.report_problems(config)
    assert str(m) in caplog.text and "line" in caplog.text
    assert str(m) in capsys.readouterr().err
    assert config.app_options().lang is None


def test_config_show_lists_sources_and_never_a_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isolate(monkeypatch, tmp_path)
    m = machine(tmp_path, f'version = 1\nregion = "RU"\ndb = "postgresql://a:{SECRET}@h/d"\n')
    monkeypatch.setenv("AGENT_CONSOLE_LANG", "fa")
    assert cli.main(["config", "show"]) == 1  # the password in the file is a problem
    out = capsys.readouterr().out
    assert SECRET not in out
    assert f"<- machine file {m}" in out and "<- environment AGENT_CONSOLE_LANG" in out
    assert "postgresql://a@h/d" in out

    monkeypatch.setenv("AGENT_CONSOLE_DB", f"postgresql+psycopg://b:{SECRET}@h/d")
    assert cli.main(["--log-level", "debug", "config", "show"]) == 1
    out = capsys.readouterr().out
    assert SECRET not in out and "postgresql+psycopg://b:***@h/d" in out
    assert "<- option --log-level" in out


def test_config_show_exits_zero_when_all_is_well(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isolate(monkeypatch, tmp_path)
    user(tmp_path, 'version = 1\nregion = "GB"\n')
    assert cli.main(["config", "show"]) == 0
    assert "(used)" in capsys.readouterr().out
