"""Currency words and symbols → ISO 4217 codes.

Korean articles write "1억 달러", "1122억원", "198억달러", "한화 약 1122억원";
English ones "$100 million", "US$4.7 billion", "€10M", "20 euros". A bare
"달러"/"dollar"/"$" is read as USD (the reading every Korean outlet intends);
"캐나다 달러", "C$", "HK$" name their own dollars. Subunits (센트, cents,
pence) are converted to the main unit: "50센트" → 0.5 USD.
"""

from __future__ import annotations

from fractions import Fraction
from types import MappingProxyType
from typing import Mapping

# ISO 4217 codes written next to a number ("42 KWD", "MYR42", "UAH 3.04"): unambiguous
# in upper case. Only currencies still in circulation; codes that are also English words
# in capitals (ALL, TOP, CUP, SOS, MOP, BOB) are left out.
ISO_CODES: frozenset[str] = frozenset(
    """AED AFN AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BRL BSD BTN BWP BYN BZD
    CAD CDF CHF CLP CNY COP CRC CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF
    GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP
    LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB
    PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SRD SSP STN SYP SZL THB
    TJS TMT TND TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW BTC""".split()
)
# Names with a country that fixes the currency ("42 kuwaiti dinar", "10 turkish lira");
# bare "dinar", "riyal" or "franc" name many currencies and are left unread.
NAMED_SUFFIX: Mapping[str, str] = MappingProxyType(
    {
        "ringgit": "MYR", "ringgits": "MYR", "malaysia ringgit": "MYR", "malaysian ringgit": "MYR",
        "malaysia ringgits": "MYR", "malaysian ringgits": "MYR", "RM": "MYR", "shekel": "ILS", "shekels": "ILS",
        "tugrik": "MNT", "tugriks": "MNT", "kuwaiti dinar": "KWD", "kuwaiti dinars": "KWD",
        "lebanese pound": "LBP", "lebanese pounds": "LBP", "egyptian pound": "EGP", "egyptian pounds": "EGP",
        "egyptianpound": "EGP", "LE": "EGP", "L.E": "EGP", "l.e.": "EGP", "geneh": "EGP",
        "genihat masriya": "EGP", "qatari riyal": "QAR", "qatari riyals": "QAR", "saudi riyal": "SAR",
        "saudi riyals": "SAR", "saudiriyal": "SAR", "turkish lira": "TRY", "turkish liras": "TRY",
        "mexican peso": "MXN", "mexican pesos": "MXN", "hryvnia": "UAH", "hryvnias": "UAH", "bitcoin": "BTC",
        "bitcoins": "BTC", "Rs": "INR", "Rs.": "INR", "₡": "CRC", "₾": "GEL", "₭": "LAK", "ரூ": "LKR",
        "₿": "BTC", "₺": "TRY", "₽": "RUB", "₹": "INR", "콜론": "CRC", "라리": "GEL", "링깃": "MYR",
        "셰켈": "ILS", "리라": "TRY", "비트코인": "BTC",
    }
)
# Informal US money words: "10 grand" = $10,000, "ten dimes" = $1.
COIN_WORDS: Mapping[str, tuple[str, Fraction]] = MappingProxyType(
    {
        "grand": ("USD", Fraction(1000)), "dime": ("USD", Fraction(1, 10)), "dimes": ("USD", Fraction(1, 10)),
        "nickel": ("USD", Fraction(1, 20)), "nickels": ("USD", Fraction(1, 20)),
    }
)

# Written after the number. Keys are matched case-insensitively for Latin text.
CURRENCY_SUFFIX: Mapping[str, str] = MappingProxyType(
    {
        # Korean
        "원": "KRW", "원화": "KRW", "원어치": "KRW", "달러": "USD", "달러화": "USD", "불": "USD",
        "미국 달러": "USD", "미 달러": "USD", "미달러": "USD", "미국달러": "USD",
        "캐나다 달러": "CAD", "캐나다달러": "CAD", "호주 달러": "AUD", "호주달러": "AUD",
        "홍콩 달러": "HKD", "홍콩달러": "HKD", "싱가포르 달러": "SGD", "대만 달러": "TWD",
        "유로": "EUR", "유로화": "EUR", "엔": "JPY", "엔화": "JPY", "위안": "CNY", "위안화": "CNY",
        "중국 위안": "CNY", "파운드": "GBP", "파운드화": "GBP", "스위스 프랑": "CHF", "루피": "INR",
        "루블": "RUB", "헤알": "BRL", "바트": "THB", "페소": "MXN",
        # issue 16: "800만 스웨덴크로나" (Swedish krona; 크로네 is the Danish and Norwegian krone: unread)
        "크로나": "SEK", "스웨덴 크로나": "SEK", "스웨덴크로나": "SEK",
        "센트": "USD¢", "펜스": "GBP¢", "페니": "GBP¢", "penny": "GBP¢",
        # English
        "dollars": "USD", "dollar": "USD", "usd": "USD", "us dollars": "USD", "u.s. dollars": "USD",
        "euros": "EUR", "euro": "EUR", "eur": "EUR", "won": "KRW", "krw": "KRW", "yen": "JPY", "jpy": "JPY",
        "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY", "pounds sterling": "GBP", "sterling": "GBP",
        "gbp": "GBP", "cad": "CAD", "canadian dollars": "CAD", "aud": "AUD", "australian dollars": "AUD",
        "chf": "CHF", "swiss francs": "CHF", "hkd": "HKD", "inr": "INR", "rupees": "INR", "rupee": "INR",
        "USD": "USD", "EUR": "EUR", "KRW": "KRW", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "GBP": "GBP",
        "CAD": "CAD", "AUD": "AUD", "CHF": "CHF", "HKD": "HKD", "INR": "INR",
        "US$": "USD", "us dollar": "USD", "us dollars": "USD", "chinese yuan": "CNY", "pounds": "GBP",
        "pound": "GBP", "元": "CNY", "円": "JPY",
        "cents": "USD¢", "cent": "USD¢", "pence": "GBP¢", "bucks": "USD",
        # "30bn baht", "8m kronor"; "925p" (pence) is read by extract, which knows the video lines
        "baht": "THB", "kronor": "SEK", "krona": "SEK", "swedish kronor": "SEK", "swedish krona": "SEK",
        "p": "GBP¢",
        "€": "EUR", "$": "USD", "₩": "KRW", "￦": "KRW", "¥": "JPY", "￥": "JPY", "£": "GBP", "¢": "USD¢",
        **NAMED_SUFFIX, **{c: c for c in ISO_CODES},
    }
)

# "30 MUSD", "MAUD 60": millions of a currency in finance shorthand.
MILLION_CODES: Mapping[str, str] = MappingProxyType({"M" + c: c for c in ("USD", "EUR", "GBP", "AUD", "CAD", "CHF", "JPY")})

# Written before the number: "$100", "US$4.7 billion", "€10M", "USD3.14", "₩1,000".
CURRENCY_PREFIX: Mapping[str, str] = MappingProxyType(
    {
        "$": "USD", "US$": "USD", "U.S.$": "USD", "USD": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD",
        "AU$": "AUD", "HK$": "HKD", "S$": "SGD", "NT$": "TWD", "€": "EUR", "EUR": "EUR", "£": "GBP",
        "GBP": "GBP", "¥": "JPY", "￥": "JPY", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "₩": "KRW",
        "￦": "KRW", "KRW": "KRW", "CAD": "CAD", "AUD": "AUD", "CHF": "CHF", "HKD": "HKD", "INR": "INR",
        "Rs.": "INR", "Rs": "INR", "₹": "INR", "c $": "CAD", "c$": "CAD", "hk $": "HKD", "hk$": "HKD",
        "usd$": "USD", "aud$": "AUD", "cad$": "CAD", "nzd$": "NZD", "NZ$": "NZD", "mxn$": "MXN", "Mex$": "MXN",
        "RM": "MYR", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₿": "BTC", "₺": "TRY", "₽": "RUB",
        "ringgit": "MYR", "malaysia ringgit": "MYR", "malaysian ringgit": "MYR", "malaysia ringgits": "MYR",
        "malaysian ringgits": "MYR", **{c: c for c in ISO_CODES}, **MILLION_CODES,
    }
)


SUBUNIT = Fraction(1, 100)


def split_subunit(code: str) -> tuple[str, Fraction]:
    """"USD¢" → ("USD", 1/100): cents and pence are hundredths of the main unit."""
    if code.endswith("¢"):
        return code[:-1], SUBUNIT
    return code, Fraction(1)
