import assert from 'node:assert/strict';
import { effectForCall, isKnownInstanceType, isKnownModule, lookupApi, lookupInstanceApi } from '../../src/analyzer/knowledge/index';
import { computeTables } from '../../src/analyzer/knowledge/npm-compute';
import type { ApiInfo } from '../../src/analyzer/knowledge/types';

function effectOf(info: ApiInfo | undefined): string | undefined {
  return info?.effect;
}

/** The instance type a module member returns, then the effect of a method on it. */
function viaReturns(spec: string, path: readonly string[], method: readonly string[]): string | undefined {
  const returns = lookupApi(spec, path)?.returns;
  assert.ok(returns, `${spec} ${path.join('.')} returns an instance`);
  return effectOf(lookupInstanceApi(returns, method));
}

describe('knowledge: documents and images', () => {
  it('pngjs: sync read/write compute; a PNG instance parses through zlib streams', () => {
    assert.equal(effectOf(lookupApi('pngjs', ['PNG', 'sync', 'read'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('pngjs', ['PNG', 'sync', 'write'])), 'cpu-heavy');
    assert.equal(viaReturns('pngjs', ['PNG'], ['parse']), 'threadpool');
    assert.equal(viaReturns('pngjs', ['PNG'], ['pack']), 'cpu-heavy');
    assert.equal(viaReturns('pngjs', ['PNG'], ['on']), 'none');
  });

  it('pdfkit: drawing is cheap, paths are read synchronously, end deflates', () => {
    assert.equal(viaReturns('pdfkit', [], ['text']), 'none');
    assert.equal(viaReturns('pdfkit', [], ['moveTo']), 'none');
    assert.equal(viaReturns('pdfkit', [], ['font']), 'blocking-io');
    assert.equal(viaReturns('pdfkit', [], ['image']), 'blocking-io');
    assert.equal(viaReturns('pdfkit', [], ['end']), 'cpu-heavy');
    assert.equal(viaReturns('pdfkit', [], ['pipe']), 'none');
  });

  it('pdf-lib: load and save compute although they return promises', () => {
    const load = lookupApi('pdf-lib', ['PDFDocument', 'load']);
    assert.equal(load?.effect, 'cpu-heavy');
    assert.ok(load?.note);
    assert.equal(viaReturns('pdf-lib', ['PDFDocument', 'create'], ['save']), 'cpu-heavy');
    assert.equal(viaReturns('pdf-lib', ['PDFDocument', 'load'], ['addPage']), 'none');
    assert.equal(viaReturns('pdf-lib', ['PDFDocument', 'load'], ['embedPng']), 'cpu-heavy');
  });

  it('exceljs: xlsx parses and zips on the calling thread; csv streams', () => {
    assert.equal(viaReturns('exceljs', ['Workbook'], ['xlsx', 'readFile']), 'cpu-heavy');
    assert.equal(viaReturns('exceljs', ['Workbook'], ['xlsx', 'load']), 'cpu-heavy');
    assert.equal(viaReturns('exceljs', ['Workbook'], ['xlsx', 'writeBuffer']), 'cpu-heavy');
    assert.equal(viaReturns('exceljs', ['Workbook'], ['csv', 'readFile']), 'async-io');
    assert.equal(viaReturns('exceljs', ['Workbook'], ['addWorksheet']), 'none');
  });

  it('docx, mammoth: packing and converting compute', () => {
    assert.equal(effectOf(lookupApi('docx', ['Packer', 'toBuffer'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('docx', ['Paragraph'])), 'none');
    assert.equal(effectOf(lookupApi('mammoth', ['convertToHtml'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('mammoth', ['extractRawText'])), 'cpu-heavy');
  });

  it('canvas: toBuffer encodes unless given a callback; loadImage of a path blocks', () => {
    const toBuffer = lookupInstanceApi(lookupApi('canvas', ['createCanvas'])!.returns!, ['toBuffer'])!;
    assert.equal(effectForCall(toBuffer, false), 'cpu-heavy');
    assert.equal(effectForCall(toBuffer, true), 'threadpool');
    assert.equal(viaReturns('canvas', ['createCanvas'], ['getContext']), 'none');
    assert.equal(viaReturns('canvas', ['createCanvas'], ['createPNGStream']), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('canvas', ['loadImage'])), 'blocking-io');
  });

  it('qrcode: rendering computes, toFile writes', () => {
    assert.equal(effectOf(lookupApi('qrcode', ['toDataURL'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('qrcode', ['toString'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('qrcode', ['toFile'])), 'async-io');
  });
});

describe('knowledge: crypto and numbers in JavaScript', () => {
  it('node-forge: key generation depends on the callback; parsing and hashing compute', () => {
    const generate = lookupApi('node-forge', ['pki', 'rsa', 'generateKeyPair'])!;
    assert.equal(effectForCall(generate, false), 'cpu-heavy');
    assert.equal(effectForCall(generate, true), 'threadpool');
    assert.equal(viaReturns('node-forge', ['pki', 'privateKeyFromPem'], ['sign']), 'cpu-heavy');
    assert.equal(viaReturns('node-forge', ['md', 'sha256', 'create'], ['update']), 'cpu-heavy');
    assert.equal(viaReturns('node-forge', ['md', 'sha256', 'create'], ['digest']), 'none');
    assert.equal(viaReturns('node-forge', ['pki', 'createCertificate'], ['sign']), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('node-forge', ['util', 'encode64'])), 'cpu-heavy');
  });

  it('tweetnacl and elliptic compute in JavaScript', () => {
    assert.equal(effectOf(lookupApi('tweetnacl', ['box'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('tweetnacl', ['sign', 'detached'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('tweetnacl', ['secretbox', 'open'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('tweetnacl', ['verify'])), 'none');
    assert.equal(viaReturns('elliptic', ['ec'], ['sign']), 'cpu-heavy');
    assert.equal(viaReturns('elliptic', ['ec'], ['genKeyPair']), 'cpu-heavy');
    assert.equal(lookupInstanceApi('elliptic#EC', ['keyFromPrivate'])?.returns, 'elliptic#KeyPair');
    assert.equal(effectOf(lookupInstanceApi('elliptic#KeyPair', ['verify'])), 'cpu-heavy');
  });

  it('bn.js, big.js, decimal.js: arithmetic is cheap and chains', () => {
    assert.equal(viaReturns('bn.js', [], ['add']), 'none');
    assert.equal(lookupInstanceApi('bn.js#BN', ['mul'])?.returns, 'bn.js#BN');
    assert.equal(effectOf(lookupInstanceApi('bn.js#BN', ['redPow'])), 'cpu-heavy');
    assert.equal(viaReturns('big.js', [], ['times']), 'none');
    assert.equal(effectOf(lookupInstanceApi('big.js#Big', ['toFixed'])), 'none');
    assert.equal(viaReturns('decimal.js', [], ['plus']), 'none');
    assert.equal(effectOf(lookupInstanceApi('decimal.js#Decimal', ['somethingElse'])), 'none');
  });

  it('mathjs: expressions and matrix functions compute; scalar helpers are cheap', () => {
    assert.equal(effectOf(lookupApi('mathjs', ['evaluate'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('mathjs', ['inv'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('mathjs', ['round'])), 'none');
    assert.equal(viaReturns('mathjs', ['compile'], ['evaluate']), 'cpu-heavy');
    assert.equal(viaReturns('mathjs', ['create'], ['multiply']), 'cpu-heavy');
  });
});

describe('knowledge: text processing and search', () => {
  it('diff computes', () => {
    assert.equal(effectOf(lookupApi('diff', ['diffLines'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('diff', ['createPatch'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('diff', ['applyPatch'])), 'cpu-heavy');
  });

  it('fuse.js and lunr index and search on the calling thread; FuseWorker hands off', () => {
    assert.equal(effectOf(lookupApi('fuse.js', [])), 'cpu-heavy');
    assert.equal(viaReturns('fuse.js', [], ['search']), 'cpu-heavy');
    assert.equal(viaReturns('fuse.js/worker', ['FuseWorker'], ['search']), 'worker');
    const lunr = lookupApi('lunr', [])!;
    assert.equal(lunr.effect, 'cpu-heavy');
    assert.equal(lunr.invokes, 0);
    assert.equal(viaReturns('lunr', [], ['search']), 'cpu-heavy');
  });

  it('natural: training computes, save and load do file I/O', () => {
    assert.equal(viaReturns('natural', ['BayesClassifier'], ['train']), 'cpu-heavy');
    assert.equal(viaReturns('natural', ['BayesClassifier'], ['save']), 'threadpool');
    assert.equal(effectOf(lookupApi('natural', ['BayesClassifier', 'load'])), 'threadpool');
    assert.equal(viaReturns('natural', ['WordTokenizer'], ['tokenize']), 'cpu-heavy');
    assert.equal(viaReturns('natural', ['TfIdf'], ['addFileSync']), 'blocking-io');
    assert.equal(effectOf(lookupApi('natural', ['PorterStemmer', 'stem'])), 'none');
  });

  it('highlighters: highlight computes; shiki loads grammars asynchronously', () => {
    assert.equal(effectOf(lookupApi('highlight.js', ['highlight'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('highlight.js/lib/core', ['registerLanguage'])), 'none');
    assert.equal(effectOf(lookupApi('prismjs', ['highlight'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('prismjs/components', [])), 'blocking-io');
    assert.equal(effectOf(lookupApi('shiki', ['createHighlighter'])), 'async-io');
    assert.equal(viaReturns('shiki', ['createHighlighter'], ['codeToHtml']), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('shiki', ['codeToHtml'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('katex', ['renderToString'])), 'cpu-heavy');
  });

  it('converters and formatters compute', () => {
    assert.equal(effectOf(lookupApi('js-beautify', ['html'])), 'cpu-heavy');
    assert.equal(viaReturns('turndown', [], ['turndown']), 'cpu-heavy');
    assert.equal(lookupInstanceApi('turndown#TurndownService', ['addRule'])?.returns, 'turndown#TurndownService');
    assert.equal(viaReturns('showdown', ['Converter'], ['makeHtml']), 'cpu-heavy');
  });

  it('unified and remark: process computes although it is awaited', () => {
    const process = lookupInstanceApi(lookupApi('unified', ['unified'])!.returns!, ['process']);
    assert.equal(process?.effect, 'cpu-heavy');
    assert.ok(process?.note);
    assert.equal(lookupInstanceApi('unified#Processor', ['use'])?.returns, 'unified#Processor');
    assert.equal(viaReturns('remark', ['remark'], ['processSync']), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('remark', ['remark', 'process'])), 'cpu-heavy');
  });

  it('front matter: parsing computes; gray-matter read blocks', () => {
    const matter = lookupApi('gray-matter', [])!;
    assert.equal(matter.effect, 'cpu-heavy');
    assert.equal(matter.sizeArgument, 0);
    assert.equal(effectOf(lookupApi('gray-matter', ['read'])), 'blocking-io');
    assert.equal(effectOf(lookupApi('front-matter', [])), 'cpu-heavy');
  });
});

describe('knowledge: markup and CSS', () => {
  it('sanitizers compute', () => {
    assert.equal(effectOf(lookupApi('sanitize-html', [])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('dompurify', ['sanitize'])), 'cpu-heavy');
    assert.equal(viaReturns('dompurify', [], ['sanitize']), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('isomorphic-dompurify', ['sanitize'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('isomorphic-dompurify', ['addHook'])), 'none');
  });

  it('minifiers compute, the terser variant behind a promise', () => {
    assert.equal(effectOf(lookupApi('html-minifier', ['minify'])), 'cpu-heavy');
    const terserVariant = lookupApi('html-minifier-terser', ['minify']);
    assert.equal(terserVariant?.effect, 'cpu-heavy');
    assert.ok(terserVariant?.note);
    assert.equal(viaReturns('clean-css', [], ['minify']), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('csso', ['minify'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('svgo', ['optimize'])), 'cpu-heavy');
  });

  it('lightningcss and @swc/core: sync forms on the calling thread, async forms elsewhere', () => {
    assert.equal(effectOf(lookupApi('lightningcss', ['transform'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('lightningcss', ['bundle'])), 'blocking-io');
    assert.equal(effectOf(lookupApi('lightningcss', ['bundleAsync'])), 'worker');
    assert.equal(effectOf(lookupApi('@swc/core', ['transform'])), 'threadpool');
    assert.equal(effectOf(lookupApi('@swc/core', ['transformSync'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('@swc/core', ['minifySync'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('@swc/core', ['transformFileSync'])), 'blocking-io');
    assert.equal(viaReturns('@swc/core', ['Compiler'], ['parseSync']), 'cpu-heavy');
  });

  it('HTML and XML parsers and builders', () => {
    assert.equal(effectOf(lookupApi('htmlparser2', ['parseDocument'])), 'cpu-heavy');
    assert.equal(viaReturns('htmlparser2', ['Parser'], ['write']), 'cpu-heavy');
    assert.equal(viaReturns('htmlparser2', ['Parser'], ['pause']), 'none');
    assert.equal(effectOf(lookupApi('parse5', ['parse'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('parse5', ['serialize'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('linkedom', ['parseHTML'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('xml-js', ['xml2js'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('xml-js', ['js2xml'])), 'cpu-heavy');
    assert.equal(viaReturns('xmlbuilder', ['create'], ['ele']), 'none');
    assert.equal(lookupInstanceApi('xmlbuilder#XMLNode', ['att'])?.returns, 'xmlbuilder#XMLNode');
    assert.equal(effectOf(lookupInstanceApi('xmlbuilder#XMLNode', ['end'])), 'cpu-heavy');
    assert.equal(viaReturns('xmlbuilder2', ['create'], ['end']), 'cpu-heavy');
    assert.equal(lookupInstanceApi('xmlbuilder2#XMLBuilder', ['ele'])?.returns, 'xmlbuilder2#XMLBuilder');
  });
});

describe('knowledge: validation and schemas', () => {
  it('ajv: compile generates code; the validator walks the data', () => {
    assert.equal(viaReturns('ajv', [], ['compile']), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('ajv/dist/2020', [])), 'none');
    const validator = lookupInstanceApi('ajv#Ajv', ['compile'])!.returns!;
    const validate = lookupInstanceApi(validator, []);
    assert.equal(validate?.effect, 'cpu-heavy');
    assert.equal(validate?.weight, 1);
    assert.equal(viaReturns('ajv', [], ['addSchema']), 'none');
  });

  it('zod: builders chain, parse walks the data', () => {
    assert.equal(lookupApi('zod', ['z', 'object'])?.returns, 'zod#Schema');
    assert.equal(lookupApi('zod', ['string'])?.returns, 'zod#Schema');
    assert.equal(lookupInstanceApi('zod#Schema', ['optional'])?.returns, 'zod#Schema');
    const parse = lookupInstanceApi('zod#Schema', ['parse']);
    assert.equal(parse?.effect, 'cpu-heavy');
    assert.equal(parse?.weight, 1);
    assert.equal(effectOf(lookupInstanceApi('zod#Schema', ['safeParseAsync'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('zod', ['z', 'parse'])), 'cpu-heavy');
  });

  it('yup and joi: validation computes, sync or not', () => {
    assert.equal(viaReturns('yup', ['object'], ['validate']), 'cpu-heavy');
    assert.equal(viaReturns('yup', ['string'], ['validateSync']), 'cpu-heavy');
    assert.equal(lookupInstanceApi('yup#Schema', ['required'])?.returns, 'yup#Schema');
    assert.equal(viaReturns('joi', ['object'], ['validate']), 'cpu-heavy');
    assert.equal(viaReturns('joi', ['object'], ['validateAsync']), 'cpu-heavy');
    assert.equal(lookupInstanceApi('joi#Schema', ['keys'])?.returns, 'joi#Schema');
    assert.equal(effectOf(lookupApi('joi', ['attempt'])), 'cpu-heavy');
  });
});

describe('knowledge: encodings and compression in JavaScript', () => {
  it('binary encodings compute', () => {
    assert.equal(effectOf(lookupApi('@msgpack/msgpack', ['encode'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('@msgpack/msgpack', ['decodeAsync'])), 'async-io');
    assert.equal(effectOf(lookupApi('msgpack-lite', ['decode'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('cbor', ['decodeFirst'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('cbor', ['encode'])), 'cpu-heavy');
    assert.equal(viaReturns('avsc', ['Type', 'forSchema'], ['toBuffer']), 'cpu-heavy');
    assert.equal(viaReturns('avsc', ['Type', 'forSchema'], ['fromBuffer']), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('avsc', ['extractFileHeader'])), 'blocking-io');
    assert.equal(effectOf(lookupApi('bson', ['serialize'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('bson', ['EJSON', 'parse'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('bson', ['ObjectId'])), 'none');
  });

  it('text encodings: iconv-lite and chardet', () => {
    assert.equal(effectOf(lookupApi('iconv-lite', ['decode'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('iconv-lite', ['encodingExists'])), 'none');
    assert.equal(effectOf(lookupApi('chardet', ['detect'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('chardet', ['detectFile'])), 'threadpool');
    assert.equal(effectOf(lookupApi('chardet', ['detectFileSync'])), 'blocking-io');
  });

  it('compression: JavaScript and WebAssembly codecs compute; snappy has thread-pool forms', () => {
    assert.equal(effectOf(lookupApi('lz-string', ['compressToBase64'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('brotli', ['compress'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('brotli/decompress', [])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('snappy', ['compress'])), 'threadpool');
    assert.equal(effectOf(lookupApi('snappy', ['compressSync'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('lz4', ['encode'])), 'cpu-heavy');
  });

  it('versions and globs: one match is cheap, a list is a pass', () => {
    assert.equal(effectOf(lookupApi('semver', ['satisfies'])), 'none');
    assert.equal(effectOf(lookupApi('semver', ['gt'])), 'none');
    assert.equal(lookupApi('semver', ['maxSatisfying'])?.weight, 1);
    assert.equal(effectOf(lookupApi('semver', ['sort'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('minimatch', [])), 'none');
    assert.equal(effectOf(lookupApi('minimatch', ['match'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('minimatch', ['makeRe'])), 'none');
    assert.equal(effectOf(lookupApi('micromatch', [])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('micromatch', ['isMatch'])), 'none');
    assert.equal(effectOf(lookupApi('picomatch', [])), 'none');
    assert.equal(viaReturns('ignore', [], ['ignores']), 'none');
    assert.equal(lookupInstanceApi('ignore#Ignore', ['add'])?.returns, 'ignore#Ignore');
    assert.equal(effectOf(lookupInstanceApi('ignore#Ignore', ['filter'])), 'cpu-heavy');
  });
});

describe('knowledge: compute tables hygiene', () => {
  it('every module table is reachable and every returns is known', () => {
    for (const table of computeTables) {
      if (!table.module.includes('#')) assert.ok(isKnownModule(table.module), table.module);
      for (const [key, info] of Object.entries(table.api)) {
        if (info.returns !== undefined) assert.ok(isKnownInstanceType(info.returns), `${table.module} "${key}" returns ${info.returns}`);
      }
    }
  });

  it('cpu-heavy entries that return promises say so', () => {
    for (const [spec, path] of [
      ['pdf-lib', ['PDFDocument', 'load']],
      ['html-minifier-terser', ['minify']],
      ['brotli', ['compress']],
      ['mammoth', ['convertToHtml']],
    ] as const) {
      assert.ok(lookupApi(spec, path)?.note, `${spec} ${path.join('.')}`);
    }
  });
});

describe('knowledge: string distances', () => {
  it('an edit distance is sized by its strings, the closest of a list is a pass over it', () => {
    const get = lookupApi('fast-levenshtein', ['get']);
    assert.equal(get?.effect, 'cpu-heavy');
    assert.equal(get?.sizeArgument, 0);
    assert.equal(effectOf(lookupApi('fastest-levenshtein', ['closest'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('leven', [])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('damerau-levenshtein', [])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('string-similarity', ['findBestMatch'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('didyoumean2', ['default'])), 'cpu-heavy');
  });
});
