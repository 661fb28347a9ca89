/* SiteGen search tokenizer: the same rules as ChineseTokenizer.cs (search.md). NFKC first; Han runs give
   overlapping bigrams, or the single character for a one-character run; other letters and digits form one
   lowercased word; everything else separates. Positions count code points, never UTF-16 halves.
   A test runs this file in Node and compares its tokens with the C# tokenizer's on a shared list of strings. */
(function (root) {
  "use strict";

  var WORD = /^[\p{L}\p{Nd}\p{Mn}\p{Mc}]$/u;

  function isHan(c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x323AF) ||
      (c >= 0xF900 && c <= 0xFAFF) || c === 0x3007;
  }

  function kindOf(ch) {
    if (isHan(ch.codePointAt(0))) return 1;
    return WORD.test(ch) ? 2 : 0;
  }

  function tokenize(text) {
    var chars = Array.from(String(text).normalize("NFKC"));
    var tokens = [];
    var i = 0;
    while (i < chars.length) {
      var kind = kindOf(chars[i]);
      if (kind === 0) { i++; continue; }
      var start = i;
      while (i < chars.length && kindOf(chars[i]) === kind) i++;
      if (kind === 1) {
        if (i - start === 1) {
          tokens.push({ term: chars[start], position: start });
        } else {
          for (var j = start; j + 1 < i; j++) tokens.push({ term: chars[j] + chars[j + 1], position: j });
        }
      } else {
        var word = "";
        for (var k = start; k < i; k++) word += lowerOne(chars[k]);
        tokens.push({ term: word, position: start });
      }
    }
    return tokens;
  }

  // Lowercase one code point as .NET's Rune.ToLowerInvariant does: a mapping that would change the length
  // (İ → i̇ in JavaScript) keeps the character as it is, since .NET maps code point to code point.
  function lowerOne(ch) {
    var lower = ch.toLowerCase();
    return Array.from(lower).length === 1 ? lower : ch;
  }

  var SPACE = /^\p{White_Space}$/u;

  // Punctuation and symbols, one character a term with its position, as IndexedTerms.cs stores them: they make a
  // query with punctuation in it match exactly where the text has it.
  function punctuation(text) {
    var chars = Array.from(String(text).normalize("NFKC"));
    var tokens = [];
    for (var i = 0; i < chars.length; i++) {
      if (kindOf(chars[i]) === 0 && !SPACE.test(chars[i])) tokens.push({ term: chars[i], position: i });
    }
    return tokens;
  }

  var api = { tokenize: tokenize, punctuation: punctuation, isHan: isHan };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.SiteGenTokenizer = api;
})(this);
