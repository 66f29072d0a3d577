#pragma once

// The fixed material of the demo: who the families are, where they live, what meetings were
// about, and the sentences an intermediary writes. Internal to brugdemo.

#include <vector>

namespace brug::demo {

struct ChildSpec
{
    int birthYear;
    const char *gender; ///< "f" or "m"
};

struct FamilySpec
{
    const char *key;            ///< stable short key, used by the referral scenarios
    const char *name;           ///< as the intermediary writes it (UTF-8)
    const char *country;        ///< code of catalogue "country"
    std::vector<const char *> languages;
    const char *preferred;
    const char *neighbourhood;  ///< a NeighbourhoodSpec name
    std::vector<ChildSpec> children;
    const char *intermediary;   ///< user key: amal or kwame
    bool father;                ///< a father in the household
    std::vector<const char *> profile; ///< risk factors the intermediary sees; empty: drawn
};

struct NeighbourhoodSpec
{
    const char *name;
    const char *postcode;       ///< the four digits
    std::vector<const char *> streets;
};

struct MeetingSpec
{
    const char *placeKind;
    const char *placeName;
    const char *neighbourhood;
    const char *theme;
    const char *themeNote;
    const char *language;
    const char *questions;
    std::vector<const char *> needs;
    bool providerPresent;
    bool providerRequested;
    int womenMin, womenMax, newcomersMax;
};

/// A sentence with conditions: `household` only where a father lives in the family, `atVisit`
/// only when he was at the visit.
struct Phrase
{
    enum Father { Any, Household, AtVisit };
    const char *text;
    Father father = Any;
};

const std::vector<FamilySpec> &families();
const std::vector<NeighbourhoodSpec> &neighbourhoods();
const std::vector<MeetingSpec> &meetings();

/// Sentences about one risk factor ("rf01".."rf17"), in the intermediary's voice. Placeholders:
/// {oudste} {jongste} (e.g. "zoon van 12"), {taal} (the visit's language, e.g. "Turks").
const std::vector<Phrase> &riskPhrases(const char *riskFactor);
/// Sentences about one topic code.
const std::vector<Phrase> &topicPhrases(const char *topic);
const std::vector<Phrase> &firstVisitOpeners();
const std::vector<Phrase> &laterVisitOpeners();
/// For a later visit when every sentence about a risk factor was already written for a family.
const std::vector<Phrase> &progressPhrases();
/// When a child or relative interpreted, or a father joined.
const std::vector<Phrase> &familyInterpreterPhrases();
const std::vector<Phrase> &fatherJoinedPhrases();

/// The Dutch name of a language code ("ar" → "Arabisch").
const char *languageName(const char *code);

} // namespace brug::demo
