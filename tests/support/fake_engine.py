"""The one fake engine of the bot tests: two towns, «…多少…» answered with a figure, anything
else not found (with a related passage from the other town, which the bot must not show).
It records what it was asked and can be made to fail, with a secret in the error."""

from __future__ import annotations

from wenda.corpus.types import Answer, Quote


class FakeEngine:
    def __init__(self, name: str = "old", quote: str = "甲镇设置卡点7个。", *, fail_on: str | None = None,
                 leak: str = ""):
        """name: shown in every answer (which engine answered); fail_on: questions containing it
        raise RuntimeError ("" = every question), whose message carries `leak` (say, a token)."""
        self.name, self.quote, self.fail_on, self.leak = name, quote, fail_on, leak
        self.asked: list[str] = []

    def ask(self, question: str) -> Answer:
        self.asked.append(question)
        if self.fail_on is not None and self.fail_on in question:
            raise RuntimeError(f"engine exploded while calling https://api.telegram.org/bot{self.leak}/getMe "
                               f"({self.leak.split(':')[-1]})")
        if "多少" in question:
            return Answer(question=question, found=True, answer=f"甲镇：设置卡点7个（{self.name}）", section="甲镇",
                          figures=["7个"], span="7个", quotes=[Quote(self.quote, "a.txt", "甲镇", 1.0)])
        return Answer(question=question, found=False, quotes=[Quote("乙镇设置卡点9个。", "a.txt", "乙镇", 0.5)])

    def section_names(self) -> list[str]:
        return ["甲镇", "乙镇"]

    def sources(self) -> list[tuple[str, str, int]]:
        return [("a.txt", "甲镇", 3), ("a.txt", "乙镇", 2)]

    def examples(self, n: int = 3) -> list[str]:
        return ["甲镇设置了多少卡点？"][:n]
