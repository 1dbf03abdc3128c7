// Reporting, claiming and denying: verbs of speech by lemma, and the nouns of what is said.
// General English; nothing here is specific to one conflict or one text.

const set = (words: string) => new Set(words.trim().split(/\s+/));

/**
 * Reporting and claiming verbs, every inflected form → lemma. Written out by hand: English
 * inflection rules misfire too often (said, told, wrote, characterised…).
 */
const REPORTING_FORMS: Record<string, string> = Object.create(null);
function verb(lemma: string, forms: string) {
  for (const f of forms.split(/\s+/)) REPORTING_FORMS[f] = lemma;
}
verb('say', 'say says said saying');
verb('tell', 'tell tells told telling');
verb('state', 'state states stated stating');
verb('confirm', 'confirm confirms confirmed confirming');
verb('report', 'report reports reported reporting');
verb('announce', 'announce announces announced announcing');
verb('add', 'add adds added adding');
verb('note', 'note notes noted noting');
verb('claim', 'claim claims claimed claiming');
verb('assert', 'assert asserts asserted asserting');
verb('declare', 'declare declares declared declaring');
verb('describe', 'describe describes described describing');
verb('characterize', 'characterize characterizes characterized characterizing characterise characterises characterised characterising');
verb('call', 'call calls called calling');
verb('term', 'term terms termed terming');
verb('warn', 'warn warns warned warning');
verb('explain', 'explain explains explained explaining');
verb('insist', 'insist insists insisted insisting');
verb('maintain', 'maintain maintains maintained maintaining');
verb('deny', 'deny denies denied denying');
verb('acknowledge', 'acknowledge acknowledges acknowledged acknowledging');
verb('admit', 'admit admits admitted admitting');
verb('boast', 'boast boasts boasted boasting');
verb('reveal', 'reveal reveals revealed revealing');
verb('indicate', 'indicate indicates indicated indicating');
verb('emphasize', 'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising');
verb('stress', 'stress stresses stressed stressing');
verb('assure', 'assure assures assured assuring');
verb('affirm', 'affirm affirms affirmed affirming');
verb('allege', 'allege alleges alleged alleging');
verb('argue', 'argue argues argued arguing');
verb('write', 'write writes wrote written writing');
verb('post', 'posted');
verb('tweet', 'tweet tweets tweeted tweeting');
verb('recount', 'recount recounts recounted recounting');
verb('recall', 'recall recalls recalled recalling');
verb('vow', 'vow vows vowed vowing');
verb('pledge', 'pledge pledges pledged pledging');
verb('promise', 'promise promises promised promising');
verb('threaten', 'threaten threatens threatened threatening');
verb('estimate', 'estimate estimates estimated estimating');
verb('suggest', 'suggest suggests suggested suggesting');
verb('conclude', 'conclude concludes concluded concluding');
verb('observe', 'observe observes observed observing');
verb('remark', 'remark remarks remarked remarking');
verb('comment', 'comment comments commented commenting');
verb('reply', 'reply replies replied replying');
verb('respond', 'respond responds responded responding');
verb('concede', 'concede concedes conceded conceding');
verb('complain', 'complain complains complained complaining');
verb('lament', 'lament laments lamented lamenting');
verb('corroborate', 'corroborate corroborates corroborated corroborating');
verb('dismiss', 'dismiss dismisses dismissed dismissing');
verb('reject', 'reject rejects rejected rejecting');
verb('refute', 'refute refutes refuted refuting');
verb('contend', 'contend contends contended contending');
verb('testify', 'testify testifies testified testifying');
verb('caution', 'caution cautions cautioned cautioning');
verb('accuse', 'accuse accuses accused accusing');
verb('urge', 'urge urges urged urging');
verb('quote', 'quoted');
verb('predict', 'predict predicts predicted predicting');
verb('agree', 'agreed');
verb('express', 'express expresses expressed expressing');
verb('insist', 'insist insists insisted insisting');
verb('assess', 'assessed');
verb('publish', 'published');
verb('put', 'put puts putting');
verb('speak', 'speak speaks spoke speaking');
verb('ask', 'ask asks asked asking');
verb('shout', 'shout shouts shouted shouting');
verb('recall', 'recalled');
verb('whisper', 'whispered');
verb('show', 'show shows showed');
verb('cry', 'cried');
verb('scream', 'screamed');

/** Every inflected form of a reporting or claiming verb → its lemma ("told" → "tell"). */
export const REPORTING_VERB_LEMMA: Readonly<Record<string, string>> = REPORTING_FORMS;

/** Lemmas that introduce a quotation or a claimed fact (not just any speech act). */
export const ATTRIBUTING_LEMMAS = set(`
  say tell state confirm report announce add note claim assert declare describe characterize call term
  warn explain insist maintain deny acknowledge admit boast reveal indicate emphasize stress assure affirm
  allege argue write post tweet recount recall vow pledge promise threaten estimate suggest conclude observe
  remark comment reply respond concede complain lament corroborate dismiss reject refute contend testify
  caution accuse predict express quote shout whisper cry scream show
`);

/** Verbs whose object is a description of a thing ("described the attack as …"): need "as". */
export const DESCRIBING_LEMMAS = set('describe characterize call term');

/** Verbs that can follow a quotation with the speaker after them ("…," said X). */
export const INVERSION_LEMMAS = set('say add tell state note write explain warn insist continue ask reply');

/** Lemmas that deny; lemmas that hedge. */
export const DENYING_LEMMAS = set('deny dismiss reject refute');
export const HEDGING_LEMMAS = set('suggest allege estimate predict');

/** Lemmas under which a party states its version of facts (used by claims). */
export const CLAIMING_LEMMAS = set(`
  say state confirm report announce claim assert declare insist maintain deny acknowledge admit boast
  reveal indicate allege dismiss reject refute contend estimate suggest note add emphasize stress affirm
`);

/** Heads of quoted documents rather than parties ("the statement said"). */
export const DOCUMENT_NOUNS = set(`
  statement statements communique communiqué bulletin declaration release report reports video message post
  data figures estimates estimate records tally count survey census footage images analysis assessment
`);

/** Nouns that stand for a claim ("a claim the army denied", "a figure Hamas rejects"). */
export const CLAIM_NOUNS = set(`
  claim claims figure figures account accounts allegation allegations version assertion assertions accusation
  accusations charge charges report reports toll statement statements narrative description estimate
`);
