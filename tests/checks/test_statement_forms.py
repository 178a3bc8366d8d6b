"""Every arithmetic and conversion form in many word orders, both languages, right and wrong (#15).

Each row is one sentence shape with a slot ``{}``: filled with the right figure it must hold (no
finding), filled with the wrong one it must be the one finding, of its form. Paraphrases were
written before the code that reads them; rows marked ``realworld`` are sentences of
``shared/realworld/articles`` (file:line), cut to the clause that matters.
"""

from __future__ import annotations

import pytest
from statement_helpers import lint

D2021 = "입력 2021.05.26 10:00\n"
D2022 = "Published 2022-06-01\n"
D2023 = "입력 2023.03.14 16:00\n"
D2005 = "Published 2005-03-14\n"
DUSD = "Published 2024.03.01\n"

# (template, right, wrong)
GROWTH = [
    ("매출은 2019년 100억원에서 2020년 120억원으로 {} 늘었다.", "20%", "30%"),  # from, to, rate
    ("매출이 100억원에서 120억원으로 늘어 {} 증가했다.", "20%", "30%"),  # from, to, verb, rate
    ("매출은 100억원에서 {} 늘어 120억원이 됐다.", "20%", "30%"),  # from, rate, to
    ("영업이익은 50억원으로 전년 40억원보다 {} 증가했다.", "25%", "35%"),  # to, than, rate
    ("수출액이 1,000억 달러에서 900억 달러로 {} 감소했다.", "10%", "20%"),  # a fall
    ("가입자 수는 지난해 200만명에서 올해 260만명으로 {} 증가했다.", "30%", "40%"),
    ("주가는 5만원에서 6만원으로 올라 {} 상승했다.", "20%", "30%"),
    ("매출 120억원은 전년 100억원보다 {} 많다.", "20%", "40%"),  # subject, than, rate, adjective
    ("점유율은 40%에서 50%로 {} 높아졌다.", "25%", "35%"),  # a relative change of percentages
    ("Sales rose {} to $12 million from $10 million.", "20%", "30%"),  # rate, to, from
    ("Sales rose from $10 million to $12 million, an increase of {}.", "20%", "35%"),  # from, to, noun
    ("Profit grew {} from £40 million to £50 million.", "25%", "35%"),  # "£40m" is read as metres (figure reader)
    ("Revenue was $12 million, up {} from $10 million a year earlier.", "20%", "35%"),  # subject first
    ("Exports fell {} to $900 billion from $1 trillion.", "10%", "20%"),
    ("The number of users climbed to 2.6 million from 2 million, a {} jump.", "30%", "40%"),  # to, from, noun after
    ("From $10 million in 2020, sales increased {} to $12 million in 2021.", "20%", "35%"),  # from first
    ("Prices dropped by {}, from $200 to $150.", "25%", "35%"),  # rate, then from and to
    ("The price fell to $150 from $200, a {} drop.", "25%", "35%"),
    ("Sales rose from $10 million to $12 million, up {}.", "20%", "30%"),  # probe b2:6 (30% only at the rounding's extremes)
    ("Revenue rose {} to $11.1bn from $10.9bn.", "2%", "5%"),  # realworld en_bbc_business_001.txt:3
    ("방문객은 작년 1만명에서 올해 1만2천명으로 {} 늘었다.", "20%", "30%"),
    # paraphrase sweep (s6-arith): a change whose start is its subject ("Sales of", "매출 …은"), not "from"
    ("Sales of $10.0 million grew to $12.0 million, up {}.", "20%", "30%"),  # the start is the subject ("Sales of"), no "from"
    ("Sales of 1,000 units rose to 1,300, up {}.", "30%", "40%"),
    ("매출 100억원은 올해 120억원으로 {} 늘었다.", "20%", "30%"),  # the start is the topic
    ("Profit of $40 million fell to $30 million, down {}.", "25%", "35%"),
]

CAGR = [
    ("배터리 매출은 2019년 20억 달러에서 2024년 80억 달러로 늘어 연평균 {} 증가했다.", "32%", "45%"),  # probe b1:3
    ("Revenue climbed from $20 billion in 2019 to $80 billion in 2024, equal to {} compound annual growth.", "32%", "45%"),
    ("시장 규모는 2020년 100억원에서 2023년 133억원으로 연평균 {} 성장했다.", "10%", "15%"),
    ("Sales grew at a compound annual rate of {}, from $100 million in 2018 to $161 million in 2023.", "10%", "15%"),  # rate first
    ("The market expanded {} a year, from $50 billion in 2015 to $80.5 billion in 2020.", "10%", "5%"),
    ("A CAGR of {} took revenue from $1 billion in 2016 to $2 billion in 2021.", "15%", "20%"),
    ("매출액은 연평균 {}씩 늘어 2016년 10억원에서 2021년 20억원이 됐다.", "15%", "25%"),  # rate, from, to
    ("Sales rose {} annually to 2,594 units in 2020 from 1,000 units in 2010.", "10%", "8%"),
    ("가입자는 2018년 100만명에서 2022년 146만명으로 연평균 {} 증가했다.", "10%", "20%"),
    ("Its fleet grew to 40 ships in 2022 from 20 ships in 2012, an average annual growth rate of {}.", "7.2%", "10%"),
    ("선단은 2012년 20척에서 2022년 40척으로 연평균 {}씩 늘었다.", "7.2%", "10%"),
    ("The population rose to 6.1 million in 2010 from 5 million in 2000, or {} a year.", "2%", "5%"),
    ("인구는 2000년 500만명에서 2010년 610만명으로 매년 {} 늘었다.", "2%", "5%"),
    ("Annual growth of {} lifted profit from $8 million in 2019 to $12.5 million in 2022.", "16%", "25%"),
    ("이익은 2019년 8억원에서 2022년 12억5천만원으로 연평균 {} 성장했다.", "16%", "25%"),
    ("The index went from 100 in 2014 to 150 in 2019, a compound annual growth rate of {}.", "8.4%", "12%"),
    ("지수는 2014년 100에서 2019년 150으로 연평균 {} 올랐다.", "8.4%", "12%"),
    ("Sales are expected to grow {} a year to $16.1 million by 2025 from $10 million in 2020.", "10%", "15%"),  # to, then from
    # seeds/001_44002c1806efbf2a.txt:23: a projection from the last figure with a year
    ("AI 시장이 2018년 198억달러 규모에서 2019년 262억달러로 32.1% 성장했다면서 오는 2025년까지 연 평균 {} 성장해 "
     "1840억 달러 규모로 커질 것이라 전망했다.", "38.4%", "45%"),
    ("The market was worth $26.2 billion in 2019 and is expected to grow at a CAGR of {} to $184 billion by 2025.", "38.4%", "30%"),
    ("수출은 2015년 50억 달러에서 2020년 80.5억 달러로 연평균 {} 늘었다.", "10%", "5%"),
    # paraphrase sweep (s6-arith): the rate named first, the period apart from the figures, a dated series
    ("Sales grew at a {} compound annual rate, from $20 billion in 2019 to $80 billion in 2024.", "32%", "45%"),
    ("Between 2019 and 2024 revenue quadrupled from $2 billion to $8 billion, a CAGR of {}.", "32%", "45%"),
    ("시장 규모는 2019년 20억 달러, 2024년 80억 달러로 이 기간 연평균 성장률은 {}에 이른다.", "32%", "45%"),
    ("Profit rose at an annual rate of {}, from $50 million in 2015 to $80.5 million in 2020.", "10%", "15%"),
    ("From 2016 to 2021 the fleet grew from 20 ships to 40 ships, an average annual growth rate of {}.", "15%", "25%"),
    ("2018년부터 2022년까지 가입자는 100만명에서 146만명으로 연평균 {} 늘었다.", "10%", "20%"),
    ("2015~2020년 수출은 50억 달러에서 80.5억 달러로 연평균 {} 증가했다.", "10%", "5%"),
    ("매출은 2016년 10억원, 2021년 20억원으로 연평균 증가율이 {}다.", "15%", "25%"),
    ("지난 5년간 매출은 20억 달러에서 80억 달러로 연평균 {} 성장했다.", "32%", "45%"),
    ("Sales grew {} annually between 2010 and 2020, from 1,000 units to 2,594 units.", "10%", "8%"),
    ("2019년 20억 달러였던 시장은 2024년 80억 달러로 커져 연평균 {} 성장했다.", "32%", "45%"),
    # held out while the readings above were written (s6-arith), then run once: they held
    ("The population was 5 million in 2000 and 6.1 million in 2010, a compound annual growth rate of {}.", "2%", "5%"),
    ("Over the decade from 2012 to 2022, its fleet doubled from 20 ships to 40, growing {} a year.", "7.2%", "10%"),
    ("The index, at 100 in 2014, rose to 150 in 2019, a compound annual growth rate of {}.", "8.4%", "12%"),
]

SHARE = [
    ("해외 매출 150억 달러는 전체(200억 달러)의 {}에 해당한다.", "75%", "60%"),  # probe b1:4: part, whole, share
    ("The company sold 2 million phones, of which 1.2 million went abroad, or {} of the total.", "60%", "70%"),  # probe b2:4
    ("응답자 160명 가운데 104명({})이 찬성했다.", "65%", "56%"),  # probe f3:5: whole, part, share
    ("응답자 160명 가운데 {}(104명)가 찬성했다.", "65%", "56%"),  # whole, share, part
    ("Of the 200 respondents, 150 ({}) said yes.", "75%", "65%"),  # whole first
    ("150 of the 200 respondents ({}) said yes.", "75%", "97%"),  # part first
    ("Women made up {} of the 200 staff, or 90 people.", "45%", "54%"),  # share, whole, part
    ("전체 직원 200명 중 여성은 90명으로 {}를 차지한다.", "45%", "54%"),
    ("여성 직원은 90명으로 전체 200명의 {}다.", "45%", "54%"),  # part, whole, share
    ("Foreign sales of $150 million were {} of total sales of $200 million.", "75%", "60%"),
    ("In a poll of 1,000 voters, 520 ({}) backed the plan.", "52%", "48%"),
    ("Of 40 seats, the party won 18, or {}.", "45%", "54%"),
    ("회원 160명이 참여한 설문에서 응답자의 {}(104명)가 찬성했다.", "65%", "56%"),  # the whole is the survey's size
    ("Some 2,000 adults were surveyed; {} (1,300) said prices were too high.", "65%", "56%"),
    ("매출 1조원 가운데 수출이 7000억원으로 {}에 이른다.", "70%", "60%"),
    ("Exports were $700 million, {} of the $1 billion total.", "70%", "60%"),
    ("국내 확진자 1,000명 중 해외유입은 50명({})이었다.", "5%", "15%"),
    ("Of the 27 senior officials, 8 ({}) came from the ministry.", "30%", "29%"),  # 29.6 %: "29%" is truncated
    ("2016년 현재 고위공무원 27명 중 과기부 출신은 8명({})으로 3명이 줄었다.", "30%", "29%"),  # realworld ko_scinews_49.txt:23
    ("Out of 50 tested, 45 ({}) passed.", "90%", "80%"),
    ("60 billion of the 80 billion parameters, {}, are in the encoder.", "75%", "70%"),
]

RATIO = [
    ("매개변수 3500억개짜리 새 모델은 친칠라(700억개)의 {}에 이른다.", "다섯 배", "세 배"),  # subject first (probe b1:5)
    ("The new model has 350 billion parameters, {} the 70 billion of Chinchilla.", "five times", "four times"),
    ("친칠라(700억개)의 {}에 달하는 3500억개의 매개변수를 갖췄다.", "다섯 배", "세 배"),  # subject last
    ("노바의 새 모델은 파라미터가 900억개다. 회사는 이 모델이 블룸(1760억개)의 {}에 이른다고 했다.", "절반", "3분의 2"),  # probe b1:6
    ("Nova's new model has 90 billion parameters. The company says it is {} of BLOOM's 176 billion.", "half", "two-thirds"),
    ("Chinchilla's 70 billion parameters are {} of Gopher's 280 billion.", "a quarter", "a third"),
    ("친칠라의 매개변수 700억개는 고퍼(2800억개)의 {}이다.", "4분의 1", "3분의 1"),
    ("고퍼(2800억개)의 {}에 불과한 700억개의 매개변수로 학습했다.", "4분의 1", "3분의 1"),
    ("Costs were {} the $1 million budget, at $2 million.", "twice", "triple"),  # multiple, base, subject
    ("At $2 million, costs were {} the $1 million budget.", "twice", "triple"),  # subject, multiple, base
    ("The 2 million visitors were {} as many as the 500,000 of last year.", "four times", "three times"),
    ("올해 방문객 200만명은 지난해 50만명의 {}다.", "4배", "3배"),
    ("작년 50만명보다 {} 많은 200만명이 찾았다.", "4배", "3배"),  # base, multiple, subject
    ("The chip has 4 billion transistors, {} the 1 billion of its predecessor.", "4×", "3×"),
    ("신형 칩의 트랜지스터 40억개는 이전 칩 10억개의 {}에 달한다.", "4배", "2배"),
    ("The fund's $50 billion is {} the size of the $25 billion fund.", "double", "triple"),
    ("LG는 GPT-3가 보유한 1750억개 파라미터의 {} 6000억개의 파라미터를 갖추겠다는 목표도 제시했다.", "3배를 넘어선", "4배를 넘어선"),  # seeds/001:20
    ("GPT-3(1750억개)의 {}에 가까운 6000억개의 파라미터를 목표로 한다.", "3.5배", "2배"),
    ("The budget of $2 billion is {} last year's $4 billion.", "half", "a third"),
    ("예산 2조원은 지난해 4조원의 {}이다.", "절반", "3분의 1"),
    ("정부는 5000억원의 {}인 2500억원을 우선 집행한다.", "절반", "3분의 1"),
    # paraphrase sweep (s6-arith): the subject unnamed, its figure in an apposition, a relative clause or the sentence before
    ("The new model, with 350 billion parameters, is {} the size of Chinchilla (70 billion).", "five times", "four times"),
    ("The new model has 350 billion parameters, {} as many as Chinchilla (70 billion).", "five times", "four times"),
    ("Nova's new model has 90 billion parameters. The company says that is {} of BLOOM (176 billion).", "half", "two-thirds"),
    ("노바의 새 모델 파라미터는 900억개다. 회사는 이 모델이 1760억개인 블룸의 약 {} 규모라고 설명했다.", "절반", "3분의 2"),
    ("Nova's model has 90 billion parameters.\nThat makes it {} the size of BLOOM, which has 176 billion.", "half", "two-thirds"),
    ("The chip, with 4 billion transistors, is {} the size of its predecessor (1 billion).", "four times", "three times"),
    ("새 모델의 파라미터는 3500억개다. 이는 700억개인 친칠라의 {}에 해당한다.", "다섯 배", "네 배"),
    ("At 2 million, this year's visitors were {} as many as last year (500,000).", "four times", "three times"),
    ("The fund now manages $50 billion. That is {} the $25 billion it managed in 2020.", "double", "triple"),
    ("The new model has 350 billion parameters, {} as many as Chinchilla, which has 70 billion.", "five times", "four times"),
    ("새 칩에는 트랜지스터 40억개가 들어갔다. 10억개인 이전 칩의 {}다.", "4배", "3배"),
    # held out while the readings above were written (s6-arith), then run once: they held
    ("올해 예산은 2조원이다. 이는 4조원이던 지난해의 {} 수준이다.", "절반", "3분의 1"),
    ("Its 280 billion parameters make it {} the size of Chinchilla, with 70 billion.", "four times", "three times"),
    ("The model weighs in at 90 billion parameters.\n\nIt is {} of BLOOM (176 billion).", "half", "two-thirds"),
    ("The startup's model has 7 billion parameters, roughly {} that of GPT-2 (1.5 billion).", "five times", "three times"),
]

DIFFERENCE = [
    ("The new chip has 80 billion transistors, {} more than the 60 billion of its predecessor.", "20 billion", "30 billion"),  # probe b2:5
    ("새 칩의 트랜지스터는 800억개로 이전 칩의 600억개보다 {} 많다.", "200억개", "300억개"),  # subject, base, difference
    ("이전 칩(600억개)보다 {} 많은 800억개의 트랜지스터를 넣었다.", "200억개", "300억개"),  # base, difference, subject
    ("At 80 billion, the count is {} higher than the 60 billion before.", "20 billion", "30 billion"),
    ("{} more than its predecessor's 60 billion, the chip has 80 billion transistors.", "20 billion", "30 billion"),  # difference first
    ("올해 신입생은 1,200명으로 작년 1,000명보다 {} 늘었다.", "200명", "300명"),
    ("The city has 1,200 students this year, {} fewer than the 1,500 of last year.", "300", "200"),
    ("학생 수는 1,200명으로 작년 1,500명보다 {} 줄었다.", "300명", "200명"),
    ("Exports reached $5.5 billion, {} more than imports of $4 billion.", "$1.5 billion", "$2 billion"),
    ("수출은 55억 달러로 수입 40억 달러보다 {} 많았다.", "15억 달러", "20억 달러"),
    ("With 52 seats, the party has {} more than the 40 of its rival.", "12", "20"),
    ("The rival won 40 seats, {} fewer than the 52 of the winner.", "12", "10"),
    ("지난해 40명보다 {} 많은 52명이 합격했다.", "12명", "10명"),
    ("매출 300억원은 경쟁사 250억원보다 {} 많다.", "50억원", "70억원"),
    ("The new plant will employ 3,000 people, {} more than the 2,400 at the old one.", "600", "800"),
    ("새 공장 직원은 3,000명으로 옛 공장 2,400명보다 {} 많다.", "600명", "800명"),
    ("{} more than the $60 million raised last year, this year's round brought in $80 million.", "$20 million", "$30 million"),
    ("올해 모금액 80억원은 작년 60억원보다 {} 많다.", "20억원", "30억원"),
    ("점유율이 40%에서 50%로 {} 상승했다.", "10%p", "5%p"),
    ("Turnout went from 40% to 50%, up {}.", "10 percentage points", "5 percentage points"),
    ("전체 취업인구 중 청년기의 비중은 1990년 26.4%에서 2010년 15.3%로 {} 감소했다.", "11.1%p", "11.1%"),  # realworld ko_wikinews_277.txt:5
    # paraphrase sweep (s6-arith): the amount a change is stated by, next to its "from" and "to"
    ("새 칩은 트랜지스터가 800억개로 이전 세대 600억개에서 {} 늘었다.", "200억개", "300억개"),
    ("매출은 100억원에서 125억원으로 {} 늘었다.", "25억원", "35억원"),
    ("Revenue rose by {} from $60 million to $80 million.", "$20 million", "$30 million"),
    ("직원 수는 1,500명에서 1,230명으로 {} 줄었다.", "270명", "370명"),
    ("The chip has 80 billion transistors, up {} from the 60 billion of its predecessor.", "20 billion", "30 billion"),
    ("The new plant employs 3,000 people, up {} from 2,400 at the old one.", "600", "800"),
    ("The workforce shrank to 1,200 from 1,500, a drop of {}.", "300", "200"),  # held out, then run once: held
]

SUM = [
    ("남 52명, 여 48명 등 총 {}이 참가했다.", "100명", "110명"),  # parts, total
    ("참가자는 총 {}(남 52명, 여 48명)이다.", "100명", "110명"),  # total, parts in a parenthesis
    ("52 men and 48 women, {} in total, took part.", "100", "110"),
    ("Men (52) and women (48) made up a total of {}.", "100", "110"),
    ("A사 30억원과 B사 20억원을 합쳐 {}을 투자한다.", "50억원", "60억원"),
    ("서울 10명, 부산 5명 등 총 {}이 확진됐다.", "30명", "12명"),  # 등: the listed parts are some of the total
    ("Grants of $3.5 million and $2.5 million, a combined {}, arrive in May.", "$6 million", "$7 million"),
    ("The company employs 1,200 people in Seoul and 800 in Busan, {} altogether.", "2,000", "2,200"),
    ("서울 1,200명, 부산 800명으로 모두 {}을 고용하고 있다.", "2,000명", "2,200명"),
    ("국내 40만 대, 해외 60만 대 등 총 {}를 팔았다.", "100만 대", "90만 대"),  # 국내/해외: the whole
    ("Domestic sales of 400,000 and overseas sales of 600,000 brought the total to {}.", "1 million", "900,000"),
    ("총 {}(국내 40만 대, 해외 60만 대)를 팔았다.", "100만 대", "90만 대"),
    ("1분기 100억원, 2분기 150억원, 3분기 120억원으로 누적 {}이다.", "370억원", "300억원"),
    ("Q1 revenue of $100 million, Q2 $150 million and Q3 $120 million, for a total of {} so far.", "$370 million", "$400 million"),
    ("지역발생 837명, 해외유입 32명 등 신규 확진자는 총 {}이다.", "869명", "896명"),
    ("Boys (312) and girls (288) make a total of {} pupils.", "600", "620"),
    ("남학생 312명과 여학생 288명을 합하면 {}이다.", "600명", "620명"),
    ("The budget is split into $40 million for roads and $60 million for rail, {} in all.", "$100 million", "$120 million"),
    ("서울 120곳, 부산 80곳 등 전국 총 {}의 매장을 운영한다.", "200곳", "180곳"),
    ("The two grants, $3.5 million and $2.5 million, a combined {}, arrive in May.", "$6 million", "$7 million"),
    ("남성 25명과 여성 15명 등 모두 {}이 참석했다.", "40명", "45명"),
    # paraphrase sweep (s6-arith): an amount added to a figure stated before it
    ("Its predecessor had 60 billion transistors; the new chip adds {}, for a total of 80 billion.", "20 billion", "30 billion"),
    ("The old model had 60 billion parameters; the new one adds another {} for 80 billion in all.", "20 billion", "30 billion"),
    ("The fund had $60 million; donors added {}, bringing it to $80 million.", "$20 million", "$30 million"),
    ("기존 모델은 파라미터가 600억개였고, 새 모델은 여기에 {}를 더해 800억개가 됐다.", "200억개", "300억개"),
    ("The firm, with 200 staff, hired {} more, bringing the total to 250.", "50", "100"),
]

UNIT = [
    ("이 장비는 초당 5경 회의 연산(약 {})을 처리한다.", "50페타플롭스", "500페타플롭스"),  # probe b1:7
    ("이 장비는 {}(초당 5경 회 연산)을 낸다.", "50페타플롭스", "500페타플롭스"),  # the other way round
    ("The drive holds 2TB ({}).", "2,000GB", "200GB"),
    ("신제품은 2TB({}) 저장공간을 제공한다.", "2,000GB", "200GB"),
    ("A {} (2TB) drive ships next month.", "2,000GB", "200GB"),  # the converted figure first
    ("마라톤 코스는 10km(약 {})이다.", "6.2마일", "16마일"),
    ("The trail is 10 km, or about {}, long.", "6.2 miles", "16 miles"),
    ("He ran {} (10 km) before noon.", "6.2 miles", "16 miles"),
    ("The pool is 50 m ({}) long.", "164 ft", "500 ft"),
    ("The bag weighs 5 kg ({}).", "11 lb", "5 lb"),
    ("The tank holds 50 litres ({} gallons).", "13.2", "30"),
    ("용량은 1.5L({})이다.", "1,500mL", "150mL"),
    ("The array delivers 1 exaflops ({} petaflops).", "1,000", "100"),
    ("새 슈퍼컴퓨터는 1엑사플롭스({})의 성능을 낸다.", "1,000페타플롭스", "100페타플롭스"),
    ("Each file is 500 MB ({}) in size.", "0.5 GB", "5 GB"),
    ("The cable is 3 miles ({}) long.", "4.8 km", "3 km"),
    ("케이블 길이는 3마일(약 {})이다.", "4.8km", "3km"),
    ("The chip runs at 3 GHz ({}).", "3,000 MHz", "300 MHz"),
    ("주파수는 3GHz({})이다.", "3,000MHz", "300MHz"),
    ("The 4 TB ({}) drive is the largest.", "4,000 GB", "400 GB"),
    ("국내 최대인 700 페타플롭(PetaFlop·1초 안에 할 수 있는 연산처리가 {}에 달하는 것)이상의 슈퍼컴퓨터", "1000조번", "1000억번"),  # seeds/000:11
    # paraphrase sweep (s6-arith): operations per second restated after the verb, in an apposition
    ("The system handles 50 quadrillion calculations a second, or roughly {}.", "50 petaflops", "500 petaflops"),
    ("이 슈퍼컴퓨터는 1초에 5경 번 연산할 수 있다({}).", "50페타플롭스", "500페타플롭스"),
    ("이 장비는 초당 5경 회 연산, 즉 약 {}의 성능을 낸다.", "50 페타플롭스", "500 페타플롭스"),
    ("이 슈퍼컴퓨터는 초당 5경 번 연산한다(약 {}).", "50페타플롭스", "500페타플롭스"),
    ("It can perform 200 quadrillion calculations per second, that is, {}.", "200 petaflops", "20 petaflops"),
    ("The machine can do 1 quadrillion operations each second ({}).", "1 petaflops", "10 petaflops"),
    ("슈퍼컴퓨터 성능은 {}, 즉 1초에 5경 번의 연산이다.", "50페타플롭스", "500페타플롭스"),
    ("1초에 1000조 번 계산하는({}) 슈퍼컴퓨터를 들였다.", "1페타플롭스", "10페타플롭스"),
    # held out while the readings above were written (s6-arith), then run once
    ("Its {}, or 50 quadrillion operations per second, put it first.", "50 petaflops", "500 petaflops"),  # failed: fixed after
    ("이 장비는 매초 2경 회의 연산을 수행한다({}).", "20페타플롭스", "200페타플롭스"),
    ("It handles 50 quadrillion calculations per second — about {}.", "50 petaflops", "500 petaflops"),
]

CURRENCY = [
    (D2021 + "LG AI연구원은 총 1억 달러(한화 약 {})를 투자한다.", "1122억원", "1조원"),  # seeds/001:20
    (D2021 + "LG는 1억 달러, 한화로 약 {}을 투자한다.", "1122억원", "1조원"),  # inline
    (D2021 + "The company will invest $1.2 billion ({}) in the project.", "1조 3500억원", "1조 8000억원"),
    (D2005 + "The company agreed to pay $600 million (£{} million) for the unit.", "320", "400"),  # probe f2:3, the figures read
    (D2005 + "The unit was sold for £320 million (${} million).", "600", "900"),  # pounds first
    (D2023 + "독일 정부는 5억 유로(약 {})를 지원한다.", "7000억원", "7000만원"),
    (D2023 + "소니는 100억 엔(약 {})을 투자했다.", "930억원", "9300억원"),  # the per-100-yen slip
    (D2021 + "알리바바는 30억 위안(약 {}) 규모의 펀드를 만든다.", "5300억원", "5300만원"),
    ("2009년 3월 삼성은 1억 달러(약 {})를 투자했다.", "1500억원", "1100억원"),  # the sentence's month, not the article's
    ("In March 2009 it paid $600 million (£{} million).", "420", "320"),
    (D2021 + "태국 정부는 100억 바트(약 {})를 투입한다.", "3600억원", "360억원"),
    (D2021 + "스웨덴은 SEK 100억(약 {})을 냈다.", "1조3000억원", "1300억원"),
    (D2021 + "영국은 6억 파운드(약 {})를 투자한다.", "9500억원", "6000억원"),
    (D2021 + "스위스 기업은 CHF 1억(약 {})을 투자했다.", "1240억원", "1조원"),
    ("LG는 1억 달러(약 {})를 투자한다.", "1100억원", "1조원"),  # undated: some day's rate must match
    (D2022 + "The EU pledged €10 billion (${} billion).", "10.5", "15"),  # a cross rate
    (D2022 + "The fund invested $500 million (about {} won).", "640 billion", "64 billion"),
    (D2023 + "Sony will spend ¥10 billion ({}).", "$75 million", "$750 million"),
    ("Its profits fell to $3.3bn ({}) in the quarter.", "£1.8bn", "£3.3bn"),  # realworld en_bbc_business_409.txt:2 (undated)
    ("The firm posted sales of $102.6bn ({}).", "£53.51bn", "£102.6bn"),  # realworld en_bbc_business_093.txt:2
    ("연구진은 6200만 달러(약 {})를 지원받았다.", "704억 원", "70억 원"),  # realworld ko_scinews_30.txt:33
]

TABLES = {
    "growth": ("arithmetic", {"growth", "difference"}, GROWTH),
    "cagr": ("arithmetic", {"cagr"}, CAGR),
    "share": ("arithmetic", {"share"}, SHARE),
    "ratio": ("arithmetic", {"ratio"}, RATIO),
    "difference": ("arithmetic", {"difference"}, DIFFERENCE),
    "sum": ("arithmetic", {"sum"}, SUM),
    "unit": ("conversion", {"unit", "definition"}, UNIT),
    "currency": ("conversion", {"currency"}, CURRENCY),
}

RIGHT = [pytest.param(kind, forms, t.format(right), id=f"{name}-right-{i}") for name, (kind, forms, rows) in TABLES.items()
         for i, (t, right, _) in enumerate(rows)]
WRONG = [pytest.param(kind, forms, t.format(wrong), id=f"{name}-wrong-{i}") for name, (kind, forms, rows) in TABLES.items()
         for i, (t, _, wrong) in enumerate(rows)]


@pytest.mark.parametrize("kind,forms,text", RIGHT)
def test_right_statement_holds(kind: str, forms: set[str], text: str) -> None:
    statements, findings = lint(text, kind)
    assert findings == [], [f.message for f in findings]
    assert any(s.form in forms and s.verdict == "holds" for s in statements), [(s.form, s.verdict, s.recomputation) for s in statements]


@pytest.mark.parametrize("kind,forms,text", WRONG)
def test_wrong_statement_is_the_one_finding(kind: str, forms: set[str], text: str) -> None:
    statements, findings = lint(text, kind)
    assert len(findings) == 1, [(s.form, s.verdict, s.recomputation) for s in statements]
    assert findings[0].data["form"] in forms, findings[0].message


def test_every_form_has_twenty_rows_in_both_languages() -> None:
    for name, (_, _, rows) in TABLES.items():
        assert len(rows) >= 20, name
        korean = sum(1 for t, *_ in rows if any("가" <= c <= "힣" for c in t.replace("입력", "")))
        assert korean >= 5 and len(rows) - korean >= 5, name
