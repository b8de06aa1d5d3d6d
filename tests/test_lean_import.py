"""spaCy imported without its command-line package: same spaCy, less start-up."""

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout.strip()


def test_spacy_comes_without_its_cli_and_leaves_no_stand_in_behind():
    out = _run(
        """
        import sys
        from pipeline.nlp.lean_import import import_spacy
        spacy = import_spacy()
        nlp = spacy.blank("en")
        print(len(nlp("Led an Agile cloud migration.")), "spacy.cli" in sys.modules,
              hasattr(spacy, "cli"), "typer" in sys.modules)
        """
    )
    assert out == "6 False False False"


def test_the_real_cli_and_spacy_info_still_work_afterwards():
    out = _run(
        """
        from pipeline.nlp.lean_import import import_spacy
        spacy = import_spacy()
        import spacy.cli
        print(callable(spacy.cli.setup_cli), "spacy_version" in spacy.info(silent=True))
        """
    )
    assert out == "True True"


def test_a_process_that_imported_spacy_already_gets_the_same_module():
    out = _run(
        """
        import spacy
        from pipeline.nlp.lean_import import import_spacy
        print(import_spacy() is spacy, hasattr(spacy, "cli"))
        """
    )
    assert out == "True True"
