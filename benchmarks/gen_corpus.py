"""Generate a deterministic Korean news corpus for benchmarking factlint.

    python benchmarks/gen_corpus.py --out DIR --articles 10000 [--seed 1] [--stock] [--syndicate N]

writes ``DIR/00000.txt`` ... and ``DIR/manifest.json``.  Standard library only, so it runs in CI
without installs; the same seed gives the same bytes on every machine (all randomness comes from
``random.Random`` seeded with strings, which is hashed with SHA-512, not with ``hash()``).

The articles imitate the scraped seeds in ``seeds/``: a title line, optional page chrome ("-",
"공유", "기사 스크랩", an "입력 2023.03.14 16:00" line), body paragraphs one per line (sometimes
with blank lines between), a byline at the end, and figures in many notations (2040억,
2억5000만, 175B, $100 million, 1억 달러(한화 약 1122억원), 세 배, 700 페타플롭 ...).

Body text is composed word by word from a large vocabulary (seed nouns, compounds of Sino-Korean
morphemes, synthetic company and person names, 하다/되다 verbs, particles chosen by 받침), with
random sentence structure and length, so that paragraphs which were not deliberately copied are
not near-duplicates of each other.  On top of that the generator injects duplicate paragraphs of
known types and lists every one of them in the manifest (see ``benchmarks/README.md``).

Two modes make the corpus harder for a duplicate finder, and leave the default bytes alone:
``--stock`` builds most paragraphs from a pool of 6,000 stock sentences (the seeds' own, then
composed ones), as syndicated news reuses sentences, so nearly every phrase of a paragraph is in
many others, more as the corpus grows; titles are variants of 400 headline stems. ``--syndicate N``
copies N paragraphs into 30-40 articles each, every copy exact or near (type ``syndicated``, one
``group`` per paragraph). See ``Stock`` and ``Injector.syndicate``.

Locations in the manifest: ``paragraph`` is the 0-based index among the non-blank lines of the
file (every paragraph is one line), ``line`` is 1-based, ``start``/``end`` are half-open offsets in
code points into the decoded file text (the same convention as ``factlint.model.Span``).
"""

# No ``from __future__ import annotations``: string annotations make @dataclass look the module up
# in sys.modules, which fails when a benchmark loads this file with importlib without registering it.
import argparse
import json
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence, TypeVar

MANIFEST_VERSION = 1

T = TypeVar("T")

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

# Nouns taken from the seed articles (particles stripped).
SEED_NOUNS = """
가능성 가사 감정 강화 개념 개발 개발경쟁 게시물 격차 결과 결과물 결합 겸직교수 경쟁 경쟁력 경험 계기
계획 고객 고급인력 고도화 공간 공동연구 공동연구센터 공장 공정 과목 과정 관계자 관심 관측 광고 교류 교수
교수진 국가 국내 국립국어원 국방력 규모 그룹 그림 금융 기계 기관 기념사진 기능 기대 기반 기사작성 기술
기술격차 기술력 기업 기존 기폭제 내년 내면 노래 노력 논문 논문상 논의 뉴런 단계 단어 대규모 대부분 대용량
대응 대책 대학원생 대화 댓글 데이터 데이터셋 도구 동향 등장 딥러닝 라이선스 리더십 매개변수 명령 모델
목표 문맥 문명 문서 문장 문제 물류 바탕 반응 방식 방안 배출 버전 범위 변화 병명 부원장 부작용 분석 분야
비영리단체 비유 비중 빅테크 사건 사람 사례 사업 사업화 사전 산업 산업체 산학협력 삼박자 상담사 상용화
상황 생산 생산성 생성 생태계 서비스 선후배 설립 성능 성장 세계 소장 속도 속뜻 수준 수행 슈퍼컴퓨터 시간
시냅스 시장 신경 실력 아이디어 알고리즘 양식 어드바이저 언어 언어모델 언어지능 언어처리 업계 업무 역량
역할 연구 연구결과 연구기관 연구센터 연구소 연구원 연구원장 연구인력 연구자 연구진 연구팀 연산 연산처리
영어 영역 영향 예전 온라인 완성 요소기술 움직임 원인 원장 원천기술 원팀 위치 유통 유형 음성 의미 의사 의제
이력 이슈 이유 인간 인공신경망 인공지능 인력 인재 인적교류 인턴 인프라 일상 일종 입력 자금 자동차 자본
자율주행 잠재력 장애 전략대화 전망 전염병 전투기 접목 정도 정보 정부 정비 정확도 조사 주도 주요국 주제
중소기업 중심 지배력 지원 지원비 진단 질병 차원 체결 체급차이 초등학생 최고 추론 취지 측면 커뮤니티
컴퓨터공학 컴퓨팅파워 코딩 코딩작업 콜봇 크기 클라우드 키워드 태스크 텍스트 통신사 투자 파라미터 파워
파트 팔로워 패턴 편향성 평가 풀이 프로젝트 학계 학교 학문 학생 학습 학회 한계 한국어 해결책 해외사례
해외인재 행보 향상 헬스케어 협력 협약 협약식 협업 형태 확보 활성화 활용 활용사례 효율성
""".split()

# Two-syllable Sino-Korean morphemes; compounds of two of them give thousands of plausible nouns.
MORPHEMES = """
가격 가계 가공 가치 감독 감시 강국 개방 개인 개혁 거래 건설 검증 결제 경기 경영 경제 계약 고용 공개 공공
공급 공시 공약 관광 관리 교육 교통 구매 구조 국방 국제 규제 균형 금리 기금 기후 기록 납품 노동 농업 단체
담보 대출 도시 독점 동맹 물가 민간 발전 방송 배터리 법안 보안 보험 보호 복지 부동산 부품 분배 분쟁 비용
사회 산림 상품 생명 설계 세금 소비 소재 소프트 수도 수요 수입 수출 순위 시설 식품 신용 신약 실적 안전
약품 에너지 여론 예산 예측 외교 운송 운영 원자력 위기 위성 유럽 의료 이익 인구 인증 임금 자원 재난 재정
저축 전력 전기 전자 전환 정책 제도 제약 제조 조달 조선 주거 주식 주택 증권 지역 지표 채권 철강 청년 총리
출산 치료 통계 통상 통화 특허 표준 플랫폼 항공 해양 해운 행정 혁신 협상 화학 환경 환율 회계 회의 효과
반도체 디스플레이 바이오 로봇 드론 우주 위성 통신망 네트워크 보안망 검색 광고 게임 콘텐츠 미디어 교통망
물류망 배송 결제망 수소 탄소 원전 태양광 풍력 전기차 충전 배터리셀 양극재 음극재 소부장 파운드리 메모리
서버 센터 단말 가전 조명 설비 장비 기판 렌즈 카메라 센서 칩셋 모듈 엔진 부지 단지 공단 거점 허브 특구
""".split()

# 하다-verbs (verbal nouns); conjugated regularly below.
VERBAL_NOUNS = """
개발 발표 투자 확대 추진 강화 도입 구축 지원 운영 검토 협력 분석 평가 공개 출시 확보 제공 활용 참여 설립
체결 진행 예상 전망 강조 설명 지적 언급 제시 판단 결정 계획 준비 시작 마련 개선 보완 점검 조사 추가 축소
유지 확인 요구 제안 기록 달성 돌파 감소 증가 상승 하락 회복 전환 통합 연계 적용 수행 구현 학습 처리 예측
생성 번역 요약 검색 추천 연구 실험 검증 측정 비교 공유 협의 논의 발굴 육성 양성 채용 영입 인수 합병 매각
수주 납품 수출 수입 생산 판매 공급 유통 배포 설계 제작 시험 인증 승인 허가 규제 완화 보호 대응 대비 극복
해결 설득 협상 합의 선언 선정 지정 모집 접수 신청 배정 집행 편성 절감 투입 유치 조달 상장 공모 발행 상환
""".split()

# Verbal nouns that also take 되다 naturally.
PASSIVE_NOUNS = """
개발 발표 공개 출시 확보 적용 도입 구축 추진 확대 강화 완화 선정 지정 승인 허가 채택 전환 통합 연계 설립
체결 예상 전망 평가 집계 분석 조사 확인 보고 기록 투입 배정 편성 집행 설계 제작 완료 시행 운영 공급 유통
""".split()

# Native verbs: (final past, connective, attributive past, attributive present).
NATIVE_VERBS: tuple[tuple[str, str, str, str], ...] = (
    ("늘어났다", "늘어나며", "늘어난", "늘어나는"), ("줄어들었다", "줄어들며", "줄어든", "줄어드는"),
    ("밝혔다", "밝히며", "밝힌", "밝히는"), ("나타났다", "나타나며", "나타난", "나타나는"),
    ("이어졌다", "이어지며", "이어진", "이어지는"), ("떨어졌다", "떨어지며", "떨어진", "떨어지는"),
    ("올랐다", "오르며", "오른", "오르는"), ("내놓았다", "내놓으며", "내놓은", "내놓는"),
    ("뛰어들었다", "뛰어들며", "뛰어든", "뛰어드는"), ("손잡았다", "손잡고", "손잡은", "손잡는"),
    ("나섰다", "나서며", "나선", "나서는"), ("갖췄다", "갖추고", "갖춘", "갖추는"),
    ("넘어섰다", "넘어서며", "넘어선", "넘어서는"), ("뛰어넘었다", "뛰어넘으며", "뛰어넘은", "뛰어넘는"),
    ("쏟아부었다", "쏟아부으며", "쏟아부은", "쏟아붓는"), ("끌어올렸다", "끌어올리며", "끌어올린", "끌어올리는"),
    ("맡았다", "맡으며", "맡은", "맡는"), ("이끌었다", "이끌며", "이끈", "이끄는"),
    ("보였다", "보이며", "보인", "보이는"), ("꾸렸다", "꾸리며", "꾸린", "꾸리는"),
    ("세웠다", "세우며", "세운", "세우는"), ("모았다", "모으며", "모은", "모으는"),
    ("좁혔다", "좁히며", "좁힌", "좁히는"), ("넓혔다", "넓히며", "넓힌", "넓히는"),
    ("높였다", "높이며", "높인", "높이는"), ("낮췄다", "낮추며", "낮춘", "낮추는"),
    ("바꿨다", "바꾸며", "바꾼", "바꾸는"), ("만들었다", "만들며", "만든", "만드는"),
    ("받았다", "받으며", "받은", "받는"), ("얻었다", "얻으며", "얻은", "얻는"),
    ("잃었다", "잃으며", "잃은", "잃는"), ("찾았다", "찾으며", "찾은", "찾는"),
    ("붙였다", "붙이며", "붙인", "붙이는"), ("뭉쳤다", "뭉치며", "뭉친", "뭉치는"),
    ("앞당겼다", "앞당기며", "앞당긴", "앞당기는"), ("미쳤다", "미치며", "미친", "미치는"),
    ("달렸다", "달리며", "달린", "달리는"), ("번졌다", "번지며", "번진", "번지는"),
    ("쌓였다", "쌓이며", "쌓인", "쌓이는"), ("풀었다", "풀며", "푼", "푸는"),
)

ADJECTIVES = """
새로운 큰 작은 높은 낮은 많은 적은 빠른 느린 어려운 쉬운 넓은 좁은 강한 약한 긴 짧은 깊은 무거운 가벼운
뛰어난 다양한 중요한 필요한 가능한 활발한 막대한 상당한 방대한 거대한 정교한 복잡한 단순한 유사한 독특한
뚜렷한 확실한 불확실한 치열한 꾸준한 급격한 완만한 안전한 위험한 유리한 불리한 충분한 부족한 풍부한 값비싼
저렴한 젊은 오랜 낡은 최신의 국내의 해외의 기존의 차세대 초거대 대형 중형 소형 첨단 핵심 주요 유망한 신규
""".split()

ADVERBS = """
또한 특히 이미 아직 다시 크게 더욱 가장 매우 점차 본격적으로 적극적으로 꾸준히 빠르게 동시에 새롭게 실제로
사실상 대폭 소폭 일제히 잇달아 속속 한층 훨씬 상당히 여전히 당분간 곧 먼저 직접 함께 별도로 각각 모두 주로
대체로 결국 당초 처음으로 최초로 공식적으로 사실 일단 우선 현재 그동안 이날 전날 앞서 뒤이어
""".split()

OPENERS = """
한편 이에 이에따라 다만 특히 또한 반면 이어 아울러 게다가 그러나 하지만 따라서 무엇보다 실제 이와함께
""".split()

SPEECH_VERBS = ("말했다", "강조했다", "설명했다", "덧붙였다", "전망했다", "밝혔다", "지적했다", "내다봤다",
                "평가했다", "기대했다", "예상했다", "주장했다")

PRED_ACTIVE = ("했다", "한다", "할 계획이다", "하고 있다", "할 예정이다", "했다고 밝혔다", "할 것으로 보인다",
               "하기로 했다", "해야 한다", "한 것으로 나타났다", "했다는 설명이다", "할 방침이다",
               "하는 데 성공했다", "하겠다는 구상이다", "할 수 있다", "하지 못했다")
PRED_PASSIVE = ("됐다", "된다", "될 전망이다", "되고 있다", "될 것으로 보인다", "된 것으로 알려졌다",
                "되면서 주목받았다", "될 수 있다")
CONNECT_ACTIVE = ("하고", "하며", "해", "하면서", "한 뒤", "하기 위해", "하는 한편", "했지만", "하자", "하려면")
REL_ACTIVE = ("하는", "한", "할")

SURNAMES = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍 전 고 문 양 손 배 백 허 남 심".split()
GIVEN = ("민 서 준 지 현 우 예 도 하 윤 수 영 성 재 진 호 은 정 훈 태 경 상 동 희 혜 연 원 석 용 혁 주 철 광 "
         "미 선 나 아 규 범 찬 기 승 환 병 종 인 소 채 다 유 시 건 률 빈 솔").split()
TITLES = ("교수", "대표", "원장", "소장", "연구원", "부사장", "센터장", "팀장", "애널리스트", "이사", "본부장",
          "실장", "책임연구원", "연구위원", "상무", "부장", "위원장", "차관", "장관", "의원")

BRAND_SYLLABLES = ("라 로 리 네 노 마 모 미 벨 베 비 카 코 키 타 토 티 파 포 피 하 호 히 젠 제 루 누 무 브 드 "
                   "렌 론 린 넥 텍 닉 솔 셀 엘 에 아 오 바 보 디 도 가 고 기 시 소 세 인 온 원 케 플 클 트 스").split()
BRAND_SUFFIXES = ("테크", "랩스", "소프트", "바이오", "전자", "네트웍스", "에너지", "로보틱스", "모빌리티", "헬스",
                  "파마", "시스템즈", "홀딩스", "AI", "데이터", "클라우드", "반도체", "화학", "증권", "캐피탈")
LATIN_MODEL_STEMS = ("Orion", "Nova", "Atlas", "Vega", "Lumen", "Helix", "Tera", "Polaris", "Sirius", "Aster",
                     "Kairos", "Zephyr", "Quasar", "Nimbus", "Cobalt", "Ember", "Fjord", "Halo", "Iris", "Juno")

# Real entities from the seeds; quantity benchmarks need these names next to figures.
ENTITIES = ("하이퍼클로바", "HyperCLOVA", "GPT-3", "GPT-4", "엑사원", "EXAONE", "KoGPT", "네이버", "LG AI연구원",
            "카카오브레인", "KT", "SK텔레콤", "삼성전자", "구글", "OpenAI", "마이크로소프트", "메타", "엔비디아",
            "서울대", "KAIST", "ETRI", "한양대", "LG그룹", "카카오", "화웨이", "딥마인드", "알파고", "챗GPT",
            "한국신용정보원", "과학기술정보통신부", "국립국어원", "전국경제인연합회", "IITP", "믿음", "에이닷")
PLACES = ("서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "판교", "성남", "수원", "창원",
          "포항", "전주", "청주", "제주", "미국", "중국", "일본", "영국", "독일", "프랑스", "이스라엘", "캐나다",
          "인도", "싱가포르", "베트남", "대만", "호주", "실리콘밸리", "유럽연합", "중동", "동남아", "북미", "남미")
ATTRIBUTES = ("파라미터", "매출", "투자액", "영업이익", "학습 데이터", "연구 인력", "시장 규모", "연산 능력",
              "저장 용량", "사용자 수", "예산", "점유율", "성장률", "연구비", "시가총액", "수출액", "생산량",
              "처리 속도", "정확도", "가입자", "직원 수", "계약 규모", "적자", "순이익", "부채")

OUTLETS = (("한경닷컴", "hankyung.com"), ("파이낸셜뉴스", "fnnews.com"), ("전자신문", "etnews.com"),
           ("디지털타임스", "dt.co.kr"), ("아이뉴스24", "inews24.com"), ("매일경제", "mk.co.kr"),
           ("연합뉴스", "yna.co.kr"), ("머니투데이", "mt.co.kr"), ("조선비즈", "chosunbiz.com"),
           ("지디넷코리아", "zdnet.co.kr"), ("뉴시스", "newsis.com"), ("이데일리", "edaily.co.kr"))
SECTIONS = ("IT 인터넷/SNS", "IT 과학", "경제 산업", "산업 재계", "테크 AI", "IT 모바일", "경제 금융", "사회 교육")

# Scrape noise: repeats across articles by nature and is never listed in the manifest.
CHROME_TOOLBAR = ("기사 스크랩", "공유", "댓글", "클린뷰", "프린트", "좋아요", "글자 크기")
FOOTERS = ("무단전재 및 재배포 금지", "ⓒ 한경닷컴, 무단전재 및 재배포 금지", "저작권자 © 파이낸셜뉴스 무단전재-재배포 금지",
           "<저작권자 ⓒ 전자신문, 무단전재 및 재배포 금지>", "Copyright ⓒ 매일경제 & mk.co.kr. All rights reserved.",
           "기사 제보 및 보도자료 제공", "관련기사", "많이 본 뉴스")

KOREAN_DIGIT_WORDS = ("두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열")


@dataclass(frozen=True)
class Vocab:
    nouns: tuple[str, ...]      # seed nouns and single morphemes: frequent
    compounds: tuple[str, ...]  # composed two-morpheme nouns: the long tail
    verbal: tuple[str, ...]
    verbal_compounds: tuple[str, ...]
    passive: tuple[str, ...]
    adjectives: tuple[str, ...]
    companies: tuple[str, ...]
    models: tuple[str, ...]
    people: tuple[str, ...]


def _build_vocab() -> Vocab:
    """Expand the word lists with programmatically composed Hangul words (fixed seed)."""
    rng = random.Random("factlint-vocab-v1")
    compounds = sorted({a + b for a in MORPHEMES for b in MORPHEMES if a != b})
    nouns = sorted(set(SEED_NOUNS) | set(MORPHEMES))
    adjectives = tuple(ADJECTIVES) + tuple(m + "적인" for m in MORPHEMES[:120])
    companies = sorted({"".join(rng.choice(BRAND_SYLLABLES) for _ in range(rng.randint(2, 3)))
                        + rng.choice(BRAND_SUFFIXES) for _ in range(4000)})
    models = sorted({f"{rng.choice(LATIN_MODEL_STEMS)}-{rng.randint(1, 9)}" for _ in range(150)}
                    | {"".join(rng.choice(BRAND_SYLLABLES) for _ in range(rng.randint(2, 3))) + suf
                       for suf in ("GPT", "LM", "봇", "브레인") for _ in range(60)})
    people = sorted({rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN) for _ in range(12000)})
    return Vocab(tuple(nouns), tuple(rng.sample(compounds, 9000)), tuple(VERBAL_NOUNS),
                 tuple(rng.sample(compounds, 600)), tuple(PASSIVE_NOUNS), adjectives, tuple(companies), tuple(models),
                 tuple(people))


# ---------------------------------------------------------------------------------------------
# Korean particles: the choice depends on the final consonant (받침) of the preceding word.
# ---------------------------------------------------------------------------------------------

# Final consonant index of how digits and Latin letters are read: 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔
# end in a consonant; L/M/N/R (엘, 엠, 엔, 알) too.  8 is ㄹ, which takes 로 rather than 으로.
_DIGIT_JONG = {"0": 21, "1": 8, "2": 0, "3": 16, "4": 0, "5": 0, "6": 1, "7": 8, "8": 8, "9": 0}
_LATIN_JONG = {"l": 8, "m": 16, "n": 4, "r": 8}
_PARTICLES = {"topic": ("은", "는"), "subj": ("이", "가"), "obj": ("을", "를"), "and": ("과", "와"),
              "dir": ("으로", "로"), "cop": ("이다", "다"), "quote": ("이라는", "라는")}


def _jong(word: str) -> int:
    for ch in reversed(word):
        if "가" <= ch <= "힣":
            return (ord(ch) - 0xAC00) % 28
        if ch in _DIGIT_JONG:
            return _DIGIT_JONG[ch]
        if ch.isalpha():
            return _LATIN_JONG.get(ch.lower(), 0)
    return 0


def josa(word: str, kind: str) -> str:
    """Attach particle ``kind`` to ``word``: josa('네이버', 'topic') == '네이버는'."""
    with_final, without = _PARTICLES[kind]
    jong = _jong(word)
    if kind == "dir" and jong == 8:
        return word + without
    return word + (with_final if jong else without)


# ---------------------------------------------------------------------------------------------
# Figures in many notations
# ---------------------------------------------------------------------------------------------

def _int_comma(n: int) -> str:
    return f"{n:,}"


def _num_eok(r: random.Random) -> str:
    return f"{r.randint(1, 9999)}억" + r.choice(("", "원", " 원", "개", "달러", " 달러"))


def _num_eok_man(r: random.Random) -> str:
    return f"{r.randint(1, 99)}억{r.randint(1, 99) * 100}만" + r.choice(("", "원", " 원", "명", "건"))


def _num_jo_eok(r: random.Random) -> str:
    return f"{r.randint(1, 99)}조{r.randint(1, 99) * 100}억" + r.choice(("", "원", " 원"))


def _num_comma_jo(r: random.Random) -> str:
    return _int_comma(r.randint(1, 9) * 10 ** r.randint(2, 3) + r.randint(0, 9) * 10) + "조" + r.choice(("", "원", "번"))


def _num_latin_scale(r: random.Random) -> str:
    if r.random() < 0.5:
        return f"{r.randint(1, 999)}B"
    return f"{r.randint(1, 9)}.{r.randint(1, 9)}T"


def _num_usd(r: random.Random) -> str:
    scale = r.choice(("million", "billion"))
    value = r.choice((str(r.randint(1, 999)), f"{r.randint(1, 99)}.{r.randint(1, 9)}"))
    return f"${value} {scale}"


def _num_usd_krw(r: random.Random) -> str:
    eok = r.randint(1, 50)
    krw = round(eok * r.uniform(1080, 1380))
    return f"{eok}억 달러(한화 약 {krw}억원)"


def _num_pct(r: random.Random) -> str:
    if r.random() < 0.5:
        return f"{r.randint(1, 99)}.{r.randint(0, 9)}%"
    return f"{r.randint(1, 100)}" + r.choice(("%", "%", "%p", " 퍼센트"))


def _num_times_word(r: random.Random) -> str:
    return r.choice(KOREAN_DIGIT_WORDS) + r.choice((" 배", "배"))


def _num_times(r: random.Random) -> str:
    value = r.choice((str(r.randint(2, 9999)), f"{r.randint(1, 9)}.{r.randint(1, 9)}"))
    return value + "배" + r.choice(("", " 이상", " 가까이", "가량"))


def _num_people(r: random.Random) -> str:
    n = r.choice((r.randint(2, 999), r.randint(1000, 99999)))
    return r.choice((f"약 {n}명", f"{n}여 명", f"{_int_comma(n)}명", f"{n}여명", f"{n}명 이상"))


_UNITS = ("페타플롭", "km", "TB", "GB", "GHz", "MW", "㎡", "kg", "nm", "GW", "톤", "만 대", "개월", "시간",
          "테라바이트", "기가와트", "mm", "km/h")


def _num_unit(r: random.Random) -> str:
    value = r.choice((str(r.randint(1, 999)), f"{r.randint(1, 99)}.{r.randint(1, 9)}", _int_comma(r.randint(1000, 99999))))
    unit = r.choice(_UNITS)
    return value + (" " if unit[0] >= "가" or r.random() < 0.3 else "") + unit


def _num_vague(r: random.Random) -> str:
    return r.choice(("수백억", "수천억", "수조", "수십억", "수백만", "수십", "수천")) + r.choice((" 원", "원", " 달러", " 명", "개"))


def _num_year(r: random.Random) -> str:
    year = r.randint(1995, 2030)
    style = r.randrange(4)
    if style == 0:
        return f"{year}년"
    if style == 1:
        return f"{year}년 {r.randint(1, 12)}월"
    if style == 2:
        return f"'{year % 100:02d}년"
    return f"{year}년 {r.randint(1, 12)}월 {r.randint(1, 28)}일"


def _num_count(r: random.Random) -> str:
    n = r.choice((r.randint(2, 99), r.randint(100, 9999), r.randint(10000, 999999)))
    return r.choice((f"{n}개", f"{_int_comma(n)}건", f"{n}개사", f"{r.randint(1, 9999)}억개", f"{_int_comma(n)}곳"))


def _num_won(r: random.Random) -> str:
    return r.choice((f"{r.randint(1, 9999)}억원", f"{r.randint(1, 9999)}억 원", f"{_int_comma(r.randint(1, 9999) * 10)}만원",
                     f"{r.randint(1, 9)}조 원", f"{r.randint(1, 999)}만 달러"))


def _num_ordinal(r: random.Random) -> str:
    return r.choice((f"{r.randint(1, 9)}세대", f"{r.randint(1, 50)}위", f"{r.randint(1, 9)}차", f"{r.randint(2, 30)}번째"))


NUMBER_STYLES: tuple[Callable[[random.Random], str], ...] = (
    _num_eok, _num_eok_man, _num_jo_eok, _num_comma_jo, _num_latin_scale, _num_usd, _num_usd_krw, _num_pct,
    _num_pct, _num_times_word, _num_times, _num_people, _num_unit, _num_unit, _num_vague, _num_year, _num_year,
    _num_count, _num_won, _num_won, _num_ordinal,
)


# ---------------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------------

class Writer:
    """Composes words into sentences with random structure; one instance per article."""

    def __init__(self, rng: random.Random, vocab: Vocab, number_rate: float) -> None:
        self.r = rng
        self.rnd = rng.random
        self.v = vocab
        self.number_rate = number_rate

    def pick(self, seq: Sequence[T]) -> T:
        # seq[int(random() * n)] is several times faster than Random.choice; the corpus only
        # needs to be deterministic, not unbiased to the last ulp.
        return seq[int(self.rnd() * len(seq))]

    # -- words ---------------------------------------------------------------------------------
    def noun(self) -> str:
        return self.pick(self.v.compounds if self.r.random() < 0.3 else self.v.nouns)

    def verbal(self) -> str:
        return self.pick(self.v.verbal_compounds if self.r.random() < 0.1 else self.v.verbal)

    def entity(self) -> str:
        x = self.r.random()
        if x < 0.25:
            return self.pick(ENTITIES)
        if x < 0.35:
            return self.pick(self.v.models)
        return self.pick(self.v.companies)

    def person(self) -> str:
        return f"{self.pick(self.v.people)} {self.entity()} {self.pick(TITLES)}"

    def number(self) -> str:
        return self.pick(NUMBER_STYLES)(self.r)

    def noun_phrase(self) -> list[str]:
        x = self.r.random()
        if x < 0.3:
            return [self.pick(self.v.adjectives), self.noun()]
        if x < 0.45:
            return [josa(self.noun(), "and") if self.r.random() < 0.3 else self.noun() + "의", self.noun()]
        if x < 0.6:
            return [self.entity(), self.noun()]
        return [self.noun()]

    # -- chunks (each returns a few words) ------------------------------------------------------
    def c_object(self) -> list[str]:
        words = self.noun_phrase()
        words[-1] = josa(words[-1], "obj")
        return words

    def c_location(self) -> list[str]:
        words = self.noun_phrase()
        words[-1] += self.pick(("에서", "에", "에게", "까지", "부터", "보다", "처럼", "만큼"))
        return words

    def c_direction(self) -> list[str]:
        words = self.noun_phrase()
        words[-1] = josa(words[-1], "dir")
        return words

    def c_adverb(self) -> list[str]:
        return [self.pick(ADVERBS)]

    def c_connective(self) -> list[str]:
        if self.r.random() < 0.3:
            return [self.pick(NATIVE_VERBS)[1]]
        return [josa(self.noun(), "obj"), self.verbal() + self.pick(CONNECT_ACTIVE)]

    def c_relative(self) -> list[str]:
        if self.r.random() < 0.3:
            verb = self.pick(NATIVE_VERBS)[self.pick((2, 3))]
        else:
            verb = self.verbal() + self.pick(REL_ACTIVE)
        return [verb, josa(self.noun(), self.pick(("obj", "subj", "topic", "dir", "and")))]

    def c_entity(self) -> list[str]:
        return [josa(self.entity(), self.pick(("and", "obj", "dir"))) if self.r.random() < 0.6
                else self.entity() + self.pick(("의", "에", "에서", "측은", "도"))]

    def c_quoted(self) -> list[str]:
        words = self.noun_phrase()
        quote = self.pick(("'", "‘’", "“”"))
        left, right = (quote, quote) if len(quote) == 1 else (quote[0], quote[1])
        words[0] = left + words[0]
        tail = self.pick(("obj", "quote", "dir", "and", "에", "의"))
        words[-1] = josa(words[-1] + right, tail) if tail in _PARTICLES else words[-1] + right + tail
        return words

    def c_place(self) -> list[str]:
        return [self.pick(PLACES) + self.pick(("에서", "에", "과", "의", "지역", "시장에서"))]

    def c_number(self) -> list[str]:
        r = self.r
        figure = self.number()
        tail = self.pick(("", "", "의", "를", "로", "에", "에 달하는", "규모의", "수준으로", "을 넘는", "가량의"))
        if tail in ("를", "로"):
            figure = josa(figure, "obj" if tail == "를" else "dir")
        elif tail.startswith(("에", "의")) or tail == "":
            figure += tail if tail.startswith(("에", "의")) else ""
        else:
            figure += " " + tail
        x = r.random()
        if x < 0.4:
            return [self.entity() + "의", josa(self.pick(ATTRIBUTES), "topic"), figure]
        if x < 0.6:
            return [josa(self.pick(ATTRIBUTES), "subj"), figure]
        return [figure]

    # Chunk kinds repeated by weight, so one uniform pick is a weighted choice.
    chunk_table: tuple[Callable[["Writer"], list[str]], ...] = (
        (c_object,) * 6 + (c_location,) * 5 + (c_direction,) * 3 + (c_adverb,) * 3 + (c_connective,) * 4
        + (c_relative,) * 4 + (c_entity,) * 3 + (c_quoted,) * 1 + (c_place,) * 2
    )

    # -- sentences ------------------------------------------------------------------------------
    def subject(self) -> list[str]:
        x = self.r.random()
        if x < 0.3:
            return [josa(self.entity(), self.pick(("topic", "subj")))]
        if x < 0.45:
            words = self.person().split(" ")
            words[-1] = josa(words[-1], "topic")
            return words
        words = self.noun_phrase()
        words[-1] = josa(words[-1], self.pick(("topic", "subj")))
        return words

    def predicate(self) -> list[str]:
        r = self.r
        x = r.random()
        if x < 0.5:
            return [self.verbal() + self.pick(PRED_ACTIVE)]
        if x < 0.7:
            return [self.pick(self.v.passive) + self.pick(PRED_PASSIVE)]
        if x < 0.88:
            return [self.pick(NATIVE_VERBS)[0]]
        return [self.pick(self.v.adjectives) if r.random() < 0.4 else self.noun(), josa(self.noun(), "cop")]

    def sentence(self) -> str:
        r = self.r
        length = r.randint(8, 30)
        words: list[str] = []
        if r.random() < 0.25:
            words.append(self.pick(OPENERS))
        if r.random() < 0.2:
            words += [self.number(), self.pick(("기준", "현재", "말", "초"))] if r.random() < 0.3 else [_num_year(r)]
        words += self.subject()
        numbers = 1 if r.random() < self.number_rate else 0
        if numbers and r.random() < 0.25:
            numbers = 2
        slots = [r.randrange(length) for _ in range(numbers)]
        while len(words) < length - 1:
            if slots and len(words) >= min(slots):
                slots.remove(min(slots))
                words += self.c_number()
            else:
                words += self.pick(self.chunk_table)(self)
        for _ in slots:
            words += self.c_number()
        words += self.predicate()
        text = " ".join(words) + "."
        if r.random() < 0.1:
            speaker = self.person().split(" ")
            speaker[-1] = josa(speaker[-1], "topic")
            open_q, close_q = self.pick((("“", "”"), ('"', '"')))
            text = f"{' '.join(speaker)} {open_q}{text[:-1]}{close_q}라고 {r.choice(SPEECH_VERBS)}."
        return text

    def paragraph(self) -> str:
        n = self.r.choices((1, 2, 3, 4, 5, 6), (22, 28, 22, 13, 9, 6))[0]
        return " ".join(self.sentence() for _ in range(n))

    def heading(self) -> str:
        """A short title-like line without a full stop."""
        r = self.r
        words = [self.entity()] if r.random() < 0.6 else self.noun_phrase()
        if r.random() < 0.4:
            words[0] = "·".join([words[0]] + [self.entity() for _ in range(r.randint(1, 2))])
        words[-1] = josa(words[-1], self.pick(("topic", "subj", "and", "obj"))) if r.random() < 0.7 else words[-1]
        words += self.noun_phrase()
        if r.random() < 0.5:
            words.append(self.number())
        words.append(self.verbal() + self.pick(("", "", "한다", "나서", "박차", "본격화", "…왜")))
        if r.random() < 0.3:
            words += ["…" + self.noun(), self.pick(("뭐길래", "주목", "급부상", "어디까지", "논란", "기대감"))]
        return " ".join(w for w in words if w)


# ---------------------------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------------------------

@dataclass(eq=False)
class Segment:
    """A piece of one line; injected copies are segments so their offsets can be reported."""

    text: str


@dataclass(eq=False)
class Line:
    segments: list[Segment]
    kind: str  # title, chrome, sub, para, byline, copy
    blank_after: bool = False
    locked: bool = False  # nothing may be inserted right after this line (inside a copied block)
    used: bool = False    # already a copy source or a glued host

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)


@dataclass(eq=False)
class Article:
    name: str
    lines: list[Line]
    blank_style: bool

    def body_positions(self) -> list[int]:
        """Indexes i where a new line may be inserted before lines[i] (among the body)."""
        first = next(i for i, ln in enumerate(self.lines) if ln.kind in ("para", "copy"))
        last = max(i for i, ln in enumerate(self.lines) if ln.kind in ("para", "copy"))
        return [i for i in range(first + 1, last + 2) if not self.lines[i - 1].locked]

    def originals(self) -> list[int]:
        return [i for i, ln in enumerate(self.lines) if ln.kind == "para" and not ln.used]


def _line(text: str, kind: str, blank: bool = False) -> Line:
    return Line([Segment(text)], kind, blank)


def _chrome(r: random.Random, reporter: str, outlet: str) -> list[Line]:
    style = r.randrange(5)
    if style == 0:  # toolbar as in seed 001: "-" between each button
        out: list[Line] = []
        for button in r.sample(CHROME_TOOLBAR, r.randint(3, len(CHROME_TOOLBAR))):
            out += [_line("-", "chrome"), _line(button, "chrome")]
        return out
    if style == 1:  # header block as in seed 002
        stamp = f"{r.randint(2019, 2024)}.{r.randint(1, 12):02d}.{r.randint(1, 28):02d} {r.randint(6, 23):02d}:{r.randint(0, 59):02d}"
        return [_line(reporter, "chrome", True), _line(outlet, "chrome", True), _line(f"입력 {stamp}", "chrome", True),
                _line(f"수정 {stamp}", "chrome", True)]
    if style == 2:  # seed 000: lone "|"
        return [_line("|", "chrome")]
    if style == 3:  # board page as in seed 003
        return [_line("페이지 정보", "chrome"),
                _line(f"작성자 {outlet} 작성일 {r.randint(18, 24)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} "
                      f"조회 {_int_comma(r.randint(100, 30000))} 댓글 0본문", "chrome")]
    return []


def _byline(r: random.Random, reporters: Sequence[tuple[str, str, str]]) -> str:
    name, outlet, email = r.choice(reporters)
    style = r.randrange(4)
    return (f"{name} 기자", f"{name} 기자 {email}", f"{name} {outlet} 기자 {email}", f"[{outlet}] {name} 기자")[style]


def _reporters(seed: int, vocab: Vocab) -> list[tuple[str, str, str]]:
    """A fixed pool, so the same byline recurs across articles as it does in real news."""
    r = random.Random(f"{seed}:reporters")
    out = []
    for _ in range(300):
        outlet, domain = r.choice(OUTLETS)
        user = "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(4, 9)))
        out.append((r.choice(vocab.people), outlet, f"{user}@{domain}"))
    return out


# ---------------------------------------------------------------------------------------------
# Stock mode (--stock): articles recombine stock sentences, as syndicated news reuses sentences
# ---------------------------------------------------------------------------------------------

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
STOCK_SENTENCES = 6000  # the seeds' own sentences, then composed ones
STOCK_HEADLINES = 400  # headline stems; every title is a variant of one
STOCK_SHARE = 0.85  # share of body paragraphs made only of stock sentences
STOCK_LONGEST = 0.4  # no sentence is more than this share of its stock paragraph: two share at most 0.25
STOCK_SKEW = 1.25  # pick index = N * random() ** SKEW: a few sentences are much more common than most
STOCK_LONGEST_SENTENCE = 100  # composed ones are short, so that articles have runs of paragraphs to copy


def seed_sentences() -> list[str]:
    """The distinct sentences of ``seeds/*.txt`` (25 or more characters, ending in . ! ?), sorted."""
    found: set[str] = set()
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
                if len(sentence) >= 25 and sentence.endswith((".", "!", "?")):
                    found.add(sentence)
    return sorted(found)


class Stock:
    """Stock sentences and headline stems shared by every article of a ``--stock`` corpus.

    Most body paragraphs are three to five stock sentences, so nearly every 5-gram of a paragraph
    is in dozens to hundreds of other paragraphs (more as the corpus grows), yet no two original
    paragraphs are near copies: no pair of stock sentences is used in two paragraphs, and no
    sentence is more than ``STOCK_LONGEST`` of its paragraph, so two paragraphs share at most one
    sentence and about a quarter of their 5-grams (c / (2 - c) for a share c). Titles are variants
    of a few hundred headline stems (a prefix, a suffix, a word or a figure changed, some ending
    like a sentence): short near-identical lines that are not copies of each other, all different
    once normalised.
    """

    def __init__(self, seed: int, vocab: Vocab) -> None:
        r = random.Random(f"{seed}:stock")
        w = Writer(r, vocab, 0.3)
        pool = seed_sentences()
        seen = set(pool)
        while len(pool) < STOCK_SENTENCES:
            sentence = w.sentence()
            if sentence not in seen and len(sentence) <= STOCK_LONGEST_SENTENCE:
                seen.add(sentence)
                pool.append(sentence)
        self.sentences = pool
        self.stems = [w.heading() for _ in range(STOCK_HEADLINES)]
        self.pairs: set[int] = set()  # a * len(pool) + b for every pair a < b of sentences used together
        self.titles: set[str] = set()  # normalised titles used so far

    def _skewed(self, r: random.Random, n: int) -> int:
        return int(n * r.random() ** STOCK_SKEW)

    def paragraph(self, r: random.Random, w: Writer) -> str:
        """Three to five stock sentences no two of which were used together before (else a new paragraph)."""
        if r.random() >= STOCK_SHARE:
            return w.paragraph()
        n = len(self.sentences)
        for _ in range(20):
            picked = [self._skewed(r, n) for _ in range(r.choice((3, 4, 4, 5)))]
            if len(set(picked)) < len(picked):
                continue
            texts = [self.sentences[i] for i in picked]
            if max(len(t) for t in texts) > STOCK_LONGEST * sum(len(t) for t in texts):
                continue
            pairs = {min(a, b) * n + max(a, b) for k, a in enumerate(picked) for b in picked[k + 1:]}
            if pairs & self.pairs:
                continue
            self.pairs |= pairs
            return " ".join(texts)
        return w.paragraph()

    def title(self, r: random.Random, w: Writer) -> str:
        """A variant of a headline stem, different (once normalised) from every title so far."""
        for _ in range(50):
            text = self._variant(r, w, self.stems[self._skewed(r, len(self.stems))])
            key = normalise(text)
            if key not in self.titles:
                self.titles.add(key)
                return text
        return w.heading()

    def _variant(self, r: random.Random, w: Writer, stem: str) -> str:
        words = stem.split(" ")
        ending = ""
        for _ in range(r.randint(1, 2)):
            op = r.randrange(5)
            if op == 0:
                words.insert(0, r.choice(("[속보]", "[단독]", "[종합]", "[르포]", "[인터뷰]")))
            elif op == 1:
                words += ["…" + w.noun(), r.choice(("주목", "논란", "기대감", "급부상", "본격화", "어디까지"))]
            elif op == 2 and len(words) > 2:
                words[r.randrange(1, len(words))] = w.noun()
            elif op == 3:
                words.append(w.number())
            else:  # ends like a sentence, so the check compares it from 20 characters on
                ending = w.verbal() + r.choice(("했다.", "한다.", "하기로 했다.", "할 계획이다."))
        # The ending comes last: "X 해결했다." and "X 해결했다. …언어 어디까지" would be one title
        # holding the other's only sentence, a contained copy rather than a variant.
        return " ".join(words + [ending] if ending else words)


def build_article(seed: int, index: int, vocab: Vocab, reporters: Sequence[tuple[str, str, str]],
                  target_bytes: int, stock: "Stock | None" = None) -> Article:
    """One article; with ``stock``, its title is a headline variant and most of its paragraphs
    recombine stock sentences (the default corpus draws nothing from ``stock``: same bytes)."""
    r = random.Random(f"{seed}:article:{index}")
    w = Writer(r, vocab, number_rate=r.uniform(0.18, 0.45))
    blank_style = r.random() < 0.25
    title = w.heading() if stock is None else stock.title(r, w)
    reporter = r.choice(reporters)
    lines = [_line(title, "title", blank_style)]
    if r.random() < 0.15:
        lines.insert(0, _line(r.choice(SECTIONS), "chrome", blank_style))
    lines += _chrome(r, f"{reporter[0]} 기자", reporter[1])
    lines += [_line(w.heading(), "sub", blank_style) for _ in range(r.choices((0, 1, 2, 3), (5, 2, 2, 1))[0])]
    size = sum(len(ln.text.encode()) + 1 for ln in lines)
    first = True
    while size < target_bytes:
        if not first and r.random() < 0.05:
            text, kind = w.heading(), "sub"
        else:
            text, kind = (w.paragraph() if stock is None else stock.paragraph(r, w)), "para"
            if first and r.random() < 0.1:
                text = f"[{reporter[1]}] " + text
            first = False
        lines.append(_line(text, kind, blank_style or r.random() < 0.03))
        size += len(text.encode()) + 1
    lines.append(_line(_byline(r, reporters), "byline"))
    if r.random() < 0.2:
        lines.append(_line(r.choice(FOOTERS), "chrome"))
    return Article(f"{index:05d}.txt", lines, blank_style)


# ---------------------------------------------------------------------------------------------
# Injected duplicates
# ---------------------------------------------------------------------------------------------

@dataclass
class Copy:
    kind: str
    scope: str
    source: Segment
    copy: Segment
    group: int | None = None
    contained: tuple[int, int] | None = None  # superset: where the source text sits in the copy
    extra: dict[str, object] = field(default_factory=dict)


# Copies per 10,000 articles; blocks are counted in copied paragraphs (3-10 per block).
SYNDICATED_MIN, SYNDICATED_MAX = 30, 40  # copies of one syndicated paragraph (--syndicate)
RATES = {"exact": 1000, "exact_ws": 350, "near": 450, "superset": 250, "glued": 200, "block": 910, "headline": 100}
WITHIN_SHARE = {"exact": 0.35, "exact_ws": 0.25, "near": 0.25, "superset": 0.2, "glued": 0.7, "block": 0.3}

_DIGITS = re.compile(r"\d+")


def normalise(text: str) -> str:
    """What 'exact after normalising' means: drop whitespace and punctuation."""
    return re.sub(r"[\W_]+", "", text)


def perturb_ws(r: random.Random, text: str) -> str:
    """Change only whitespace and punctuation (normalise() maps the result back to the source)."""
    out = text
    for _ in range(r.randint(1, 3)):
        op = r.randrange(6)
        if op == 0:
            spaces = [m.start() for m in re.finditer(" ", out)]
            if spaces:
                i = r.choice(spaces)
                out = out[:i] + " " * r.randint(2, 3) + out[i + 1:]
        elif op == 1:
            out = out.replace(", ", " ", 1) if ", " in out else out.replace(" ", ", ", 1)
        elif op == 2:
            out = out.replace(". ", " . ", 1) if r.random() < 0.5 else out.replace(". ", ".  ", 1)
        elif op == 3:
            out = out.replace("'", "‘", 1).replace("'", "’", 1) if "'" in out else out.replace("“", '"').replace("”", '"')
        elif op == 4:
            out = out[:-1] + r.choice(("..", "!", "")) if out.endswith(".") else out + "."
        else:
            out = "\t" + out if r.random() < 0.3 else out + " "
    if out == text:
        out = text.replace(" ", "  ", 1)
    return out


def perturb_near(r: random.Random, text: str, vocab: Vocab) -> tuple[str, dict[str, object]]:
    """1-3 word substitutions and/or one changed number."""
    words = text.split(" ")
    change_number = bool(_DIGITS.search(text)) and r.random() < 0.5
    edits = r.randint(0 if change_number else 1, 3 if not change_number else 2)
    candidates = [i for i, wd in enumerate(words) if re.fullmatch(r"[가-힣]{2,}", wd)]
    for i in r.sample(candidates, min(edits, len(candidates))):
        old = words[i]
        particle = next((p for p in ("에서", "으로", "을", "를", "은", "는", "이", "가", "의", "에", "로", "과", "와")
                         if old.endswith(p) and len(old) > len(p) + 1), "")
        new = r.choice(vocab.nouns)
        words[i] = (josa(new, {"을": "obj", "를": "obj", "은": "topic", "는": "topic", "이": "subj", "가": "subj",
                              "으로": "dir", "로": "dir", "과": "and", "와": "and"}[particle])
                    if particle not in ("", "에서", "의", "에") else new + particle)
    out = " ".join(words)
    if change_number:
        numbers = list(_DIGITS.finditer(out))
        m = r.choice(numbers)
        old_value = m.group()
        new_value = old_value
        while new_value == old_value:
            new_value = str(int(old_value) + r.choice((-2, -1, 1, 2, 3, 10))) if int(old_value) > 3 else str(int(old_value) + r.randint(1, 5))
            if len(new_value) > 1 and new_value.startswith("0"):
                new_value = new_value.lstrip("0") or "1"
        out = out[:m.start()] + new_value + out[m.end():]
    if out == text:  # every candidate word was replaced by itself: force one change
        out = text + " " + r.choice(vocab.nouns) + "."
    return out, {"edits": min(edits, len(candidates)), "number_changed": change_number}


class Injector:
    def __init__(self, seed: int, articles: list[Article], vocab: Vocab) -> None:
        self.r = random.Random(f"{seed}:inject")
        self.articles = articles
        self.vocab = vocab
        self.copies: list[Copy] = []
        self.groups = 0

    # -- picking ----------------------------------------------------------------------------------
    def pick_source(self, min_words: int = 0, max_sentences: int = 99) -> tuple[Article, int]:
        while True:
            art = self.r.choice(self.articles)
            cands = [i for i in art.originals()
                     if len(art.lines[i].text.split(" ")) >= min_words
                     and art.lines[i].text.count(". ") + 1 <= max_sentences]
            if cands:
                i = self.r.choice(cands)
                art.lines[i].used = True
                return art, i

    def pick_target(self, source_art: Article, source_index: int, within: bool) -> tuple[Article, int]:
        """Returns (article, insert position); within-article copies come after the source."""
        if within:
            positions = [p for p in source_art.body_positions() if p > source_index]
            if self.r.random() < 0.3 and source_index + 1 in positions:
                return source_art, source_index + 1
            return source_art, self.r.choice(positions)
        art = self.other_article(source_art)
        return art, self.r.choice(art.body_positions())

    def other_article(self, not_this: Article) -> Article:
        while True:
            art = self.r.choice(self.articles)
            if art is not not_this:
                return art

    def insert(self, art: Article, pos: int, text: str, locked: bool = False) -> Segment:
        seg = Segment(text)
        art.lines.insert(pos, Line([seg], "copy", art.blank_style, locked, used=True))
        return seg

    # -- kinds ------------------------------------------------------------------------------------
    def single(self, kind: str) -> None:
        within = self.r.random() < WITHIN_SHARE[kind]
        min_words = 20 if kind == "near" else 0
        max_sentences = 3 if kind == "superset" else 99
        src_art, si = self.pick_source(min_words, max_sentences)
        src = src_art.lines[si].segments[0]
        extra: dict[str, object] = {}
        contained: tuple[int, int] | None = None
        if kind == "exact":
            text = src.text
        elif kind == "exact_ws":
            text = perturb_ws(self.r, src.text)
        elif kind == "near":
            text, extra = perturb_near(self.r, src.text, self.vocab)
        else:  # superset
            writer = Writer(self.r, self.vocab, 0.3)
            before = [writer.sentence() for _ in range(self.r.randint(0, 2))]
            after = [writer.sentence() for _ in range(self.r.randint(0 if before else 1, 2))]
            text = " ".join(before + [src.text] + after)
            start = len(" ".join(before)) + (1 if before else 0)
            contained = (start, start + len(src.text))
        art, pos = self.pick_target(src_art, si, within)
        self.copies.append(Copy(kind, "within" if art is src_art else "cross", src, self.insert(art, pos, text),
                                contained=contained, extra=extra))

    def glued(self) -> None:
        within = self.r.random() < WITHIN_SHARE["glued"]
        src_art, si = self.pick_source()
        src = src_art.lines[si].segments[0]
        art = src_art if within else self.other_article(src_art)
        while True:
            hosts = [i for i in art.originals() if (art is not src_art or i > si) and art.lines[i].text.endswith(".")]
            if hosts:
                break
            art = self.other_article(src_art)
        host = art.lines[self.r.choice(hosts)]
        host.used = True
        seg = Segment(src.text)
        host.segments.append(seg)  # "...투입했다.세계적으로 ..." as in seed 001
        self.copies.append(Copy("glued", "within" if art is src_art else "cross", src, seg))

    def block(self, length: int) -> int:
        """Copy a run of ``length`` paragraphs (shorter if no article has that many left in a row after
        a thousand tries, as may happen in a small ``--stock`` corpus); returns the run's length."""
        within = self.r.random() < WITHIN_SHARE["block"]
        tries = 0
        while True:
            src_art = self.r.choice(self.articles)
            lines = src_art.lines
            starts = [i for i in range(len(lines) - length + 1)
                      if all(ln.kind == "para" and not ln.used for ln in lines[i:i + length])
                      and not (i > 0 and lines[i - 1].locked)]
            if starts:
                break
            tries += 1
            if tries % 1000 == 0 and length > 3:
                length -= 1
        si = self.r.choice(starts)
        sources = lines[si:si + length]
        for ln in sources:
            ln.used = True
        for ln in sources[:-1]:
            ln.locked = True
        if within:  # seed 001 repeats its own second half at the end, sometimes after the byline
            art = src_art
            byline = max(i for i, ln in enumerate(lines) if ln.kind == "byline")
            later = [p for p in art.body_positions() if p >= si + length]
            pos = self.r.choice(later) if later and self.r.random() < 0.6 else byline + 1
        else:
            art = self.other_article(src_art)
            pos = self.r.choice(art.body_positions())
        self.groups += 1
        for k, ln in enumerate(sources):
            seg = self.insert(art, pos + k, ln.segments[0].text, locked=k < length - 1)
            self.copies.append(Copy("block", "within" if within else "cross", ln.segments[0], seg,
                                    group=self.groups, extra={"block_index": k, "block_length": length}))
        return length

    def headline(self, art: Article) -> None:
        i = next(i for i, ln in enumerate(art.lines) if ln.kind == "title")
        title = art.lines[i]
        seg = Segment(title.text)
        art.lines.insert(i + 1, Line([seg], "copy", title.blank_after, used=True))
        self.copies.append(Copy("headline", "within", title.segments[0], seg))

    def syndicate(self, groups: int, r: random.Random) -> None:
        """``groups`` paragraphs, each copied into 30-40 other articles, every copy exact or near on its own."""
        for group in range(1, groups + 1):
            src_art, si = self.pick_source(min_words=20)
            src = src_art.lines[si].segments[0]
            hosts = [a for a in self.articles if a is not src_art]
            for art in r.sample(hosts, min(len(hosts), r.randint(SYNDICATED_MIN, SYNDICATED_MAX))):
                exact = r.random() < 0.5
                text, extra = (src.text, {}) if exact else perturb_near(r, src.text, self.vocab)
                seg = self.insert(art, r.choice(art.body_positions()), text)
                self.copies.append(Copy("syndicated", "cross", src, seg, group=group,
                                        extra={"exact": exact, **extra}))

    def run(self, n_articles: int) -> None:
        scale = n_articles / 10000
        # Blocks first: later insertions must not split a copied run (Line.locked guards that).
        budget = round(RATES["block"] * scale)
        while budget >= 3:
            length = self.r.randint(3, 10)
            length = budget if budget - length < 3 else length
            budget -= self.block(min(length, 10))
        plan = [k for k in ("exact", "exact_ws", "near", "superset") for _ in range(round(RATES[k] * scale))]
        plan += ["glued"] * round(RATES["glued"] * scale)
        self.r.shuffle(plan)
        for kind in plan:
            self.glued() if kind == "glued" else self.single(kind)
        for art in self.r.sample(self.articles, round(RATES["headline"] * scale)):
            self.headline(art)


# ---------------------------------------------------------------------------------------------
# Rendering and the manifest
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Location:
    file: str
    paragraph: int
    line: int
    start: int
    end: int

    def as_json(self) -> dict[str, object]:
        return {"file": self.file, "paragraph": self.paragraph, "line": self.line, "start": self.start,
                "end": self.end}


def render(art: Article, where: dict[int, Location]) -> str:
    """Join the article's lines and record every segment's location in ``where`` (by id)."""
    parts: list[str] = []
    offset = 0
    line_no = 1
    for paragraph, ln in enumerate(art.lines):
        col = offset
        for seg in ln.segments:
            where[id(seg)] = Location(art.name, paragraph, line_no, col, col + len(seg.text))
            col += len(seg.text)
        sep = "\n\n" if ln.blank_after else "\n"
        parts.append(ln.text + sep)
        offset = col + len(sep)
        line_no += len(sep)
    return "".join(parts)


def copy_record(n: int, c: Copy, where: dict[int, Location]) -> dict[str, object]:
    rec: dict[str, object] = {"id": n, "type": c.kind, "scope": c.scope, "group": c.group,
                              "source": where[id(c.source)].as_json(), "copy": where[id(c.copy)].as_json()}
    if c.contained is not None:
        base = where[id(c.copy)].start
        rec["contained"] = {"start": base + c.contained[0], "end": base + c.contained[1]}
    for key in ("edits", "number_changed", "block_index", "block_length", "exact"):
        if key in c.extra:
            rec[key] = c.extra[key]
    return rec


def generate(out: Path, n_articles: int, seed: int = 1, stock: bool = False, syndicate: int = 0) -> dict[str, object]:
    """Write the corpus and its manifest; ``stock`` recombines stock sentences, ``syndicate`` adds that
    many paragraphs copied into 30-40 articles each. Without them, the bytes of earlier versions."""
    vocab = _build_vocab()
    reporters = _reporters(seed, vocab)
    sizes = random.Random(f"{seed}:sizes")
    pool = Stock(seed, vocab) if stock else None
    # ~4.8 KB per article once injected copies are added (they bring about 3%).
    articles = [build_article(seed, i, vocab, reporters, max(1800, round(sizes.gauss(3980, 900))), pool)
                for i in range(n_articles)]
    injector = Injector(seed, articles, vocab)
    injector.run(n_articles)
    if syndicate:
        injector.syndicate(syndicate, random.Random(f"{seed}:syndicate"))
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("[0-9][0-9][0-9][0-9][0-9].txt"):  # left by an earlier, larger run
        if int(stale.stem) >= n_articles:
            stale.unlink()
    where: dict[int, Location] = {}
    total_bytes = 0
    for art in articles:
        data = render(art, where).encode("utf-8")
        total_bytes += len(data)
        (out / art.name).write_bytes(data)
    copies = [copy_record(n, c, where) for n, c in enumerate(injector.copies)]
    counts: dict[str, int] = {}
    for c in injector.copies:
        counts[c.kind] = counts.get(c.kind, 0) + 1
    manifest: dict[str, object] = {
        "version": MANIFEST_VERSION, "generator": "benchmarks/gen_corpus.py", "seed": seed,
        "articles": n_articles, "bytes": total_bytes,
        "locations": "paragraph: 0-based index among non-blank lines; line: 1-based; "
                     "start/end: half-open code-point offsets into the file text",
    }
    if stock or syndicate:  # only then: the default manifest keeps its bytes
        manifest.update({"stock": stock, "syndicated_groups": syndicate})
    manifest.update({"counts": dict(sorted(counts.items())), "blocks": injector.groups, "copies": copies})
    with open(out / "manifest.json", "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(manifest, ensure_ascii=False, indent=1))
        fh.write("\n")
    return manifest


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--stock", action="store_true",
                        help="articles recombine stock sentences and titles are variants of stock headlines")
    parser.add_argument("--syndicate", type=int, default=0, metavar="N",
                        help=f"also copy N paragraphs into {SYNDICATED_MIN}-{SYNDICATED_MAX} articles each (exact or near)")
    args = parser.parse_args(argv)
    if args.articles < 20:
        parser.error("--articles must be at least 20 (copies need other articles to come from)")
    started = time.perf_counter()
    manifest = generate(args.out, args.articles, args.seed, args.stock, args.syndicate)
    seconds = time.perf_counter() - started
    print(f"wrote {args.articles} articles, {manifest['bytes']} bytes, {manifest['counts']} copies "
          f"to {args.out} in {seconds:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
