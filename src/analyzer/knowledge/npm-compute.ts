import type { ApiInfo, ModuleTable } from './types';
import {
  asyncIo,
  blocking,
  computesBeforeResolving,
  cpuHeavy,
  creates,
  listenerApi,
  none,
  parsesText,
  serialises,
  threadpool,
  walksTree,
  worker,
} from './api-builders';

/** Libraries that compute: documents and images, crypto and big numbers, text, markup, validation, encodings. */

/** A pass over its first argument that is cheap on small inputs (a schema check, a tokenizer, a filter over a list). */
const passOverInput = (alternative: string): ApiInfo => ({ effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative });
/** The same pass, as a method of a builder whose result the caller keeps (a parsed document, a key). */
const parsesInto = (instanceType: string, alternative = 'parse in a worker thread'): ApiInfo => ({ ...parsesText, alternative, returns: instanceType });
/** Builder and chaining methods: each returns the same kind of object. */
const chain = (instanceType: string, methods: readonly string[]): Record<string, ApiInfo> =>
  Object.fromEntries(methods.map((method) => [method, creates(instanceType)]));
/** The same keys, reached both as `mod.name` and as `mod.ns.name` (`z.object` and `object`). */
const withNamespace = (namespace: string, api: Record<string, ApiInfo>): Record<string, ApiInfo> => ({
  ...api,
  ...Object.fromEntries(Object.entries(api).map(([key, info]) => [`${namespace}.${key}`, info])),
});

// ---------------------------------------------------------------- documents and images

const pngjsDecodes = cpuHeavy('new PNG().parse(buffer, callback) (inflates on the thread pool) or sharp');
const pdfkitReadsPath: ApiInfo = {
  effect: 'blocking-io',
  alternative: 'read the file once with fs/promises.readFile and pass the buffer',
  note: 'given a path, reads the file with fs.readFileSync (standard font names and buffers are not read)',
};
const pdfLibAlternative = 'run pdf-lib in a worker thread';
const pdfLibComputes = computesBeforeResolving(pdfLibAlternative, 'parses or writes the whole PDF in JavaScript on the calling thread (in chunks between setTimeout turns) although it returns a promise');
const exceljsAlternative = 'stream.xlsx.WorkbookReader/WorkbookWriter, or a worker thread';
const exceljsZips = (note: string): ApiInfo => ({ ...computesBeforeResolving(exceljsAlternative, note) });
const docxPacks = computesBeforeResolving('pack the document in a worker thread', 'builds the XML and zips it (fflate zipSync) on the calling thread although it returns a promise');
const mammothConverts: ApiInfo = computesBeforeResolving(
  'convert in a worker thread',
  'with { path } reads the file asynchronously, then unzips and converts the whole document in JavaScript on the calling thread',
);
const canvasEncodes: ApiInfo = {
  effect: 'cpu-heavy',
  when: 'no-callback',
  withCallback: 'threadpool',
  alternative: 'canvas.toBuffer(callback) (encodes on the thread pool)',
};
const canvasStreams: ApiInfo = {
  effect: 'cpu-heavy',
  alternative: 'canvas.toBuffer(callback) (encodes on the thread pool)',
  note: 'encodes the whole image synchronously in native code when the stream is first read',
};
const fontComputes = cpuHeavy('convert the font once at build time, or in a worker thread');
const qrcodeRenders: ApiInfo = { effect: 'cpu-heavy', weight: 1, alternative: 'cache the rendered code' };

const documentTables: ModuleTable[] = [
  // E-mail: MIME and Outlook .msg files parsed, and compressed RTF inflated, in JavaScript.
  {
    module: 'mailparser',
    api: {
      simpleParser: computesBeforeResolving('parse the message in a worker thread', 'parses the whole message, attachments decoded, on the calling thread although it returns a promise'),
      MailParser: { effect: 'none', returns: 'stream#Stream', handlers: true },
    },
  },
  { module: '@kenjiuno/msgreader', api: { '': creates('@kenjiuno/msgreader#MsgReader') } },
  {
    module: '@kenjiuno/msgreader#MsgReader',
    api: { getFileData: cpuHeavy('read the message in a worker thread'), getAttachment: cpuHeavy('read the message in a worker thread') },
  },
  { module: '@kenjiuno/decompressrtf', api: { decompressRTF: cpuHeavy('decompress in a worker thread') } },
  { module: 'rtf-stream-parser', api: { deEncapsulateSync: cpuHeavy('de-encapsulate in a worker thread'), deEncapsulateStream: { effect: 'none', returns: 'stream#Stream', handlers: true } } },
  // Fonts read, converted and written table by table, glyph by glyph, in JavaScript.
  {
    module: 'fonteditor-core',
    api: {
      Font: creates('fonteditor-core#Font'),
      'Font.create': { ...fontComputes, returns: 'fonteditor-core#Font' },
      TTFReader: creates('fonteditor-core#TTFReader'),
      OTFReader: creates('fonteditor-core#TTFReader'),
      TTFWriter: creates('fonteditor-core#TTFWriter'),
      ...Object.fromEntries(
        ['ttf2eot', 'eot2ttf', 'ttf2woff', 'woff2ttf', 'ttf2svg', 'svg2ttfobject', 'otf2ttfobject', 'ttf2base64', 'ttf2icon', 'ttftowoff2', 'woff2tottf'].map((name) => [name, fontComputes]),
      ),
      'woff2.init': { effect: 'async-io', note: 'compiles the woff2 WebAssembly module' },
    },
  },
  { module: 'fonteditor-core#TTFReader', api: { read: fontComputes, dispose: none } },
  { module: 'fonteditor-core#TTFWriter', api: { write: fontComputes, dispose: none } },
  {
    module: 'fonteditor-core#Font',
    api: { read: fontComputes, write: fontComputes, toBase64: fontComputes, optimize: fontComputes, compound2simple: fontComputes, sort: fontComputes, merge: fontComputes, get: none, set: none, find: none },
  },
  // JPEG encoded and decoded pixel by pixel in JavaScript.
  { module: 'jpeg-js', api: { encode: cpuHeavy('sharp (libvips on the thread pool)'), decode: cpuHeavy('sharp (libvips on the thread pool)') } },
  {
    module: 'pngjs',
    api: {
      PNG: creates('pngjs#PNG'),
      'PNG.sync.read': pngjsDecodes,
      'PNG.sync.write': cpuHeavy('new PNG().pack() (deflates on the thread pool) or sharp'),
      'PNG.bitblt': { effect: 'cpu-heavy', weight: 1, alternative: 'sharp (libvips on the thread pool)' },
      'PNG.adjustGamma': cpuHeavy('sharp (libvips on the thread pool)'),
    },
  },
  {
    module: 'pngjs#PNG',
    api: {
      parse: { effect: 'threadpool', note: 'inflates with a zlib stream on the thread pool; unfilters the pixels in JavaScript as the data arrives' },
      write: { effect: 'threadpool', note: 'a chunk of the PNG stream: inflated on the thread pool' },
      end: { effect: 'threadpool', note: 'a chunk of the PNG stream: inflated on the thread pool' },
      pack: { effect: 'cpu-heavy', alternative: 'sharp (libvips on the thread pool)', note: 'filters every pixel row in JavaScript on the next tick, then deflates on the thread pool' },
      bitblt: { effect: 'cpu-heavy', weight: 1, alternative: 'sharp (libvips on the thread pool)' },
      adjustGamma: cpuHeavy('sharp (libvips on the thread pool)'),
      pipe: none,
      ...listenerApi,
    },
  },
  { module: 'pdfkit', api: { '': creates('pdfkit#PDFDocument') } },
  {
    // Drawing calls only append operators to the page; fonts, images and attachments named by a path are read
    // synchronously, and each object is deflated with zlib.deflateSync when a page or the document ends.
    module: 'pdfkit#PDFDocument',
    defaultEffect: 'none',
    api: {
      font: pdfkitReadsPath,
      registerFont: pdfkitReadsPath,
      image: { ...pdfkitReadsPath, note: 'given a path, reads the image with fs.readFileSync; decodes and deflates it (zlib.deflateSync) on the calling thread' },
      openImage: pdfkitReadsPath,
      file: pdfkitReadsPath,
      end: { effect: 'cpu-heavy', alternative: 'generate the PDF in a worker thread', note: 'deflates every remaining object with zlib.deflateSync and writes the document to its stream' },
      pipe: none,
      ...listenerApi,
    },
  },
  {
    module: 'pdf-lib',
    api: {
      'PDFDocument.load': { ...pdfLibComputes, returns: 'pdf-lib#PDFDocument' },
      'PDFDocument.create': creates('pdf-lib#PDFDocument'),
    },
  },
  {
    module: 'pdf-lib#PDFDocument',
    defaultEffect: 'none',
    api: {
      save: pdfLibComputes,
      saveAsBase64: pdfLibComputes,
      copyPages: { effect: 'cpu-heavy', weight: 1, alternative: pdfLibAlternative },
      embedFont: computesBeforeResolving(pdfLibAlternative, 'parses the font (fontkit) on the calling thread although it returns a promise'),
      embedPng: computesBeforeResolving(pdfLibAlternative, 'decodes the PNG in JavaScript on the calling thread although it returns a promise'),
      embedJpg: { effect: 'none', note: 'reads only the JPEG header; the bytes are embedded as they are' },
      embedPdf: computesBeforeResolving(pdfLibAlternative, 'parses the source PDF on the calling thread although it returns a promise'),
      embedPage: { effect: 'cpu-heavy', weight: 1, alternative: pdfLibAlternative },
      embedPages: { effect: 'cpu-heavy', weight: 1, alternative: pdfLibAlternative },
    },
  },
  {
    module: 'exceljs',
    api: {
      Workbook: creates('exceljs#Workbook'),
      'stream.xlsx.WorkbookReader': none,
      'stream.xlsx.WorkbookWriter': none,
    },
  },
  {
    module: 'exceljs#Workbook',
    defaultEffect: 'none',
    api: {
      'xlsx.readFile': exceljsZips('reads the file asynchronously, then unzips (JSZip) and parses the whole workbook in JavaScript on the calling thread'),
      'xlsx.read': exceljsZips('collects the stream, then unzips (JSZip) and parses the whole workbook in JavaScript on the calling thread'),
      'xlsx.load': exceljsZips('unzips (JSZip) and parses the whole workbook in JavaScript on the calling thread although it returns a promise'),
      'xlsx.writeFile': exceljsZips('renders and zips (JSZip) the whole workbook in JavaScript on the calling thread, then writes it to a file stream'),
      'xlsx.write': exceljsZips('renders and zips (JSZip) the whole workbook in JavaScript on the calling thread, then writes it to the stream'),
      'xlsx.writeBuffer': exceljsZips('renders and zips (JSZip) the whole workbook in JavaScript on the calling thread although it returns a promise'),
      // CSV goes through fast-csv streams: rows are parsed or formatted as the file is read or written.
      'csv.readFile': asyncIo,
      'csv.read': asyncIo,
      'csv.writeFile': asyncIo,
      'csv.write': asyncIo,
      'csv.writeBuffer': { effect: 'cpu-heavy', weight: 1, alternative: 'csv.writeFile (streams the rows)', note: 'formats every row into memory' },
      addWorksheet: none,
      getWorksheet: none,
      eachSheet: none,
      removeWorksheet: none,
    },
  },
  {
    module: 'docx',
    defaultEffect: 'none',
    api: {
      'Packer.pack': docxPacks,
      'Packer.toBuffer': docxPacks,
      'Packer.toString': docxPacks,
      'Packer.toBase64String': docxPacks,
      'Packer.toBlob': docxPacks,
      'Packer.toArrayBuffer': docxPacks,
      'Packer.toStream': { effect: 'cpu-heavy', alternative: 'pack the document in a worker thread', note: 'builds the XML at the call and zips it on a later tick, both on the calling thread' },
      patchDocument: computesBeforeResolving('patch in a worker thread', 'unzips, patches and re-zips the document on the calling thread although it returns a promise'),
      patchDetector: computesBeforeResolving('patch in a worker thread', 'unzips and scans the document on the calling thread although it returns a promise'),
      readTheme: { effect: 'cpu-heavy', weight: 1, alternative: 'read the theme once at start-up' },
    },
  },
  {
    module: 'mammoth',
    api: {
      convertToHtml: mammothConverts,
      convertToMarkdown: mammothConverts,
      convert: mammothConverts,
      extractRawText: mammothConverts,
      readEmbeddedStyleMap: computesBeforeResolving('read in a worker thread', 'unzips the document on the calling thread'),
      embedStyleMap: computesBeforeResolving('embed in a worker thread', 'unzips and re-zips the document on the calling thread'),
      'images.imgElement': none,
      'images.dataUri': none,
    },
  },
  {
    module: 'canvas',
    api: {
      createCanvas: creates('canvas#Canvas'),
      Canvas: creates('canvas#Canvas'),
      createImageData: none,
      loadImage: {
        effect: 'blocking-io',
        alternative: 'fs/promises.readFile, then loadImage(buffer) in a worker thread',
        note: 'a file path is opened and decoded synchronously in native code although it returns a promise; a URL is fetched asynchronously, then decoded on the calling thread',
      },
      registerFont: blocking('register the fonts once at start-up'),
      deregisterAllFonts: none,
    },
  },
  {
    module: 'canvas#Canvas',
    api: {
      getContext: none,
      toBuffer: { ...canvasEncodes, note: 'encodes on the calling thread unless given a callback (as its first argument)' },
      toDataURL: canvasEncodes,
      createPNGStream: canvasStreams,
      createJPEGStream: canvasStreams,
      createPDFStream: canvasStreams,
    },
  },
  {
    module: 'qrcode',
    api: {
      create: qrcodeRenders,
      toDataURL: qrcodeRenders,
      toString: qrcodeRenders,
      toBuffer: qrcodeRenders,
      toCanvas: qrcodeRenders,
      toFile: { effect: 'async-io', note: 'renders the code on the calling thread, then writes the file asynchronously' },
      toFileStream: { effect: 'async-io', note: 'renders the code on the calling thread, then pipes the PNG to the stream' },
    },
  },
];

// ---------------------------------------------------------------- crypto and numbers in JavaScript

const forgeAlternative = 'node:crypto (native, or on the thread pool)';
const forgeComputes = cpuHeavy(forgeAlternative);
const forgeParses = (instanceType?: string): ApiInfo => ({ ...parsesText, alternative: forgeAlternative, ...(instanceType ? { returns: instanceType } : {}) });
const forgeCodec = passOverInput('Buffer.from(..., "base64" | "hex")');
const naclAlternative = 'node:crypto (native), or a worker thread';
const naclComputes = cpuHeavy(naclAlternative);
const ellipticAlternative = 'node:crypto sign/verify (native), or a worker thread';
const ellipticComputes = cpuHeavy(ellipticAlternative);

/** bn.js: arithmetic on a BN returns a BN; a call is cheap for the sizes crypto uses, except exponentiation. */
const bnArithmetic = [
  'add', 'sub', 'mul', 'div', 'mod', 'umod', 'divRound', 'sqr', 'neg', 'abs', 'clone', 'iadd', 'isub', 'imul', 'idiv',
  'addn', 'subn', 'muln', 'divn', 'iaddn', 'isubn', 'imuln', 'shln', 'shrn', 'ushln', 'ushrn', 'ishln', 'ishrn',
  'and', 'or', 'xor', 'uand', 'uor', 'uxor', 'notn', 'maskn', 'setn', 'gcd', 'invm', 'toTwos', 'fromTwos',
  'toRed', 'fromRed', 'redAdd', 'redSub', 'redMul', 'redSqr', 'redSqrt', 'redInvm', 'redNeg',
];
const bigJsArithmetic = ['plus', 'minus', 'times', 'div', 'mod', 'pow', 'sqrt', 'abs', 'neg', 'round', 'prec'];
const decimalArithmetic = [
  'plus', 'add', 'minus', 'sub', 'times', 'mul', 'dividedBy', 'div', 'modulo', 'mod', 'pow', 'toPower', 'sqrt',
  'squareRoot', 'abs', 'absoluteValue', 'neg', 'negated', 'round', 'floor', 'ceil', 'toDecimalPlaces', 'toDP',
  'toSignificantDigits', 'toSD', 'exp', 'ln', 'log', 'cbrt', 'trunc', 'clamp',
];

/** mathjs: expressions are parsed and run on the calling thread; matrix and statistics functions walk their data. */
const mathjsExpression: ApiInfo = { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'compile the expression once and evaluate the compiled form' };
const mathjsOverData = passOverInput('compute in a worker thread');
const mathjsApi: Record<string, ApiInfo> = {
  evaluate: mathjsExpression,
  parse: { ...mathjsExpression, returns: 'mathjs#Node' },
  compile: { ...mathjsExpression, returns: 'mathjs#Compiled' },
  parser: creates('mathjs#Parser'),
  simplify: cpuHeavy('simplify once and cache the result'),
  derivative: cpuHeavy('differentiate once and cache the result'),
  rationalize: cpuHeavy('rationalize once and cache the result'),
  ...Object.fromEntries(
    [
      'multiply', 'inv', 'pinv', 'det', 'lusolve', 'lup', 'lsolve', 'usolve', 'qr', 'slu', 'eigs', 'expm', 'sqrtm',
      'kron', 'fft', 'ifft', 'transpose', 'dot', 'sort', 'median', 'mode', 'std', 'variance', 'mean', 'sum', 'prod',
      'cumsum', 'quantileSeq', 'mad', 'distance',
    ].map((name) => [name, mathjsOverData]),
  ),
  create: creates('mathjs#MathJs'),
  import: none,
  config: none,
  matrix: none,
  bignumber: none,
  fraction: none,
  unit: none,
};

/** ml-matrix: products, inverses and decompositions in JavaScript; elementwise operations are a pass over the matrix. */
const matrixPass: ApiInfo = { effect: 'cpu-heavy', weight: 1, alternative: 'compute in a worker thread' };
const matrixAlgebra = cpuHeavy('compute in a worker thread');
const mlMatrixDecompositions = ['EVD', 'SVD', 'QR', 'LU', 'CHO', 'NIPALS', 'EigenvalueDecomposition', 'SingularValueDecomposition', 'QrDecomposition', 'LuDecomposition', 'CholeskyDecomposition'];
const mlMatrixMade = ['checkMatrix', 'from1DArray', 'rowVector', 'columnVector', 'zeros', 'ones', 'eye', 'identity', 'diag', 'diagonal', 'rand', 'random', 'randInt'];
const mlMatrixApi: Record<string, ApiInfo> = {
  Matrix: creates('ml-matrix#Matrix'),
  ...Object.fromEntries(mlMatrixMade.map((name) => [`Matrix.${name}`, creates('ml-matrix#Matrix')])),
  ...Object.fromEntries(['inverse', 'solve', 'pseudoInverse', 'determinant', 'linearDependencies'].map((name) => [name, matrixAlgebra])),
  ...Object.fromEntries(mlMatrixDecompositions.map((name) => [name, matrixAlgebra])),
};

/** Turf's measurements and transforms: a pass over every coordinate of the features handed in. */
const turfWalksCoordinates = passOverInput('compute in a worker thread');
const turfMeasures = ['bbox', 'area', 'length', 'centroid', 'center', 'centerOfMass', 'envelope', 'simplify', 'convex', 'booleanPointInPolygon', 'pointsWithinPolygon', 'union', 'intersect', 'difference', 'buffer', 'rewind', 'cleanCoords', 'truncate', 'flatten'];
const turfMeta = ['coordEach', 'coordReduce', 'featureEach', 'featureReduce', 'geomEach', 'geomReduce', 'flattenEach', 'segmentEach', 'segmentReduce', 'coordAll'];
const turfKebabCase = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

const numberTables: ModuleTable[] = [
  // `@turf/turf` gathers the single-purpose packages (`@turf/bbox`, `@turf/boolean-point-in-polygon`); `@turf/helpers`
  // only builds features.
  { module: '@turf/turf', api: Object.fromEntries([...turfMeasures, ...turfMeta].map((name) => [name, turfWalksCoordinates])) },
  ...turfMeasures.map((name): ModuleTable => ({ module: `@turf/${turfKebabCase(name)}`, api: { '': turfWalksCoordinates, default: turfWalksCoordinates, [name]: turfWalksCoordinates } })),
  { module: '@turf/meta', api: Object.fromEntries(turfMeta.map((name) => [name, turfWalksCoordinates])) },
  // The default export is the Matrix class: `import Matrix from 'ml-matrix'; Matrix.zeros(2, 2)`.
  { module: 'ml-matrix', api: { ...mlMatrixApi, '': creates('ml-matrix#Matrix'), ...Object.fromEntries(mlMatrixMade.map((name) => [name, creates('ml-matrix#Matrix')])) } },
  {
    module: 'ml-matrix#Matrix',
    api: {
      ...Object.fromEntries(['mmul', 'kroneckerProduct', 'strassen2x2', 'strassen3x3', 'mpow'].map((name) => [name, matrixAlgebra])),
      ...Object.fromEntries(
        [
          'transpose', 'clone', 'to1DArray', 'to2DArray', 'mulRowVector', 'mulColumnVector', 'addRowVector', 'subRowVector',
          'divRowVector', 'addColumnVector', 'subColumnVector', 'divColumnVector', 'sum', 'mean', 'norm', 'scale', 'abs',
          'add', 'sub', 'mul', 'div', 'apply', 'max', 'min', 'center', 'standardDeviation', 'variance',
        ].map((name) => [name, matrixPass]),
      ),
      get: none,
      set: none,
      getRow: none,
      getColumn: none,
    },
  },
  // asn1.js: `define(name, body)` describes a structure; encoding and decoding walk it in script (DER, big numbers).
  { module: 'asn1.js', api: { define: creates('asn1.js#Entity') } },
  { module: 'asn1.js#Entity', api: { encode: { effect: 'cpu-heavy', weight: 1, alternative: forgeAlternative }, decode: { ...parsesText, alternative: forgeAlternative } } },
  {
    module: 'node-forge',
    api: {
      'pki.rsa.generateKeyPair': {
        effect: 'cpu-heavy',
        when: 'no-callback',
        withCallback: 'threadpool',
        alternative: 'forge.pki.rsa.generateKeyPair(bits, e, callback) or crypto.generateKeyPair',
        note: 'in Node, calls crypto.generateKeyPairSync without a callback and crypto.generateKeyPair with one',
      },
      'rsa.generateKeyPair': {
        effect: 'cpu-heavy',
        when: 'no-callback',
        withCallback: 'threadpool',
        alternative: 'forge.pki.rsa.generateKeyPair(bits, e, callback) or crypto.generateKeyPair',
        note: 'in Node, calls crypto.generateKeyPairSync without a callback and crypto.generateKeyPair with one',
      },
      'pki.ed25519.generateKeyPair': forgeComputes,
      'ed25519.generateKeyPair': forgeComputes,
      'pki.ed25519.sign': forgeComputes,
      'ed25519.sign': forgeComputes,
      'pki.ed25519.verify': forgeComputes,
      'ed25519.verify': forgeComputes,
      'pki.privateKeyFromPem': forgeParses('node-forge#PrivateKey'),
      'pki.publicKeyFromPem': forgeParses('node-forge#PublicKey'),
      'pki.certificateFromPem': forgeParses('node-forge#Certificate'),
      'pki.certificationRequestFromPem': forgeParses(),
      'pki.privateKeyToPem': { ...serialises, alternative: forgeAlternative },
      'pki.publicKeyToPem': { ...serialises, alternative: forgeAlternative },
      'pki.certificateToPem': { ...serialises, alternative: forgeAlternative },
      'pki.createCertificate': creates('node-forge#Certificate'),
      'pki.createCertificationRequest': none,
      'pki.createCaStore': { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'build the store once at start-up' },
      'pki.verifyCertificateChain': forgeComputes,
      'pki.encryptRsaPrivateKey': forgeComputes,
      'pki.decryptRsaPrivateKey': forgeComputes,
      'pki.getPublicKeyFingerprint': { effect: 'cpu-heavy', weight: 1, alternative: forgeAlternative },
      'pkcs12.toPkcs12Asn1': forgeComputes,
      'pkcs12.pkcs12FromAsn1': forgeComputes,
      'asn1.fromDer': forgeParses(),
      'asn1.toDer': { ...serialises, alternative: forgeAlternative },
      'pem.decode': forgeParses(),
      'md.sha1.create': creates('node-forge#MessageDigest'),
      'md.sha256.create': creates('node-forge#MessageDigest'),
      'md.sha384.create': creates('node-forge#MessageDigest'),
      'md.sha512.create': creates('node-forge#MessageDigest'),
      'md.md5.create': creates('node-forge#MessageDigest'),
      'sha1.create': creates('node-forge#MessageDigest'),
      'sha256.create': creates('node-forge#MessageDigest'),
      'sha512.create': creates('node-forge#MessageDigest'),
      'md5.create': creates('node-forge#MessageDigest'),
      'hmac.create': creates('node-forge#MessageDigest'),
      'cipher.createCipher': creates('node-forge#Cipher'),
      'cipher.createDecipher': creates('node-forge#Cipher'),
      'pkcs5.pbkdf2': {
        effect: 'cpu-heavy',
        when: 'no-callback',
        withCallback: 'threadpool',
        alternative: 'crypto.pbkdf2 (thread pool)',
        note: 'in Node, with a digest named by a string, uses crypto.pbkdf2Sync (or crypto.pbkdf2 with a callback)',
      },
      pbkdf2: {
        effect: 'cpu-heavy',
        when: 'no-callback',
        withCallback: 'threadpool',
        alternative: 'crypto.pbkdf2 (thread pool)',
        note: 'in Node, with a digest named by a string, uses crypto.pbkdf2Sync (or crypto.pbkdf2 with a callback)',
      },
      'random.getBytesSync': { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'crypto.randomBytes(size, callback)' },
      'util.encode64': forgeCodec,
      'util.decode64': forgeCodec,
      'util.bytesToHex': forgeCodec,
      'util.hexToBytes': forgeCodec,
      'util.createBuffer': none,
    },
  },
  { module: 'node-forge#MessageDigest', api: { start: none, update: { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'crypto.createHash / createHmac (native)' }, digest: none } },
  {
    module: 'node-forge#Cipher',
    api: {
      start: none,
      update: { effect: 'cpu-heavy', weight: 1, alternative: 'crypto.createCipheriv (native)' },
      finish: { effect: 'cpu-heavy', weight: 1, alternative: 'crypto.createCipheriv (native)' },
    },
  },
  { module: 'node-forge#PrivateKey', api: { sign: forgeComputes, decrypt: forgeComputes } },
  { module: 'node-forge#PublicKey', api: { verify: forgeComputes, encrypt: forgeComputes } },
  {
    module: 'node-forge#Certificate',
    api: { sign: forgeComputes, verify: forgeComputes, setSubject: none, setIssuer: none, setExtensions: none, getExtension: none, generateSubjectKeyIdentifier: none },
  },
  {
    module: 'tweetnacl',
    api: {
      box: naclComputes,
      'box.open': naclComputes,
      'box.before': naclComputes,
      'box.after': naclComputes,
      'box.open.after': naclComputes,
      'box.keyPair': naclComputes,
      'box.keyPair.fromSecretKey': naclComputes,
      secretbox: naclComputes,
      'secretbox.open': naclComputes,
      sign: naclComputes,
      'sign.open': naclComputes,
      'sign.detached': naclComputes,
      'sign.detached.verify': naclComputes,
      'sign.keyPair': naclComputes,
      'sign.keyPair.fromSecretKey': none,
      'sign.keyPair.fromSeed': naclComputes,
      scalarMult: naclComputes,
      'scalarMult.base': naclComputes,
      hash: { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'crypto.createHash("sha512") (native)' },
      randomBytes: { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'crypto.randomBytes(size, callback)' },
      verify: none,
      setPRNG: none,
    },
  },
  { module: 'elliptic', api: { ec: creates('elliptic#EC'), eddsa: creates('elliptic#EdDSA') } },
  {
    module: 'elliptic#EC',
    api: {
      genKeyPair: { ...ellipticComputes, returns: 'elliptic#KeyPair' },
      keyPair: creates('elliptic#KeyPair'),
      keyFromPrivate: creates('elliptic#KeyPair'),
      keyFromPublic: creates('elliptic#KeyPair'),
      sign: ellipticComputes,
      verify: ellipticComputes,
      recoverPubKey: ellipticComputes,
      getKeyRecoveryParam: ellipticComputes,
    },
  },
  {
    module: 'elliptic#KeyPair',
    api: {
      sign: ellipticComputes,
      verify: ellipticComputes,
      derive: ellipticComputes,
      getPublic: { effect: 'cpu-heavy', weight: 1, alternative: ellipticAlternative, note: 'multiplies the curve point on the first call for a key made from a private key' },
      validate: { effect: 'cpu-heavy', weight: 1, alternative: ellipticAlternative },
      getPrivate: none,
    },
  },
  {
    module: 'elliptic#EdDSA',
    api: {
      sign: ellipticComputes,
      verify: ellipticComputes,
      keyFromSecret: creates('elliptic#EdKeyPair'),
      keyFromPublic: creates('elliptic#EdKeyPair'),
    },
  },
  {
    module: 'elliptic#EdKeyPair',
    api: { sign: ellipticComputes, verify: ellipticComputes, getPublic: { effect: 'cpu-heavy', weight: 1, alternative: ellipticAlternative }, getSecret: none },
  },
  { module: 'bn.js', api: { '': creates('bn.js#BN'), BN: creates('bn.js#BN'), red: none, mont: none, isBN: none, max: none, min: none } },
  {
    module: 'bn.js#BN',
    defaultEffect: 'none',
    api: {
      ...chain('bn.js#BN', bnArithmetic),
      pow: { effect: 'cpu-heavy', weight: 1, returns: 'bn.js#BN', alternative: 'bigint, or crypto (native) for modular arithmetic' },
      redPow: { effect: 'cpu-heavy', weight: 1, returns: 'bn.js#BN', alternative: 'bigint, or crypto (native) for modular arithmetic' },
      toString: none,
      toNumber: none,
      toArray: none,
      toBuffer: none,
      cmp: none,
      eq: none,
    },
  },
  { module: 'big.js', api: { '': creates('big.js#Big'), Big: creates('big.js#Big') } },
  {
    module: 'big.js#Big',
    defaultEffect: 'none',
    api: { ...chain('big.js#Big', bigJsArithmetic), toFixed: none, toString: none, toNumber: none, cmp: none, eq: none },
  },
  {
    module: 'decimal.js',
    defaultEffect: 'none',
    api: { '': creates('decimal.js#Decimal'), Decimal: creates('decimal.js#Decimal'), clone: none, set: none, config: none },
  },
  {
    module: 'decimal.js#Decimal',
    defaultEffect: 'none',
    api: { ...chain('decimal.js#Decimal', decimalArithmetic), toFixed: none, toString: none, toNumber: none, cmp: none, equals: none },
  },
  { module: 'mathjs', defaultEffect: 'none', api: mathjsApi },
  { module: 'mathjs#MathJs', defaultEffect: 'none', api: mathjsApi },
  { module: 'mathjs#Node', api: { compile: creates('mathjs#Compiled', 'cpu-heavy'), evaluate: { effect: 'cpu-heavy', weight: 1, alternative: 'compile once and evaluate the compiled form' }, toString: none, toTex: none } },
  { module: 'mathjs#Compiled', api: { evaluate: { effect: 'cpu-heavy', weight: 1, alternative: 'compute in a worker thread' } } },
  { module: 'mathjs#Parser', api: { evaluate: mathjsExpression, get: none, set: none, getAll: none, clear: none } },
];

// ---------------------------------------------------------------- text processing and search

const diffComputes = cpuHeavy('diff in a worker thread');
const diffApi: Record<string, ApiInfo> = {
  ...Object.fromEntries(
    [
      'diffChars', 'diffWords', 'diffWordsWithSpace', 'diffLines', 'diffTrimmedLines', 'diffSentences', 'diffCss',
      'diffJson', 'diffArrays', 'structuredPatch', 'createTwoFilesPatch', 'createPatch',
    ].map((name) => [name, { ...diffComputes, note: 'with a callback it still diffs on the calling thread, one step per setTimeout turn' }]),
  ),
  ...Object.fromEntries(
    ['characterDiff', 'wordDiff', 'wordsWithSpaceDiff', 'lineDiff', 'sentenceDiff', 'cssDiff', 'jsonDiff', 'arrayDiff'].map((name) => [`${name}.diff`, diffComputes]),
  ),
  applyPatch: { effect: 'cpu-heavy', weight: 1, alternative: 'patch in a worker thread' },
  applyPatches: { effect: 'cpu-heavy', weight: 1, handlers: true, alternative: 'patch in a worker thread' },
  parsePatch: { ...parsesText, alternative: 'parse in a worker thread' },
  reversePatch: { effect: 'cpu-heavy', weight: 1, alternative: 'patch in a worker thread' },
  formatPatch: serialises,
  convertChangesToDMP: { effect: 'cpu-heavy', weight: 1, alternative: 'convert in a worker thread' },
  convertChangesToXML: { effect: 'cpu-heavy', weight: 1, alternative: 'convert in a worker thread' },
  canonicalize: { effect: 'cpu-heavy', weight: 1, alternative: 'convert in a worker thread' },
  Diff: creates('diff#Diff'),
};

const searchAlternative = 'build the index once (or in a worker thread) and keep it';
const highlightAlternative = 'highlight at build time or cache the output';
const rendersMarkup = cpuHeavy('render at build time or cache the output');
const processorComputes = computesBeforeResolving('process in a worker thread or cache the output', 'parses, transforms and compiles on the calling thread although it returns a promise');
const unifiedProcessorApi: Record<string, ApiInfo> = {
  '': creates('unified#Processor'),
  use: creates('unified#Processor'),
  freeze: creates('unified#Processor'),
  data: none,
  parse: { ...parsesText, alternative: 'parse in a worker thread' },
  stringify: cpuHeavy('compile in a worker thread'),
  run: computesBeforeResolving('transform in a worker thread', 'runs the transformers on the calling thread; only asynchronous plugins wait'),
  runSync: cpuHeavy('transform in a worker thread'),
  process: processorComputes,
  processSync: cpuHeavy('process in a worker thread or cache the output'),
};
const naturalTokenizes = passOverInput('tokenize in a worker thread');
const naturalDistance: ApiInfo = { effect: 'cpu-heavy', weight: 1, alternative: 'compute in a worker thread' };

const textTables: ModuleTable[] = [
  { module: 'diff', api: diffApi },
  { module: 'diff#Diff', api: { diff: diffComputes } },
  {
    module: 'fuse.js',
    aliases: ['fuse.js/basic', 'fuse.js/min', 'fuse.js/min-basic'],
    api: {
      '': { effect: 'cpu-heavy', weight: 1, returns: 'fuse.js#Fuse', alternative: searchAlternative, note: 'indexes every document of the list in the constructor (unless given an index)' },
      createIndex: { effect: 'cpu-heavy', weight: 1, alternative: searchAlternative },
      parseIndex: { effect: 'cpu-heavy', weight: 1, alternative: searchAlternative },
      match: { effect: 'cpu-heavy', weight: 1, alternative: 'fuse.js/worker' },
      parseQuery: none,
      use: none,
      config: none,
    },
  },
  {
    module: 'fuse.js#Fuse',
    api: {
      search: cpuHeavy('fuse.js/worker (FuseWorker) or a narrower list'),
      setCollection: { effect: 'cpu-heavy', weight: 1, alternative: searchAlternative },
      add: none,
      remove: { effect: 'cpu-heavy', weight: 1, alternative: searchAlternative },
      removeAt: none,
      getIndex: none,
    },
  },
  { module: 'fuse.js/worker', api: { FuseWorker: creates('fuse.js#FuseWorker') } },
  { module: 'fuse.js#FuseWorker', api: { search: worker, add: worker, setCollection: worker, terminate: none } },
  {
    module: 'lunr',
    api: {
      '': { effect: 'cpu-heavy', returns: 'lunr#Index', invokes: 0, alternative: searchAlternative, note: 'runs the config function on a builder, then builds the whole index' },
      'Index.load': { effect: 'cpu-heavy', weight: 1, returns: 'lunr#Index', alternative: 'load the index once at start-up' },
      Builder: creates('lunr#Builder'),
      tokenizer: naturalTokenizes,
      'utils.warn': none,
    },
  },
  { module: 'lunr#Index', api: { search: cpuHeavy('narrow the query, or search in a worker thread'), query: cpuHeavy('narrow the query, or search in a worker thread'), toJSON: { effect: 'cpu-heavy', weight: 1 } } },
  {
    module: 'lunr#Builder',
    api: {
      add: { effect: 'cpu-heavy', weight: 1, alternative: searchAlternative },
      build: { effect: 'cpu-heavy', returns: 'lunr#Index', alternative: searchAlternative },
      ref: none,
      field: none,
      use: none,
    },
  },
  {
    module: 'natural',
    api: {
      BayesClassifier: creates('natural#Classifier'),
      LogisticRegressionClassifier: creates('natural#Classifier'),
      'BayesClassifier.load': { effect: 'threadpool', note: 'reads the file with fs.readFile, then restores the classifier on the calling thread' },
      'LogisticRegressionClassifier.load': { effect: 'threadpool', note: 'reads the file with fs.readFile, then restores the classifier on the calling thread' },
      'BayesClassifier.loadFrom': asyncIo,
      'LogisticRegressionClassifier.loadFrom': asyncIo,
      'BayesClassifier.restore': creates('natural#Classifier'),
      'LogisticRegressionClassifier.restore': creates('natural#Classifier'),
      TfIdf: creates('natural#TfIdf'),
      ...chain('natural#Tokenizer', [
        'WordTokenizer', 'WordPunctTokenizer', 'TreebankWordTokenizer', 'AggressiveTokenizer', 'RegexpTokenizer',
        'OrthographyTokenizer', 'CaseTokenizer', 'SentenceTokenizer', 'TokenizerJa',
      ]),
      'PorterStemmer.stem': none,
      'LancasterStemmer.stem': none,
      'PorterStemmer.tokenizeAndStem': naturalTokenizes,
      'LancasterStemmer.tokenizeAndStem': naturalTokenizes,
      'PorterStemmer.attach': none,
      'LancasterStemmer.attach': none,
      'NGrams.ngrams': naturalTokenizes,
      'NGrams.bigrams': naturalTokenizes,
      'NGrams.trigrams': naturalTokenizes,
      LevenshteinDistance: naturalDistance,
      DamerauLevenshteinDistance: naturalDistance,
      JaroWinklerDistance: naturalDistance,
      DiceCoefficient: naturalDistance,
      HammingDistance: naturalDistance,
      LevenshteinDistanceSearch: naturalDistance,
      SentimentAnalyzer: creates('natural#SentimentAnalyzer'),
      WordNet: creates('natural#WordNet'),
    },
  },
  {
    module: 'natural#Classifier',
    api: {
      addDocument: { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'train in a worker thread' },
      removeDocument: { effect: 'cpu-heavy', weight: 1, alternative: 'train in a worker thread' },
      train: cpuHeavy('train in a worker thread and save the classifier'),
      retrain: cpuHeavy('train in a worker thread and save the classifier'),
      trainParallel: worker,
      retrainParallel: worker,
      trainParallelBatches: worker,
      classify: { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'classify in a worker thread' },
      getClassifications: { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'classify in a worker thread' },
      save: { effect: 'threadpool', note: 'serialises the classifier with JSON.stringify on the calling thread, then writes it with fs.writeFile' },
      saveTo: asyncIo,
      setOptions: none,
      ...listenerApi,
    },
  },
  {
    module: 'natural#TfIdf',
    api: {
      addDocument: { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'build the index in a worker thread' },
      addFileSync: blocking('fs/promises.readFile, then tfidf.addDocument'),
      removeDocument: none,
      tfidf: { effect: 'cpu-heavy', weight: 1, alternative: 'compute in a worker thread' },
      tfidfs: cpuHeavy('compute in a worker thread'),
      listTerms: { effect: 'cpu-heavy', weight: 1, alternative: 'compute in a worker thread' },
      idf: none,
      setTokenizer: none,
      setStopwords: none,
    },
  },
  { module: 'natural#Tokenizer', api: { tokenize: naturalTokenizes } },
  { module: 'natural#SentimentAnalyzer', api: { getSentiment: { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'score in a worker thread' } } },
  {
    module: 'natural#WordNet',
    api: {
      lookup: { effect: 'blocking-io', alternative: 'cache the lookups', note: 'calls fs.statSync on the index file for each lookup, then reads it with fs.read a byte at a time' },
      get: threadpool,
    },
  },
  {
    module: 'highlight.js',
    aliases: ['highlight.js/lib/core', 'highlight.js/lib/common'],
    api: {
      highlight: cpuHeavy(highlightAlternative),
      highlightAuto: { ...cpuHeavy(highlightAlternative), note: 'highlights the code with every registered language to pick the best' },
      highlightElement: cpuHeavy(highlightAlternative),
      highlightAll: cpuHeavy(highlightAlternative),
      highlightBlock: cpuHeavy(highlightAlternative),
      registerLanguage: none,
      unregisterLanguage: none,
      registerAliases: none,
      getLanguage: none,
      listLanguages: none,
      configure: none,
      addPlugin: none,
      newInstance: none,
    },
  },
  {
    module: 'prismjs',
    api: {
      highlight: cpuHeavy(highlightAlternative),
      tokenize: cpuHeavy(highlightAlternative),
      highlightElement: cpuHeavy(highlightAlternative),
      highlightAll: cpuHeavy(highlightAlternative),
      highlightAllUnder: cpuHeavy(highlightAlternative),
      'hooks.add': none,
      'languages.extend': none,
      'languages.insertBefore': none,
    },
  },
  {
    module: 'prismjs/components',
    aliases: ['prismjs/components/index', 'prismjs/components/index.js'],
    api: { '': { effect: 'blocking-io', alternative: 'load the languages once at start-up', note: 'requires each language file synchronously' } },
  },
  {
    module: 'shiki',
    aliases: ['shiki/bundle/full', 'shiki/bundle/web'],
    api: {
      createHighlighter: creates('shiki#Highlighter', 'async-io'),
      getSingletonHighlighter: creates('shiki#Highlighter', 'async-io'),
      createHighlighterCore: creates('shiki#Highlighter', 'async-io'),
      ...Object.fromEntries(
        ['codeToHtml', 'codeToHast', 'codeToTokens', 'codeToTokensBase', 'codeToTokensWithThemes'].map((name) => [
          name,
          computesBeforeResolving('createHighlighter once, and highlight at build time or cache the output', 'loads the grammar and theme on first use, then highlights on the calling thread'),
        ]),
      ),
    },
  },
  {
    module: 'shiki#Highlighter',
    api: {
      codeToHtml: cpuHeavy(highlightAlternative),
      codeToHast: cpuHeavy(highlightAlternative),
      codeToTokens: cpuHeavy(highlightAlternative),
      codeToTokensBase: cpuHeavy(highlightAlternative),
      codeToTokensWithThemes: cpuHeavy(highlightAlternative),
      loadLanguage: asyncIo,
      loadTheme: asyncIo,
      loadLanguageSync: none,
      loadThemeSync: none,
      getLoadedLanguages: none,
      getLoadedThemes: none,
      dispose: none,
    },
  },
  {
    module: 'katex',
    api: {
      renderToString: { ...parsesText, alternative: 'render at build time or cache the output' },
      render: { ...parsesText, alternative: 'render at build time or cache the output' },
      __parse: parsesText,
      __renderToDomTree: parsesText,
      __renderToHTMLTree: parsesText,
    },
  },
  {
    module: 'js-beautify',
    api: {
      '': cpuHeavy('format at build time'),
      js: cpuHeavy('format at build time'),
      css: cpuHeavy('format at build time'),
      html: cpuHeavy('format at build time'),
      js_beautify: cpuHeavy('format at build time'),
      css_beautify: cpuHeavy('format at build time'),
      html_beautify: cpuHeavy('format at build time'),
    },
  },
  { module: 'turndown', api: { '': creates('turndown#TurndownService') } },
  {
    module: 'turndown#TurndownService',
    api: {
      turndown: { ...cpuHeavy('convert in a worker thread or cache the output'), note: 'parses the HTML into a DOM (domino) and converts it on the calling thread' },
      escape: { effect: 'cpu-heavy', weight: 1, sizeArgument: 0 },
      ...chain('turndown#TurndownService', ['use', 'addRule', 'keep', 'remove']),
    },
  },
  { module: 'showdown', api: { Converter: creates('showdown#Converter'), setOption: none, getOption: none, setFlavor: none, extension: none, subParser: none } },
  {
    module: 'showdown#Converter',
    api: {
      makeHtml: rendersMarkup,
      makeMarkdown: rendersMarkup,
      setOption: none,
      getOption: none,
      setFlavor: none,
      addExtension: none,
      useExtension: none,
    },
  },
  { module: 'unified', api: { unified: creates('unified#Processor') } },
  { module: 'unified#Processor', api: unifiedProcessorApi },
  {
    // `remark` is a frozen processor: `remark()` copies it, `remark.process(md)` uses it as it is.
    module: 'remark',
    api: { remark: creates('unified#Processor'), ...Object.fromEntries(Object.entries(unifiedProcessorApi).map(([key, info]) => [key === '' ? 'remark' : `remark.${key}`, info])) },
  },
  {
    module: 'gray-matter',
    api: {
      '': { ...parsesText, alternative: 'parse the files once at build time' },
      read: { effect: 'blocking-io', alternative: 'fs/promises.readFile, then matter(text)', note: 'reads the file with fs.readFileSync, then parses it' },
      stringify: serialises,
      test: none,
      language: none,
      clearCache: none,
    },
  },
  { module: 'front-matter', api: { '': { ...parsesText, alternative: 'parse the files once at build time' }, test: none } },
];

// ---------------------------------------------------------------- markup and CSS

const sanitizes = passOverInput('sanitize once when the content is stored, not on every read');
const minifiesAtBuild = cpuHeavy('minify at build time');
const xmlSerialises = cpuHeavy('serialise in a worker thread');
const xmlbuilderMethods = [
  'ele', 'element', 'e', 'node', 'att', 'attribute', 'a', 'txt', 'text', 't', 'raw', 'r', 'com', 'comment', 'c',
  'dat', 'cdata', 'd', 'ins', 'instruction', 'i', 'dec', 'declaration', 'dtd', 'doctype', 'up', 'u', 'root',
  'doc', 'document', 'importDocument', 'remove', 'removeAttribute',
];
const xmlbuilder2Methods = ['ele', 'att', 'txt', 'com', 'ins', 'dat', 'dec', 'dtd', 'up', 'root', 'doc', 'first', 'last', 'import', 'remove', 'removeAtt', 'find', 'each'];
const xmlbuilder2Parses: ApiInfo = { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, returns: 'xmlbuilder2#XMLBuilder', alternative: 'parse in a worker thread' };
const swcAlternative = (asyncForm: string): string => `${asyncForm} (runs on the thread pool)`;
const swcApi: Record<string, ApiInfo> = {
  transform: threadpool,
  transformFile: threadpool,
  minify: threadpool,
  print: threadpool,
  parse: { effect: 'threadpool', note: 'parses on the thread pool, then JSON.parses the AST on the calling thread' },
  parseFile: { effect: 'threadpool', note: 'parses on the thread pool, then JSON.parses the AST on the calling thread' },
  transformSync: cpuHeavy(swcAlternative('swc.transform')),
  minifySync: cpuHeavy(swcAlternative('swc.minify')),
  printSync: cpuHeavy(swcAlternative('swc.print')),
  parseSync: cpuHeavy(swcAlternative('swc.parse')),
  transformFileSync: { effect: 'blocking-io', alternative: swcAlternative('swc.transformFile'), note: 'reads and compiles the file on the calling thread' },
  parseFileSync: { effect: 'blocking-io', alternative: swcAlternative('swc.parseFile'), note: 'reads and parses the file on the calling thread' },
  plugins: none,
};

const markupTables: ModuleTable[] = [
  { module: 'sanitize-html', api: { '': { ...sanitizes, note: 'parses the HTML with htmlparser2 and rebuilds it on the calling thread' }, simpleTransform: none } },
  {
    // In Node the module object is a factory: `DOMPurify(window)` makes an instance; without a window, `sanitize` returns its input unchanged.
    module: 'dompurify',
    api: { '': creates('dompurify#DOMPurify'), sanitize: sanitizes, addHook: none, removeHook: none, removeHooks: none, removeAllHooks: none, setConfig: none, clearConfig: none, isValidAttribute: none },
  },
  { module: 'dompurify#DOMPurify', api: { sanitize: sanitizes, addHook: none, removeHook: none, removeHooks: none, removeAllHooks: none, setConfig: none, clearConfig: none, isValidAttribute: none } },
  {
    module: 'isomorphic-dompurify',
    api: {
      '': creates('dompurify#DOMPurify'),
      sanitize: { ...sanitizes, note: 'sanitises through a jsdom document on the calling thread' },
      addHook: none,
      removeHook: none,
      removeHooks: none,
      removeAllHooks: none,
      setConfig: none,
      clearConfig: none,
      clearWindow: none,
      isValidAttribute: none,
    },
  },
  { module: 'html-minifier', api: { minify: minifiesAtBuild } },
  {
    module: 'html-minifier-terser',
    api: { minify: computesBeforeResolving('minify at build time', 'minifies the HTML (and its inline CSS and JavaScript) on the calling thread although it returns a promise') },
  },
  { module: 'clean-css', api: { '': creates('clean-css#CleanCSS') } },
  {
    module: 'clean-css#CleanCSS',
    api: {
      minify: {
        effect: 'cpu-heavy',
        alternative: 'minify at build time',
        note: 'inlines local @import files with fs.readFileSync (the default inline: ["local"]) and reads input given as file paths synchronously',
      },
    },
  },
  {
    module: 'csso',
    api: {
      minify: minifiesAtBuild,
      minifyBlock: minifiesAtBuild,
      'syntax.parse': parsesText,
      'syntax.generate': serialises,
      'syntax.compress': minifiesAtBuild,
    },
  },
  {
    // CSS parsed, walked, printed and matched against the CSS grammar in JavaScript.
    module: 'css-tree',
    api: {
      parse: parsesText,
      walk: walksTree,
      generate: serialises,
      find: walksTree,
      findLast: walksTree,
      findAll: walksTree,
      toPlainObject: parsesText,
      fromPlainObject: parsesText,
      'lexer.matchProperty': parsesText,
      'lexer.matchType': parsesText,
      'lexer.matchDeclaration': parsesText,
      'lexer.matchAtrulePrelude': parsesText,
      'lexer.matchAtruleDescriptor': parsesText,
      'lexer.validate': parsesText,
      property: none,
      keyword: none,
    },
  },
  {
    // graphql-js: documents and schemas parsed, validated, walked and printed in JavaScript, a step per node.
    module: 'graphql',
    aliases: ['graphql/language', 'graphql/language/parser', 'graphql/language/visitor', 'graphql/language/printer', 'graphql/validation', 'graphql/utilities'],
    api: {
      parse: parsesText,
      parseValue: parsesText,
      parseType: parsesText,
      visit: walksTree,
      validate: cpuHeavy('validate once per distinct query and cache the result'),
      print: serialises,
      buildSchema: parsesText,
      buildASTSchema: cpuHeavy('build the schema once at start-up'),
      buildClientSchema: cpuHeavy('build the schema once at start-up'),
      extendSchema: cpuHeavy('build the schema once at start-up'),
      printSchema: serialises,
      lexicographicSortSchema: cpuHeavy('sort the schema once at start-up'),
      introspectionFromSchema: cpuHeavy('introspect once at start-up'),
      separateOperations: walksTree,
      stripIgnoredCharacters: parsesText,
      graphqlSync: cpuHeavy('use graphql() with asynchronous resolvers'),
      TypeInfo: none,
      visitWithTypeInfo: none,
      visitInParallel: none,
      getIntrospectionQuery: none,
    },
  },
  // PostCSS parsers for other syntaxes: the whole stylesheet, in JavaScript.
  { module: 'postcss-scss', api: { parse: parsesText, stringify: serialises, '': parsesText } },
  { module: 'postcss-less', api: { parse: parsesText, stringify: serialises } },
  { module: 'postcss-safe-parser', api: { '': parsesText } },
  // postcss-selector-parser: `parser(transform)` only makes the processor; its `*Sync` methods parse on the calling
  // thread, and so do the promise-returning ones before they resolve.
  { module: 'postcss-selector-parser', api: { '': creates('postcss-selector-parser#Processor') } },
  {
    module: 'postcss-selector-parser#Processor',
    api: {
      astSync: parsesText,
      transformSync: parsesText,
      processSync: parsesText,
      ast: parsesText,
      transform: parsesText,
      process: parsesText,
    },
  },
  { module: 'svgo', api: { optimize: cpuHeavy('optimise at build time or cache the output'), loadConfig: threadpool } },
  {
    // Native, but transform and bundle run on the calling thread; bundleAsync runs on lightningcss's own rayon threads.
    module: 'lightningcss',
    api: {
      transform: cpuHeavy('transform at build time'),
      transformStyleAttribute: { effect: 'cpu-heavy', weight: 1, alternative: 'transform at build time' },
      bundle: { effect: 'blocking-io', alternative: 'lightningcss.bundleAsync', note: 'reads the entry and its @imports synchronously (std::fs) and compiles on the calling thread' },
      bundleAsync: worker,
      browserslistToTargets: none,
      composeVisitors: none,
    },
  },
  { module: '@swc/core', api: { ...swcApi, Compiler: creates('@swc/core#Compiler') } },
  { module: '@swc/core#Compiler', api: swcApi },
  {
    module: 'htmlparser2',
    api: {
      parseDocument: parsesText,
      parseDOM: parsesText,
      parseFeed: parsesText,
      Parser: creates('htmlparser2#Parser'),
      createDocumentStream: creates('htmlparser2#Parser'),
      createDomStream: creates('htmlparser2#Parser'),
      DomHandler: none,
      'DomUtils.getElementsByTagName': { effect: 'cpu-heavy', weight: 1 },
      'DomUtils.getOuterHTML': serialises,
    },
  },
  {
    module: 'htmlparser2#Parser',
    api: {
      write: { ...parsesText, alternative: 'parse in a worker thread', note: 'parses the chunk synchronously' },
      end: { ...parsesText, alternative: 'parse in a worker thread' },
      parseComplete: parsesText,
      reset: none,
      pause: none,
      resume: none,
    },
  },
  { module: 'parse5', api: { parse: parsesText, parseFragment: parsesText, serialize: serialises, serializeOuter: serialises } },
  {
    module: 'linkedom',
    aliases: ['linkedom/cached'],
    api: { parseHTML: parsesText, DOMParser: creates('linkedom#DOMParser'), parseJSON: parsesText, toJSON: serialises },
  },
  { module: 'linkedom#DOMParser', api: { parseFromString: parsesText } },
  { module: 'xml-js', api: { xml2js: parsesText, xml2json: parsesText, js2xml: serialises, json2xml: serialises } },
  // Serialises a whole object tree to XML, walking it in script.
  { module: 'js2xmlparser', api: { parse: xmlSerialises } },
  {
    module: 'xmlbuilder',
    api: {
      create: creates('xmlbuilder#XMLNode'),
      begin: { effect: 'none', returns: 'xmlbuilder#XMLNode', handlers: true },
      stringWriter: none,
      streamWriter: none,
    },
  },
  {
    module: 'xmlbuilder#XMLNode',
    api: { ...chain('xmlbuilder#XMLNode', xmlbuilderMethods), end: xmlSerialises, toString: xmlSerialises },
  },
  {
    module: 'xmlbuilder2',
    api: {
      create: xmlbuilder2Parses,
      fragment: xmlbuilder2Parses,
      convert: cpuHeavy('convert in a worker thread'),
      createCB: none,
      fragmentCB: none,
      builder: creates('xmlbuilder2#XMLBuilder'),
    },
  },
  {
    module: 'xmlbuilder2#XMLBuilder',
    api: { ...chain('xmlbuilder2#XMLBuilder', xmlbuilder2Methods), end: xmlSerialises, toString: xmlSerialises, toObject: xmlSerialises, node: none },
  },
];

// ---------------------------------------------------------------- validation and schemas

/** A compiled validator or schema walks the data it checks: cheap on a small value. */
const validates: ApiInfo = { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'validate smaller pieces, or in a worker thread' };
const validatesSecond: ApiInfo = { ...validates, sizeArgument: 1 };
const validatesAsync = (note: string): ApiInfo => ({ ...computesBeforeResolving('validate smaller pieces, or in a worker thread', note), weight: 1, sizeArgument: 0 });
const zodSchemaBuilders = [
  'object', 'string', 'number', 'bigint', 'boolean', 'date', 'symbol', 'undefined', 'null', 'any', 'unknown', 'never',
  'void', 'array', 'tuple', 'record', 'map', 'set', 'union', 'discriminatedUnion', 'intersection', 'literal', 'enum',
  'nativeEnum', 'optional', 'nullable', 'lazy', 'promise', 'instanceof', 'custom', 'email', 'url', 'uuid', 'int',
  'strictObject', 'looseObject', 'templateLiteral', 'stringbool', 'json', 'file', 'codec', 'pipe', 'preprocess',
];
const zodSchemaMethods = [
  'optional', 'nullable', 'nullish', 'array', 'default', 'prefault', 'catch', 'describe', 'meta', 'brand', 'readonly',
  'min', 'max', 'length', 'nonempty', 'email', 'url', 'uuid', 'regex', 'trim', 'toLowerCase', 'toUpperCase',
  'startsWith', 'endsWith', 'includes', 'int', 'positive', 'negative', 'nonnegative', 'nonpositive', 'gt', 'gte',
  'lt', 'lte', 'multipleOf', 'finite', 'refine', 'superRefine', 'check', 'transform', 'pipe', 'overwrite', 'extend',
  'merge', 'safeExtend', 'pick', 'omit', 'partial', 'required', 'strict', 'passthrough', 'strip', 'catchall', 'keyof',
  'or', 'and', 'unwrap', 'element', 'datetime', 'date', 'time', 'ip', 'cuid', 'cuid2', 'ulid', 'base64', 'jwt',
];
const zodFunctions: Record<string, ApiInfo> = {
  ...chain('zod#Schema', zodSchemaBuilders),
  ...Object.fromEntries(['coerce.string', 'coerce.number', 'coerce.boolean', 'coerce.bigint', 'coerce.date'].map((key) => [key, creates('zod#Schema')])),
  parse: validatesSecond,
  safeParse: validatesSecond,
  decode: validatesSecond,
  encode: validatesSecond,
  safeDecode: validatesSecond,
  safeEncode: validatesSecond,
  parseAsync: { ...validatesAsync('checks the data on the calling thread; only asynchronous refinements wait'), sizeArgument: 1 },
  safeParseAsync: { ...validatesAsync('checks the data on the calling thread; only asynchronous refinements wait'), sizeArgument: 1 },
  toJSONSchema: { effect: 'cpu-heavy', weight: 1, alternative: 'convert once at start-up' },
  fromJSONSchema: creates('zod#Schema'),
  treeifyError: none,
  prettifyError: none,
  flattenError: none,
  formatError: none,
};
const yupSchemaBuilders = ['object', 'string', 'number', 'boolean', 'bool', 'date', 'mixed', 'array', 'tuple', 'lazy'];
const yupSchemaMethods = [
  'shape', 'required', 'optional', 'nullable', 'nonNullable', 'notRequired', 'defined', 'default', 'min', 'max',
  'length', 'email', 'url', 'uuid', 'matches', 'trim', 'lowercase', 'uppercase', 'integer', 'positive', 'negative',
  'moreThan', 'lessThan', 'oneOf', 'notOneOf', 'of', 'test', 'transform', 'when', 'label', 'typeError', 'concat',
  'pick', 'omit', 'partial', 'deepPartial', 'noUnknown', 'strict', 'meta',
];
const joiSchemaBuilders = [
  'object', 'string', 'number', 'boolean', 'bool', 'date', 'array', 'any', 'alternatives', 'alt', 'binary',
  'function', 'func', 'link', 'symbol', 'valid', 'allow', 'required', 'optional', 'forbidden', 'when',
];
const joiSchemaMethods = [
  'keys', 'append', 'required', 'optional', 'forbidden', 'allow', 'valid', 'invalid', 'default', 'min', 'max',
  'length', 'email', 'uri', 'guid', 'uuid', 'pattern', 'regex', 'trim', 'lowercase', 'uppercase', 'integer',
  'positive', 'negative', 'items', 'unknown', 'pattern', 'label', 'description', 'messages', 'message', 'when',
  'concat', 'unique', 'strict', 'options', 'prefs', 'preferences', 'rename', 'with', 'without', 'xor', 'or', 'and',
  'nand', 'oxor', 'custom', 'external', 'empty', 'iso', 'timestamp', 'alphanum', 'token', 'hex', 'base64', 'ip',
  'hostname', 'domain', 'try', 'match', 'conditional', 'unit', 'tag', 'meta', 'note', 'id', 'raw', 'strip', 'cast',
  'error', 'failover', 'only', 'presence', 'single', 'sparse', 'has', 'ordered', 'sort', 'precision', 'multiple',
  'greater', 'less', 'port', 'sign', 'unsafe', 'truthy', 'falsy', 'sensitive', 'insensitive', 'extract',
];

const validationTables: ModuleTable[] = [
  {
    module: 'ajv',
    aliases: ['ajv/dist/2019', 'ajv/dist/2020', 'ajv/dist/jtd'],
    api: { '': creates('ajv#Ajv'), Ajv: creates('ajv#Ajv'), default: creates('ajv#Ajv') },
  },
  {
    module: 'ajv#Ajv',
    api: {
      compile: { effect: 'cpu-heavy', returns: 'ajv#ValidateFunction', alternative: 'compile each schema once at start-up (or precompile with ajv standalone)', note: 'generates and compiles the validator code' },
      compileAsync: {
        ...computesBeforeResolving('compile each schema once at start-up', 'generates the validator code on the calling thread; only the schemas it must load are awaited'),
        returns: 'ajv#ValidateFunction',
      },
      compileParser: cpuHeavy('compile each schema once at start-up'),
      compileSerializer: cpuHeavy('compile each schema once at start-up'),
      getSchema: { effect: 'cpu-heavy', weight: 1, returns: 'ajv#ValidateFunction', alternative: 'compile each schema once at start-up', note: 'compiles a schema added with addSchema on first use' },
      validate: { ...validatesSecond, note: 'compiles the schema on first use (cached by the schema object), then walks the data' },
      validateSchema: { effect: 'cpu-heavy', weight: 1 },
      addSchema: none,
      addMetaSchema: none,
      addFormat: none,
      addKeyword: none,
      addVocabulary: none,
      removeSchema: none,
      errorsText: none,
    },
  },
  { module: 'ajv#ValidateFunction', api: { '': validates } },
  { module: 'zod', aliases: ['zod/v4', 'zod/v3'], api: withNamespace('z', zodFunctions) },
  {
    module: 'zod#Schema',
    defaultEffect: 'none',
    api: {
      ...chain('zod#Schema', zodSchemaMethods),
      parse: validates,
      safeParse: validates,
      decode: validates,
      encode: validates,
      safeDecode: validates,
      safeEncode: validates,
      parseAsync: validatesAsync('checks the data on the calling thread; only asynchronous refinements wait'),
      safeParseAsync: validatesAsync('checks the data on the calling thread; only asynchronous refinements wait'),
      spa: validatesAsync('checks the data on the calling thread; only asynchronous refinements wait'),
      decodeAsync: validatesAsync('checks the data on the calling thread; only asynchronous refinements wait'),
      encodeAsync: validatesAsync('checks the data on the calling thread; only asynchronous refinements wait'),
      isOptional: none,
      isNullable: none,
    },
  },
  {
    module: 'yup',
    api: {
      ...chain('yup#Schema', yupSchemaBuilders),
      ref: none,
      reach: creates('yup#Schema'),
      addMethod: none,
      setLocale: none,
      isSchema: none,
      ValidationError: none,
    },
  },
  {
    module: 'yup#Schema',
    defaultEffect: 'none',
    api: {
      ...chain('yup#Schema', yupSchemaMethods),
      validate: validatesAsync('validates on the calling thread inside the promise; only asynchronous tests wait'),
      validateAt: { ...validatesAsync('validates on the calling thread inside the promise; only asynchronous tests wait'), sizeArgument: 1 },
      isValid: validatesAsync('validates on the calling thread inside the promise; only asynchronous tests wait'),
      validateSync: validates,
      validateSyncAt: validatesSecond,
      isValidSync: validates,
      cast: validates,
      describe: none,
    },
  },
  {
    module: 'joi',
    api: {
      ...chain('joi#Schema', joiSchemaBuilders),
      compile: creates('joi#Schema'),
      build: creates('joi#Schema'),
      assert: validates,
      attempt: validates,
      isSchema: none,
      isRef: none,
      ref: none,
      expression: none,
      x: none,
      in: none,
      extend: none,
      defaults: none,
      types: none,
    },
  },
  {
    module: 'joi#Schema',
    defaultEffect: 'none',
    api: {
      ...chain('joi#Schema', joiSchemaMethods),
      validate: validates,
      validateAsync: validatesAsync('validates on the calling thread; only external() rules wait'),
      attempt: validates,
      assert: validates,
      describe: none,
      extract: creates('joi#Schema'),
    },
  },
];

// ---------------------------------------------------------------- encodings and compression in JavaScript

const decodes: ApiInfo = { ...parsesText, alternative: 'decode in a worker thread' };
const encodes: ApiInfo = { ...serialises, alternative: 'encode in a worker thread' };
const lzStringAlternative = 'zlib (thread pool)';
const lzString: ApiInfo = { effect: 'cpu-heavy', sizeArgument: 0, alternative: lzStringAlternative };
const matchesList: ApiInfo = { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'filter a smaller list, or compile the matcher once' };

const encodingTables: ModuleTable[] = [
  {
    module: '@msgpack/msgpack',
    api: {
      encode: encodes,
      decode: decodes,
      decodeMulti: decodes,
      decodeAsync: { effect: 'async-io', note: 'reads the stream, then decodes it on the calling thread' },
      decodeArrayStream: asyncIo,
      decodeMultiStream: asyncIo,
      Encoder: creates('@msgpack/msgpack#Codec'),
      Decoder: creates('@msgpack/msgpack#Codec'),
      ExtensionCodec: none,
    },
  },
  {
    module: '@msgpack/msgpack#Codec',
    api: { encode: encodes, decode: decodes, decodeMulti: decodes, decodeAsync: asyncIo, decodeArrayStream: asyncIo, decodeStream: asyncIo },
  },
  {
    module: 'msgpack-lite',
    api: { encode: encodes, decode: decodes, createEncodeStream: none, createDecodeStream: none, createCodec: none, Encoder: none, Decoder: none },
  },
  {
    module: 'cbor',
    api: {
      encode: encodes,
      encodeCanonical: encodes,
      encodeOne: encodes,
      encodeAsync: { ...encodes, note: 'encodes the whole value on the calling thread inside the promise' },
      decode: decodes,
      decodeFirstSync: decodes,
      decodeAllSync: decodes,
      decodeFirst: { ...decodes, note: 'decodes on the calling thread through a stream although it returns a promise' },
      decodeAll: { ...decodes, note: 'decodes on the calling thread through a stream although it returns a promise' },
      diagnose: decodes,
      comment: decodes,
      Encoder: none,
      Decoder: none,
      Tagged: none,
      Simple: none,
      Map: none,
    },
  },
  {
    module: 'avsc',
    api: {
      parse: { ...parsesInto('avsc#Type', 'parse the schema once at start-up'), note: 'a string naming an existing file is read with fs.readFileSync' },
      'Type.forSchema': parsesInto('avsc#Type', 'build the type once at start-up'),
      'Type.forValue': { ...parsesInto('avsc#Type', 'build the type once at start-up') },
      readSchema: { ...parsesText, alternative: 'parse the schema once at start-up' },
      readProtocol: { ...parsesText, alternative: 'parse the protocol once at start-up' },
      extractFileHeader: blocking('avsc.createFileDecoder (a stream)'),
      createFileDecoder: asyncIo,
      createFileEncoder: asyncIo,
      assembleProtocol: threadpool,
    },
  },
  {
    module: 'avsc#Type',
    api: {
      toBuffer: encodes,
      fromBuffer: decodes,
      encode: encodes,
      decode: decodes,
      toString: encodes,
      fromString: decodes,
      isValid: validates,
      clone: validates,
      compare: none,
      createResolver: { effect: 'cpu-heavy', weight: 1, alternative: 'build the resolver once at start-up' },
      random: none,
    },
  },
  {
    module: 'bson',
    api: {
      serialize: encodes,
      deserialize: decodes,
      serializeWithBufferAndIndex: encodes,
      deserializeStream: decodes,
      calculateObjectSize: { ...encodes, alternative: 'serialise once and take the length' },
      'BSON.serialize': encodes,
      'BSON.deserialize': decodes,
      'BSON.calculateObjectSize': { ...encodes, alternative: 'serialise once and take the length' },
      'EJSON.parse': decodes,
      'EJSON.stringify': encodes,
      'EJSON.serialize': encodes,
      'EJSON.deserialize': decodes,
      ObjectId: none,
      'ObjectId.createFromHexString': none,
      'ObjectId.isValid': none,
      Long: none,
      Binary: none,
      Decimal128: none,
    },
  },
  {
    module: 'iconv-lite',
    api: {
      decode: { ...decodes, alternative: 'TextDecoder, or decode a stream with iconv.decodeStream' },
      encode: { ...encodes, alternative: 'encode a stream with iconv.encodeStream' },
      encodingExists: none,
      getEncoder: none,
      getDecoder: none,
      getCodec: none,
      decodeStream: none,
      encodeStream: none,
    },
  },
  {
    module: 'chardet',
    api: {
      detect: { ...passOverInput('detect on a sample ({ sampleSize })'), note: 'runs every recogniser over the whole buffer' },
      analyse: passOverInput('detect on a sample ({ sampleSize })'),
      detectFile: { effect: 'threadpool', note: 'reads the whole file with fs.readFile (or opens it with fs.openSync for a sample), then detects on the calling thread' },
      detectFileSync: blocking('chardet.detectFile'),
    },
  },
  {
    module: 'lz-string',
    api: Object.fromEntries(
      [
        'compress', 'decompress', 'compressToBase64', 'decompressFromBase64', 'compressToUTF16', 'decompressFromUTF16',
        'compressToEncodedURIComponent', 'decompressFromEncodedURIComponent', 'compressToUint8Array', 'decompressFromUint8Array',
      ].map((name) => [name, lzString]),
    ),
  },
  {
    // brotli 2 (ESM) compresses in WebAssembly on the calling thread behind a promise; brotli 1 did it synchronously.
    module: 'brotli',
    api: {
      compress: computesBeforeResolving('zlib.brotliCompress (thread pool)', 'compresses in WebAssembly on the calling thread (quality 11 by default)'),
      decompress: cpuHeavy('zlib.brotliDecompress (thread pool)'),
    },
  },
  {
    module: 'brotli/compress',
    aliases: ['brotli/compress.js'],
    api: {
      '': computesBeforeResolving('zlib.brotliCompress (thread pool)', 'compresses in WebAssembly on the calling thread (quality 11 by default)'),
      compress: computesBeforeResolving('zlib.brotliCompress (thread pool)', 'compresses in WebAssembly on the calling thread (quality 11 by default)'),
    },
  },
  // Translation catalogs: gettext's .po text and .mo binary parsed and written in JavaScript, and converted to and
  // from i18next's JSON.
  {
    module: 'gettext-parser',
    api: { 'po.parse': parsesText, 'po.compile': serialises, 'mo.parse': parsesText, 'mo.compile': serialises, 'po.createParseStream': { effect: 'none', returns: 'stream#Stream' } },
  },
  { module: 'gettext-converter', defaultEffect: 'cpu-heavy', api: {} },
  // The size of a text once compressed: zlib on the thread pool, or on the calling thread for the `sync` forms.
  {
    module: 'gzip-size',
    aliases: ['brotli-size'],
    api: {
      '': threadpool,
      sync: cpuHeavy('the promise form, which compresses on the thread pool'),
      file: threadpool,
      fileSync: blocking('the promise form of file()'),
      stream: { effect: 'none', returns: 'stream#Stream' },
      gzipSize: threadpool,
      gzipSizeSync: cpuHeavy('gzipSize(), which compresses on the thread pool'),
      gzipSizeFromFile: threadpool,
      gzipSizeFromFileSync: blocking('gzipSizeFromFile()'),
      gzipSizeStream: { effect: 'none', returns: 'stream#Stream' },
    },
  },
  { module: 'brotli/decompress', aliases: ['brotli/decompress.js'], api: { '': cpuHeavy('zlib.brotliDecompress (thread pool)'), decompress: cpuHeavy('zlib.brotliDecompress (thread pool)') } },
  {
    module: 'snappy',
    api: {
      compress: threadpool,
      uncompress: threadpool,
      compressSync: { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'snappy.compress (thread pool)' },
      uncompressSync: { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'snappy.uncompress (thread pool)' },
      compressStream: none,
      uncompressStream: none,
      createCompressStream: none,
      createUncompressStream: none,
    },
  },
  {
    module: 'lz4',
    api: {
      encode: cpuHeavy('lz4-napi or zlib (thread pool)'),
      decode: cpuHeavy('lz4-napi or zlib (thread pool)'),
      encodeBlock: cpuHeavy('lz4-napi or zlib (thread pool)'),
      encodeBlockHC: cpuHeavy('lz4-napi or zlib (thread pool)'),
      decodeBlock: cpuHeavy('lz4-napi or zlib (thread pool)'),
      encodeBound: none,
      createEncoderStream: none,
      createDecoderStream: none,
    },
  },
  {
    module: 'semver',
    defaultEffect: 'none',
    api: {
      sort: matchesList,
      rsort: matchesList,
      maxSatisfying: matchesList,
      minSatisfying: matchesList,
      parse: none,
      valid: none,
      clean: none,
      coerce: none,
      satisfies: none,
      compare: none,
      SemVer: none,
      Range: none,
    },
  },
  {
    module: 'minimatch',
    api: {
      '': none,
      minimatch: none,
      match: matchesList,
      'minimatch.match': matchesList,
      filter: none,
      'minimatch.filter': none,
      makeRe: none,
      'minimatch.makeRe': none,
      braceExpand: none,
      escape: none,
      unescape: none,
      defaults: none,
      Minimatch: creates('minimatch#Minimatch'),
    },
  },
  { module: 'minimatch#Minimatch', api: { match: none, makeRe: none, matchOne: none } },
  {
    module: 'micromatch',
    api: {
      '': matchesList,
      match: matchesList,
      not: matchesList,
      matchKeys: matchesList,
      some: matchesList,
      every: matchesList,
      isMatch: none,
      any: none,
      all: none,
      contains: none,
      matcher: none,
      capture: none,
      makeRe: none,
      scan: none,
      parse: none,
      braces: none,
      braceExpand: none,
      hasBraces: none,
    },
  },
  {
    module: 'picomatch',
    aliases: ['picomatch/posix'],
    api: { '': none, isMatch: none, makeRe: none, toRegex: none, compileRe: none, test: none, matchBase: none, scan: none, parse: none },
  },
  { module: 'ignore', api: { '': creates('ignore#Ignore'), default: creates('ignore#Ignore'), isPathValid: none } },
  {
    module: 'ignore#Ignore',
    api: {
      add: creates('ignore#Ignore'),
      ignores: none,
      test: none,
      checkIgnore: none,
      createFilter: none,
      filter: matchesList,
    },
  },
];

// ---------------------------------------------------------------- string distances

/** An edit distance between two strings: a table of one string's length by the other's, cheap for two words. */
const editDistance: ApiInfo = { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'compare in a worker thread, or against fewer candidates' };
/** The closest of a list of candidates: an edit distance per candidate. */
const closestOf: ApiInfo = cpuHeavy('index the candidates (a trie or n-grams), or search in a worker thread');

const stringDistanceTables: ModuleTable[] = [
  { module: 'fast-levenshtein', api: { get: editDistance } },
  { module: 'fastest-levenshtein', api: { distance: editDistance, closest: closestOf } },
  { module: 'leven', api: { '': editDistance, closestMatch: closestOf } },
  { module: 'js-levenshtein', aliases: ['damerau-levenshtein'], api: { '': editDistance } },
  { module: 'string-similarity', api: { compareTwoStrings: editDistance, findBestMatch: closestOf } },
  { module: 'didyoumean', aliases: ['didyoumean2'], api: { '': closestOf } },
];

export const computeTables: ModuleTable[] = [
  ...documentTables,
  ...numberTables,
  ...textTables,
  ...markupTables,
  ...validationTables,
  ...encodingTables,
  ...stringDistanceTables,
];
