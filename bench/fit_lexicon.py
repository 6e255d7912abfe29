"""Fit what a cosine between two words means for index/lexicon.py (index/data/lexicon.json).

    python bench/fit_lexicon.py            # writes index/data/lexicon.json

Data: word pairs built by hand from the test documents (the bundled article
corpus/data/fugou_covid_towns.txt, tests/data/answers/school.txt and towns.txt,
tests/data/villages/spring_farming.txt): SYNONYMS pairs an asker's word with the word those
documents use for the same thing; UNRELATED pairs two words of those documents that mean
different things. Both are embedded as queries with the engine's default encoder.

floor = the highest cosine of an unrelated pair (at or below it a cosine says nothing);
full = the median cosine of the synonym pairs (a neighbour at it counts fully).
percentile and k are chosen, not fitted: a neighbour must be among the closest 1 % of the corpus
words to the asked word, and at most 5 are kept. suggest: a neighbour weighing at least this much
is offered in a refusal as the corpus's own word.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np

from wenda.bot.config import Config, ConfigError
from wenda.index.embed import ModelError
from wenda.index.embed.load import load_encoder
from wenda.index.files import write_text_atomic
from wenda.index.lexicon import FIT_FILE

SYNONYMS = [("检查点", "卡点"), ("卡口", "卡点"), ("劝返", "劝阻"), ("音响", "音箱"), ("种子", "良种"),
            ("村主任", "村委会主任"), ("支书", "党支部书记"), ("奖金", "奖励"), ("饭钱", "伙食费"), ("关灯", "熄灯"),
            ("值班", "值勤"), ("确诊", "感染"), ("值班点", "执勤点"), ("宿管", "宿舍管理员"), ("拦下", "劝阻"),
            ("回来", "返乡"), ("外省", "其余省份"), ("发烧", "发热"), ("捐钱", "捐款"), ("手机号", "电话")]
UNRELATED = [("卡点", "口罩"), ("横幅", "喇叭"), ("检查站", "医院"), ("校服", "熄灯"), ("水渠", "良种"),
             ("大棚", "农机"), ("党员", "车辆"), ("乡长", "条幅"), ("消毒", "报到"), ("伙食费", "体育馆"),
             ("志愿者", "耕地"), ("公交车", "困难家庭"), ("奖励", "保洁员"), ("卡点", "横幅"), ("检查站", "宣传车"),
             ("音响", "标语"), ("良田", "村民"), ("培训班", "水渠"), ("镇长", "口罩"), ("熄灯", "报到")]
PERCENTILE = 99.0
K = 5
SUGGEST = 0.5


def cosines(encoder, pairs) -> np.ndarray:
    a = np.asarray(encoder.encode_query([p[0] for p in pairs]), dtype=np.float32)
    b = np.asarray(encoder.encode_query([p[1] for p in pairs]), dtype=np.float32)
    return (a * b).sum(axis=1)


def main() -> int:
    try:
        config = Config.from_env(os.environ).engine
        encoder = load_encoder(config, progress=True)
    except (ConfigError, ModelError) as e:
        print(f"fit_lexicon: {e}", file=sys.stderr)
        return 2
    syn, unrel = cosines(encoder, SYNONYMS), cosines(encoder, UNRELATED)
    fit = {
        "model": encoder.model_id,
        "data": "hand-made word pairs from the article and tests/data/answers, tests/data/villages (bench/fit_lexicon.py)",
        "floor": round(float(unrel.max()), 4),
        "full": round(float(np.median(syn)), 4),
        "percentile": PERCENTILE,
        "k": K,
        "suggest": SUGGEST,
        "synonym_cosines": [round(float(x), 4) for x in syn],
        "unrelated_cosines": [round(float(x), 4) for x in unrel],
    }
    print(f"synonyms  min {syn.min():.3f} median {np.median(syn):.3f} max {syn.max():.3f}")
    print(f"unrelated min {unrel.min():.3f} median {np.median(unrel):.3f} max {unrel.max():.3f}")
    print(f"synonym pairs above the floor: {(syn > fit['floor']).sum()}/{len(syn)}")
    FIT_FILE.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(Path(FIT_FILE), json.dumps(fit, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {FIT_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
