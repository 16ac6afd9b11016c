/**
 * Words too common in news to tell one event from another. They weigh little in story
 * clustering (cluster/features.ts). Lower-case; function words, reporting verbs, generic news nouns.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also although am among an and another any are around as at
  be because been before being below between both but by can could did do does doing done down during
  each either even ever every few for from further had has have having he her here hers herself him himself
  his how however i if in into is it its itself just least less like made make many may me might more
  most much must my myself near neither never no nor not now of off on once one only or other others our
  ours out over own per rather said same says say saying see seen she should since so some still such
  than that the their theirs them themselves then there these they this those though through thus to
  too toward towards under until up upon us very via was we were what when where whether which while who
  whom whose why will with within without would yet you your
  according added adding announced told stated statement statements reported reports report reporting
  news press media story today yesterday tomorrow week weeks month months year years day days time times
  monday tuesday wednesday thursday friday saturday sunday january february march april june july
  august september october november december morning evening night afternoon
  people person official officials government state country countries city town region area local
  national international world president minister ministry spokesman spokeswoman spokesperson leader
  leaders authorities authority police public first second third last next new former earlier later
  including several number part percent since while among known called both well back take took
  taken make making came come comes went going goes give given show shows shown amid following
  ahead across along told asked says added noted described expressed called urged`.split(/\s+/).filter(Boolean),
);
