// textlint for the Japanese pages (content/docs/*.mdx): `npm run lint:text`.
// textlint-rule-preset-ja-technical-writing, plus the site's terminology (textlint/prh-ja.yml, the glossary).
// Every setting that differs from the preset's defaults says why.
module.exports = {
  plugins: { mdx: true },
  rules: {
    'preset-ja-technical-writing': {
      // The preset wants である in list items; kubernetes.io/ja writes list items as full sentences in です/ます,
      // like the body, so lists follow the body's style here.
      'no-mix-dearu-desumasu': { preferInHeader: '', preferInBody: 'ですます', preferInList: 'ですます', strict: false },
    },
    prh: { rulePaths: ['./textlint/prh-ja.yml'] },
  },
};
