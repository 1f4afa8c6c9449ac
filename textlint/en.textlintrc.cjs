// textlint for the English pages: terminology only (the glossary, textlint/prh-en.yml).
// rulePaths are relative to this file. The Japanese writing rules of .textlintrc.cjs do not apply to English.
module.exports = {
  plugins: { mdx: true },
  rules: {
    prh: { rulePaths: ['./prh-en.yml'] },
  },
};
