package suggest

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"namebot/pkg/naming"
)

// This file restates a question before anything reads it: wordings that
// say one thing in the way of another are rewritten once, for the grammar,
// the phrasebook and the model's hint alike (re-sends is resends, 켜고 끄는
// toggles, 사용된건지 asks 사용됐는지, JS에서 is the room's language, 상품
// 페이지 수백개를 is 상품 페이지들을). Each rewrite says what it reads; a
// new one goes here, with a table question of its own.

// English wordings the grammar reads better said plainly.
const (
	rePropertyOn    = lazyRE(`(?i)\b(property|field|member|variable|array|list|vector|slice)\s+(?:on|in|of)\s+(?:the\s+|a\s+|our\s+|my\s+|its\s+)?[^,.?]{1,50}?\s+(holding|containing|storing|keeping)\b`)                      // array property on the player's view model holding X: array holding X
	reNeedTo        = lazyRE(`(?i)^\s*(?:need|want|trying|going)\s+to\s+`)                                                                                                                                                      // need to group …: group …
	reMethodOn      = lazyRE(`\b(method|function|property|field|attribute|callback|scope|helper)\s+on\s+(?:the\s+|our\s+|an?\s+|my\s+)?[A-Z]\w*(?:\s+(?:model|class|entity|struct|controller|object|record|service))?\s+`)      // a method on Appointment that: a method that
	reWeSendTo      = lazyRE(`(?i)\bthe\s+(?:hash|dict|dictionary|map|json|body|object|params|payload|data|struct)\s+(?:that\s+)?(?:we|i|you)\s+(?:send|post|pass|submit|give)\s+to\s+(?:the\s+)?((?:[a-z]+\s+){0,3}[a-z]+)\b`) // the hash we send to the channel manager API: its payload
	reTrailingAPI   = lazyRE(`(?i)\s*\b(?:api|service|server|endpoint|backend)$`)
	reClauseWord    = lazyRE(`(?i)\s+(?:and|that|which|with|for|when|so|to|after|before)\b`)
	reBeNowState    = lazyRE(`(?i)\b(is|are|was|were)\s+(?:currently|still|now|already)\s+(checked\s+out|checked\s+in|in\s+use|logged\s+in|signed\s+in|online|offline|idle|busy)\b`)                                                                                                  // are currently checked out: are checked out
	reHoldingList   = lazyRE(`(?i)\b(?:member\s+|private\s+|internal\s+)?(vector|list|array|slice|set|collection|map|dict|dictionary|hash\s*map)\s+(?:(?:that|which)\s+(?:holds|contains|stores|keeps)|holding|containing|storing|keeping)\s+(?:the\s+|all\s+(?:the\s+)?|every\s+)?`) // the member vector holding the voices: the list of voices
	reWhereClause   = lazyRE(`(?i)\b([a-z]+s)\s+(?:where|in\s+which|at\s+which)\s+[^,.?()]*`)                                                                                                                                                                                         // bin locations where that SKU is stored: bin locations
	reLongParen     = lazyRE(`\s*\((?:[A-Za-z',;-]+\s+){3,}[A-Za-z0-9',.;\s-]*\)`)                                                                                                                                                                                                    // (one SKU can sit in several bins): an aside
	reBuilding      = lazyRE(`(?i)(?:\bin\s+(?:our|my|the|a)\s+[^,.?]{1,40}?\s+)?\b(?:I'?m|I\s+am|we'?re|we\s+are)\s+(?:building|making|creating|writing|adding|keeping|using)\s+`)                                                                                                   // I'm building a map from …: a map from …
	reReturnsIn     = lazyRE(`(?i)\b(?:returns?|gives?|gets?)\s+(?:the\s+|its\s+|a\s+|an\s+)?((?:[a-z]+\s+)?[a-z]+)\s+(?:in|as)\s+(fahrenheit|celsius|kelvin|radians|degrees|dollars|won|usd|eur|utc|json|hex|base64|roman\\s+numerals)\b`)                                           // returns the temperature in Fahrenheit: converts it to Fahrenheit
	reTrailingIng   = lazyRE(`,\s+(?:and\s+|while\s+)?(?:respecting|updating|preserving|honou?ring|following|assuming|skipping|retrying|ignoring|excluding|including|using|keeping|returning|throwing|logging|caching|falling\s+back|waiting|starting|stopping|removing|dropping|sending|showing|rounding|handling|treating|counting|reusing|failing|defaulting)\b[^.?!]*`)
	reWithinOf      = lazyRE(`(?i)\s+within\s+(?:\d+|a|an|one|two|three|five|ten|thirty)\s+(?:seconds?|minutes?|hours?|days?|weeks?)\s+(?:of|after|since|from)\s+[^.?!,]*`)
	reLetterN       = lazyRE(`\b[NK]\s+([a-z]{3,})`)
	reInsteadOf     = lazyRE(`(?i),?\s+(?:instead\s+of|rather\s+than)\s+[^.?!,]*`)
	reWaitingToV    = lazyRE(`(?i)\s+(?:waiting|ready|about)\s+to\s+(?:fire|run|start|send|expire|execute|play|process|finish|close|open|load|sync|retry|trigger|go)\b`)
	reOnQueue       = lazyRE(`(?i)\b(?:puts?|pushes|push|adds?|drops?)\s+(.{1,40}?)\s+(?:on|onto|in|into|to)\s+(?:the|a|our)\s+(?:job\s+|task\s+|work\s+)?queue\b`)
	reTapOnPlace    = lazyRE(`(?i)\b(taps|clicks|presses|selects|long-presses|double-clicks|drags|swipes|tap|click|press|select)\s+((?:a|an|the)\s+)?([a-z]+(?:\s+[a-z]+)?)\s+(?:on|in)\s+(?:the|a|an)\s+(?:[a-z]+\s+){0,3}(?:map|list|screen|page|grid|view|table|board|canvas|calendar|chart|toolbar|sidebar|menu|panel|form)\b`)
	reWebHandler    = lazyRE(`(?i)\b(?:an?\s+)?(?:HTTP|REST|API|web)\s+handler\b`)
	reRouteHandler  = lazyRE(`(?i)\b(?:HTTP|REST|API|route|request)\s+handler\s+for\s+(?:the\s+|a\s+)?(.{1,40}?)\s+(?:endpoint|route|path|API)\b`)
	reNonHyphen     = lazyRE(`(?i)(^|[\s(])non-([a-z])`)
	reKeepOnly      = lazyRE(`(?i)(^|\s)(?:keep|retain)(s|ing)?\s+only\s+`)
	reIHaveThem     = lazyRE(`(?i)\b(?:I|we)(?:'ve|\s+have)?\s+(?:have|got)\s+(?:an?\s+|the\s+|some\s+)?([^.,;]{1,40}?)\s+and\s+(?:want|need)\s+to\s+(\w+)\s+(?:them|it|these|those)\b|\b(?:I|we)(?:'ve|\s+have)\s+got\s+(?:an?\s+|the\s+|some\s+)?`)
	reIHaveWant     = lazyRE(`(?i)\b(?:I|we)\s+(?:have|got)\s+[^.,;]{1,60}?\s+and\s+(?:want|need)\s+|\b(?:I|we)\s+(?:want|need)\s+(?:to\s+(?:name|call)\s+)?|\b(?:I|we)\s+(?:track|keep\s+track\s+of|count)\s+`)              // I have a X newtype and want a method: a method
	reVoterMay      = lazyRE(`(?i)\bdecides?\s+(?:if|whether)\s+(?:the\s+)?(?:current\s+)?(?:user|member|admin|caller)\s+(?:may|can|is\s+allowed\s+to)\s+`)                                                                   // decides if the current user may edit X: can edit X
	reReturnsTrueIf = lazyRE(`(?i)\breturns?\s+(?:nonzero|non-zero|true|1|a\s+bool(?:ean)?|yes)\s+(?:if|when|whether)\s+`)                                                                                                    // returns nonzero if …: checks whether …
	reThrowsIf      = lazyRE(`(?i),?\s*(?:and\s+)?(?:throws|errors|fails|panics|returns\s+an?\s+error)\s+(?:an?\s+\w+\s+)?if\s+[^,.?!]*`)                                                                                     // and throws if it's already taken: a note on failure
	reOverTime      = lazyRE(`(?i)\s+(?:over|in|within|for)\s+(?:one|two|three|five|ten|half\s+a|a|an|\d+(?:\.\d+)?)\s+(?:seconds?|secs?|ms|milliseconds?|minutes?|frames?|ticks?)\b`)                                        // fades to black over one second
	reValHolding    = lazyRE(`(?i)(?:\b(?:val|var|let|property|field)|@State\s+var)\s+(?:holding|containing|storing|that\s+holds)\s+(?:the\s+)?|@State\s+(?:private\s+)?var\s+for\s+`)                                        // val holding the list of X: the list of X
	reTypedIn       = lazyRE(`(?i)\b(?:the\s+)?(text|value|query|input|string|keyword)\s+(?:currently\s+|that\s+is\s+|being\s+)?(?:typed|entered|written|shown|displayed)\s+(?:in|into)\s+(?:the\s+)?((?:[a-z]+\s+)?[a-z]+)`) // the text typed in the search field: the search field text
	reHyphenWord    = lazyRE(`\b[A-Za-z]+-[A-Za-z]+\b`)
	reForOffline    = lazyRE(`(?i)\bdownloaded\s+for\s+offline(?:\s+(?:playback|listening|use|viewing|reading|access|play))?`)
	reZeroBased     = lazyRE(`(?i)\b(?:zero|one|0|1)-based\s+`)
	reRelativeNow   = lazyRE(`(?i)\s+relative\s+to\s+(?:now|the\s+current\s+time|today)\b`)
	reLimitWhen     = lazyRE(`(?i)^((?:the\s+)?(?:max(?:imum)?|min(?:imum)?|default)\s+(?:number\s+of\s+)?(?:[a-z]+\s+){0,2}[a-z]+(?:\s+\(?in\s+[a-z]+\)?)?)\s+(?:when|while|whenever|during|if)\s+[^,]+$`)
	reLimitTopic    = lazyRE(`(?i)^((?:the\s+)?(?:max(?:imum)?|min(?:imum)?|default))\s+([a-z]+)((?:\s+\(?in\s+[a-z]+\)?)?)\s+for\s+(?:the\s+|a\s+|an\s+|each\s+)?((?:[a-z]+\s+){0,3}?[a-z]+?)(?:\s+(?:attempts?|requests?|calls?|operations?))?\s*$`)
	rePerPageIn     = lazyRE(`(?i)\bper\s+page\s+(?:in|on|of)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,3}(?:list|table|grid|view|screen|page|listing)s?\b`)
	rePicksOther    = lazyRE(`(?i)\b(?:picks|selects|chooses|switches\s+to|goes\s+to|moves\s+to|opens)\s+(?:a\s+|an\s+)?(?:different|another|other)\s+([a-z]+)`)
	reWeStill       = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+|which\s+)?(?:we|i|you)\s+(?:still\s+)?(?:need|have|want|got)\s+to\s+[a-z]+[^,.?!()]*`)                                                                                                                                        // permissions we still need to ask the user for: permissions
	reKindAdj       = lazyRE(`(?i)\b(?:service|helper|utility|util|static|private|public|protected|instance|member|free|extension|companion|top-level|internal|exported|unexported)\s+(method|function|func|fn)\b`)                                                                      // a service method: a method
	reBeforeWe      = lazyRE(`(?i)\s+(?:before|until|till|so\s+that|so)\s+(?:we|it|they|you|i|the\s+user|users|nobody|no\s+one|nothing|others?|other\s+\w+)\s+[^,.?!()]*`)                                                                                                               // remaining retries before we give up on X: remaining retries
	reVedAfter      = lazyRE(`(?i)\b([a-z]+ed)\s+after\s+(?:a\s+|the\s+|an\s+)?(?:given\s+|certain\s+|specific\s+)?`)                                                                                                                                                                    // notes updated after a given timestamp: updated since the timestamp
	reStoredOn      = lazyRE(`(?i),?\s*(?:cached|stored|kept|saved|persisted|denormali[sz]ed)\s+(?:on|in)\s+(?:the\s+|our\s+|a\s+)?[a-z_]+\s+(?:table|column|model|db|database|redis|cache|row|record)\b`)                                                                               // , cached on the users table: where it is kept
	reTheYCan       = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+|which\s+)?(?:the|a|an|each|this|our|its|one)\s+[a-z]+\s+(?:can|could|will|may|is\s+able\s+to)\s+(?:spawn|hold|handle|process|store|keep|accept|take|support|fit|buffer|queue|cache|serve|run|render|track|load)\b[^,.?!()]*`) // particles the emitter can spawn at once: particles
	reHowManyLeft   = lazyRE(`(?i)\bhow\s+many\s+((?:[a-z]+\s+){0,2}?[a-z]+s)\s+(?:are|is|do\s+we\s+have|we\s+have)\s+(?:still\s+)?(left|remaining)\b`)                                                                                                                                  // how many retries are left: the number of retries left
	reNumberLeft    = lazyRE(`(?i)\bnumber\s+of\s+((?:[a-z]+\s+){0,2}?[a-z]+s)\s+(?:still\s+)?(?:left|remaining)\b`)
	reCanFail       = lazyRE(`(?i),?\s*(?:and\s+|but\s+)?(?:it|this|that)\s+(?:can|may|might|could|will)\s+(?:fail|error|throw|panic|return\s+an?\s+error)\b`)            // …, and it can fail: a note on its result
	reQuotedWord    = lazyRE("(?i)['\"\x60]([a-z_][a-z0-9_]*)['\"\x60]")                                                                                                  // the 'message' event: message
	reMoreThanFor   = lazyRE(`(?i)\s+(?:for|in)\s+(?:more\s+than|over|longer\s+than|at\s+least|upwards\s+of)\s+(?:\d+|an?|one|two|three|six|ten|thirty|ninety)\s+[a-z]+`) // idle for more than 30 minutes: idle
	reNewAfter      = lazyRE(`(?i)\b(creates?|creating|provisions?|provisioning|adds?|adding|registers?|spawns?|opens?|inserts?|makes?|builds?|allocates?|sets?\s+up)\s+(an?\s+|the\s+)?(?:brand\s+)?new\s+`)
	reLengthChars   = lazyRE(`(?i)(\blength\b.*?)\s*[,(]?\s*(?:max(?:imum)?\s+|up\s+to\s+)?\d+\s*(?:characters|chars|letters)\b\)?`)
	reTypeMoment    = lazyRE(`\b(?i:the|a)\s+(?:(LocalDate|Date|NSDate|LocalDateTime|ZonedDateTime|OffsetDateTime|Instant|DateTime|DateTimeOffset|Timestamp|time\.Time)\s+(?:for\s+|of\s+)?(?:(when|that|at\s+which)\s)?(?:((?i:to|into|as)\s))?|((?i:moment|instant|point\s+in\s+time))\s+(?:(?:when|that|at\s+which)\s|((?i:a|an|the|we|it|our|my|its|their)\s)))`)
	reDueBack       = lazyRE(`(?i)\b(?:borrowed|rented|loaned|checked\s+out)\s+((?:[a-z]+\s+){0,2}?[a-z]+)\s+(is|are)\s+due(?:\s+back)?\b`)
)

// pastDone are past verbs a bare relative clause does to its head, which
// then qualify it (the orders the user placed: placed orders).
const pastDone lazySet = `sent received used served bought booked visited played watched placed created uploaded liked saved selected picked chose invited contacted notified paid ordered favorited`

// restateEnglish says some English wordings plainly: a word in quotes is
// the word (the 'message' event); "for more than 30 minutes" after a state
// goes (sessions idle for more than 30 minutes are idle sessions, was
// delete_idle_mores); "a new X" after create, add or provision is an X
// (createAccount, was createNewUserAccount); the characters a length is
// counted in go (MaxDisplayNameLength, was MaxCharacterLength); a date or
// time type, or "the moment", before when is the time when (was
// localDate); a borrowed book that is due back is a book that is due.
const (
	reAboveWhich        = lazyRE(`(?i)\b(?:the\s+)?([a-z]+(?:\s+[a-z]+)?)(\s+in\s+\S+)?\s+(above|over|beyond|below|under)\s+which\b.*$`)
	reReachesEnd        = lazyRE(`(?i)\b(?:the\s+\w+(?:\s+\w+)?\s+)?reach(?:es)?\s+the\s+end\s+of\s+(?:an?|the)\s+([a-z]+)`)
	reKindWithThings    = lazyRE(`(?i)\b(property|field|variable|member|attribute|prop|var|val)\s+(?:with|holding|containing|storing)\s+(?:just|only)?\s*(?:the\s+)?([a-z]+s)\b(\s+of\b)?`)
	reKindWith          = lazyRE(`(?i)\b(property|field|variable|member|attribute|constant|column|prop|var)\s+(?:with|holding|containing|storing)\s+(?:the\s+|a\s+)?(number|count|list|total|amount|set)\b`)
	reFilledIn          = lazyRE(`(?i)\b(?:filled|fill)[- ](?:in|out)\s+`)
	reFallsOutside      = lazyRE(`(?i)\bfalls?\s+(outside|within|inside|below|above|between)\b`)
	reDateItEnds        = lazyRE(`(?i)\bthe\s+(?:date|day|time|moment)\s+(?:an?|the)\s+([a-z]+)\s+(expires|starts|ends|opens|closes)\b`)
	reHowLongBeen       = lazyRE(`(?i)\bhow\s+long\s+(?:[a-z']+\s+){0,6}?(?:has|have|had)\s+been\s+([a-z]+)\b`)
	reWaitingInQueue    = lazyRE(`(?i)\b((?:[a-z-]+\s+)?[a-z]+s)\s+(?:that\s+are\s+)?(?:waiting|sitting|pending)\s+in\s+(?:the|a)\s+queue\b(?:\s+at\s+(?:an?|the)\s+[a-z]+(?:\s+[a-z]+)?)?`)
	reLastCame          = lazyRE(`(?i)\bwhen\s+(?:an?|the|this|that)\s+[a-z]+\s+last\s+(?:came|went|visited|stopped|dropped)(?:\s+by)?(?:\s+(?:to|at)\s+(?:the|our|a)\s+[a-z]+)?`)
	reActiveJob         = lazyRE(`\bActiveJob\b(\s+(?:for|that|to)\b|\s*클래스)`)
	reConvertTyped      = lazyRE(`(?i)\b(convert|converts|turn|turns|map|maps|transform|transforms)\s+([a-z][a-z ]{0,40}?)\s+(?:struct|class|object|record|instance|type)\s+(into|to)\b`)
	reForToCheck        = lazyRE(`(?i)\bfor\s+(?:the|a|an|our|my)\s+[a-z]+\s+to\s+(?:check|see|tell|know)(?:\s+(?:if|whether))?\b`)
	reUnitsSpent        = lazyRE(`(?i)\b(?:the\s+)?(?:number|count)\s+of\s+(seconds|minutes|hours|days|weeks|months|years)\s+(elapsed|passed|remaining|left)\b`)
	reDaysInState       = lazyRE(`(?i)\b(?:the\s+)?(?:number|count)\s+of\s+(seconds|minutes|hours|days|weeks|months)\s+(?:that\s+)?(?:the|a|an|this)\s+[a-z]+\s+(?:is|has\s+been|was|stays|stayed)\s+(overdue|late|delayed|open|idle|offline|online|active|down|parked|closed)\b`)
	reByMoreThan        = lazyRE(`(?i)\s+by\s+(?:more|less|over|under)\s+than\s+(?:\d+|[a-z]+)\s+[a-z]+`)
	reKickOff           = lazyRE(`(?i)\b(that\s+|to\s+)?kick(?:s|ed|ing)?\s+off\b`)
	reReturnsAtOnce     = lazyRE(`(?i)\s+and\s+returns?\s+(?:immediately|right\s+away|at\s+once|without\s+waiting)\b`)
	reDropDupes         = lazyRE(`(?i)\b(that\s+|to\s+)?drops?((?:\s+the)?\s+duplicate)`)
	rePossessiveKey     = lazyRE(`(?i)\bfrom\s+(?:an?|the|each)\s+(?:[a-z]+\s+){0,2}?([a-z]+)['’]s\s+`)
	reRunningLate       = lazyRE(`(?i)\brunning\s+(behind|late|ahead\s+of|early)\b`)
	reDoesWhen          = lazyRE(`(?i)(\b(?:function|method|fun|func|fn|helper|coroutine)\s+(?:that|which|to)\s+([a-z]+)\b[^.?!,]*?)\s+(?:when|whenever|once|as\s+soon\s+as)\s+(?:we|i|you|they|it|(?:the\s+|our\s+|my\s+)?(?:app|application|device|phone|network|connection|wifi|wi-fi|browser|page|screen|window|tab|server|system|computer|machine|program|process|user)['’a-z]*)\b[^.?!,()]*`)
	reDefaultUnless     = lazyRE(`(?i)(\bdefault\b[^,.?!]*?)\s*,?\s+(?:when|if|in\s+case|whenever)\s+([^,.?!]*)`)
	reUsedTail          = lazyRE(`(?i)\s+(?:used|applied|to\s+use|we\s+use)$`)
	reTrackingHowMany   = lazyRE(`(?i)\b([a-z0-9_:<>]+)\s+(?:that\s+|which\s+)?(?:tracks|tracking|counts|counting|holds|holding|stores|storing|keeps|keeping|records|recording)\s+(how\s+many|how\s+much|how\s+long|the\s+number\s+of)\b`)
	reDisplayString     = lazyRE(`(?i)\b(into|to|as)\s+(?:an?\s+|the\s+)?(?:(?:"[^"]*"|'[^']*')(?:[\s-]+(?:style|like|format|formatted|shaped))?\s+|(?:display|readable|pretty|formatted|user[- ]friendly|printable|nice|friendly|localized)\s+)(?:display\s+)?(?:string|text|label|str)\b`)
	reHandlesEvent      = lazyRE(`(?i)\b(?:that\s+|which\s+)?(?:handles?|processes|consumes?|listens\s+(?:to|for)|reacts\s+to|for|on)\s+(?:the\s+|an?\s+)?([a-z]+)[- ]?(created|updated|deleted|placed|paid|shipped|cancell?ed|completed|failed|started|finished|received|sent|added|removed|changed|expired|approved|rejected|submitted|registered|joined|uploaded|opened|closed|confirmed|refunded|delivered)\s+(?:events?|messages?|webhooks?|notifications?|signals?)\b`)
	reSlashCommand      = lazyRE(`(?i)(^|\s)/([a-z][a-z0-9_]*)\s+(?:slash\s+)?commands?\b`)
	reBareRelative      = lazyRE(`(?i)\b([a-z]+)\s+((?:the|our|each|every|one|a|an|my|your|their|its)(?:\s+[a-z'-]+){1,4}?|(?:we|we've|we'd|i|i've|they|you|people)(?:\s+[a-z'-]+){0,2}?)\s+((?:can|could|will|would|should|must|may|has|have|had|already|'ve|usually|still)\s+)*(allows?|gets?|takes?|listens?\s+on|sends?|sent|receives?|received|uses?|used|supports?|accepts?|keeps?|serves?|served|handles?|owns?|buys?|bought|books?|booked|visits?|visited|plays?|played|watch(?:es)?|watched|placed|created|uploaded|liked|saved|selected|picked|chose|invited|contacted|notified|paid|ordered|favorited)\b([^,.?!]*)`)
	reKeepTail          = lazyRE(`(?i)\s+(?:(?:per|a|an|each|every)\s+(?:day|week|month|year|hour|minute|second|session|request|user|order)|today|yesterday|this\s+(?:week|month|year)|last\s+(?:week|month|year))\b`)
	reWorkOnUploaded    = lazyRE(`(?i)\b(resizes?|transcodes?|compresses|processes|optimizes?|scans?|converts?|encodes?|crops?|watermarks?)\s+(an?\s+|the\s+)?(?:uploaded|incoming|submitted)\s+`)
	reRetriesBound      = lazyRE(`(?i)\bhow\s+many\s+times\s+(?:(?:the\s+)?[a-z]+\s+|we\s+|it\s+|to\s+)?(?:retries|retry|re-?tries|will\s+retry|should\s+retry)\s+(?:(?:an?|the)\s+)?(?:failed\s+)?([a-z]+)?(?:\s+request|\s+call)?\s*before\s+giving\s+up\b`)
	reMemberInOwner     = lazyRE(`(?i)\b(instance|class|member|state)\s+(?:var|variable|field)s?\s+(?:in|of|on|inside)\s+(?:the|my|a|our|this)\s+(?:\w+\s+)?(?:controller|view|model|component|activity|fragment|viewmodel|service|presenter|widget|screen|page|class)\b`)
	reOwnerOfMember     = lazyRE(`(?i)\b(?:controller|view|model|component|activity|fragment|viewmodel|view\s+model|service|presenter|widget|screen|page)\s+((?:instance|class|member|state)\s+variable|ivar|field|property|attribute|member|state)\b`)
	reTypeFor           = lazyRE(`(?i)\b(gets?|returns?|computes?|calculates?|finds?|builds?|makes?)\s+an?\s+(?:date|datetime|localdate|localdatetime|instant|timestamp|time\.time|moment|dayjs)\s+(?:for|of)\s+(?:the\s+)?`)
	reNextTimeThe       = lazyRE(`(?i)\bthe\s+next\s+time\s+(?:the\s+|a\s+|an\s+|our\s+|my\s+)?([a-z]+(?:\s+[a-z]+)?)\s+(?:(?:should|will|would|is\s+going\s+to|needs\s+to|has\s+to)\s+)?(?:fire|fires|run|runs|ring|rings|trigger|triggers|go\s+off|goes\s+off|execute|executes)\b|\bwhen\s+(?:the|a|an)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:should|will|is\s+going\s+to|is\s+due\s+to)\s+(?:fire|run|ring|trigger|go\s+off|happen|start|play)\s+next\b`)
	reValueFirst        = lazyRE(`(?i),\s*([a-z]+)\s+(?:ones\s+)?first\b`)
	reConvertOwners     = lazyRE(`(?i)\b(convert|converts|converting|turn|turns|turning|transform|transforms|translate|translates)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:[a-z]+\s+){0,3}?[a-z]+'s\s+`)
	reOverTransport     = lazyRE(`(?i)\s+(?:over|via|through)\s+(?:the\s+|a\s+)?(?:mqtt|websockets?|web\s+sockets?|the\s+network|bluetooth|ble|serial|uart|usb|tcp|udp|lora|sse|grpc|kafka|redis\s+pub/?sub|pub/?sub|socket)(?:\s+(?:topic|channel|connection|port|link))?\b`)
	reMailsVerb         = lazyRE(`(?i)\b(that|which|to|will|should|then|and)\s+(emails|texts|e-mails|email|text)\s+(the|a|an|every|each|all|our|their|his|her|its|them|it|users?|customers?|members?|tenants?|subscribers?)\b`)
	reVerbOne           = lazyRE(`(?i)\b((?:download|upload|fetch|load|read|writ|sav|pars|send|process|render|resiz|encod|decod|convert|validat|delet|remov|creat|generat|print|draw|play|export|import|sync|stor|handl|get)(?:s|es|ing)?)\s+(?:one|a\s+single|one\s+single)\s+`)
	reOneEach           = lazyRE(`(?i)\b(the\s+)((?:[a-z-]+\s+){0,2}?[a-z-]+)(\s+(?:to|for)\s+(?:every|each)\s)`)
	reInMyCode          = lazyRE(`(?i)\s+in\s+(?:my|our|the)\s+(?:[\w().-]+\s+){0,2}?(?:loop|middleware|event\s+loop|main\s+loop|script|module|codebase|code|project|program)\b`)
	reWeekStartTime     = lazyRE(`(?i)\b(?:the\s+)?(?:monday|sunday)\s+(?:at\s+)?(?:00:00|midnight|0:00|12\s*am)\s+of\s+(?:the\s+)?(?:current|this|the)\s+week\b`)
	reGivesMe           = lazyRE(`(?i)\bgives\s+(?:me|us|you|back)\s+`)
	reBackUpTo          = lazyRE(`(?i)\s+back\s+(?:up\s+)?to(\s+(?:the\s+|our\s+|my\s+)?(?:server|cloud|backend|api|remote|database|db|origin)\b)`)
	reTypeForEn         = lazyRE(`(?i)(^|[:,.;—–-]\s*)(?:an?\s+)?(?:int|integer|long|float|double|string|str|u?int(?:8|16|32|64)(?:_t)?|s?size_t|[iu](?:8|16|32|64)|f32|f64|usize)\s+(for|holding|with|that)\b`)
	rePhrasalNounEn     = lazyRE(`(?i)\b(drop|pick|add|follow|roll|walk|trade|break|hand|clean|mark|write|cut|print|lay|turn)-(offs|ups|ins|outs|ons|overs|downs)\b`)
	reSlotWhen          = lazyRE(`(?i)\bslot\s+(?:for|called|invoked|that\s+runs)\s+when\b`)
	reCameIn            = lazyRE(`(?i)\b(when\s+(?:the\s+)?(?:last\s+|latest\s+|first\s+)?[a-z]+\s+)(?:came|come|comes)\s+in\b`)
	reTimePointFor      = lazyRE(`(?i)\b(?:std::)?(?:chrono::)?(?:std::chrono\s+)?(?:time_point|timepoint|system_clock::time_point|steady_clock::time_point)\s+for\b`)
	reChangesState      = lazyRE(`(?i)\b(when\s+(?:the\s+|a\s+|its\s+)?(?:[a-z]+\s+){0,3}[a-z]+)\s+(changes?|changed)\s+(?:its\s+)?(state|status)\b`)
	reDashWhy           = lazyRE(`(?i)\s+[-—–]+\s+(?:anything|everything|anyone|everyone|used\s+(?:for|to|by|when)|e\.g\.|i\.e\.|so\s+that)\b[^?]*`)
	rePhoneLikeKo       = lazyRE(`01[016789]-?[0-9]{3,4}-?[0-9]{4}\s*같은\s*(?:숫자|번호|문자열|값)`)
	reHyphenFormKo      = lazyRE(`(^|[^0-9-])[0-9]{2,3}(?:-[0-9]+)+\s*(형태|형식|포맷|모양)`)
	reHyphenFormEn      = lazyRE(`(?i)\b(into|to)\s+[0-9]{2,3}(?:-[0-9]+)+(\s|$|[,.?!)])`)
	reWonEn             = lazyRE(`([0-9])\s*원`)
	reExpiresWithin     = lazyRE(`(?i)\b(expires?|expiring|ends?|ending|due)\s+within\s+(?:the\s+)?(?:next\s+)?(?:[0-9]+|a|an|one|two|three|seven|ten|thirty)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\b`)
	rePerHyphen         = lazyRE(`(?i)\bper-([a-z]+)\b`)
	reMayDoKo           = lazyRE(`(\p{Hangul}+)해도\s*(?:되는지|돼는지|괜찮은지|될지|되나|되는 ?건지)`)
	reFormatStringKo    = lazyRE(`([A-Za-z][A-Za-z0-9]*|헥스|16진수|2진수)\s*문자열로\s*바꾸`)
	reAuxSubjectBe      = lazyRE(`(?i)(^|[:;,.?!—–-]\s*)(has|have|can|could)\s+(it|they|we|this|that|the\s+[a-z]+)\s+be(?:en)?\s+`)
	rePronounIs         = lazyRE(`(?i)(^|[:;,.?!—–-]\s*)(is|are|am|was|were)\s+(?:it|they|we|he|she|you|i)\s+(?:still\s+|currently\s+)?`)
	reAllowedTo         = lazyRE(`(?i)\b(?:is|are)\s+(?:(the\s+[a-z]+)\s+)?(?:currently\s+|still\s+)?(?:allowed|permitted|able|eligible)\s+to\s+`)
	reNotYetDone        = lazyRE(`(?i)\b([a-z]+s)\s+((?:that\s+)?(?:the\s+|a\s+|an\s+|our\s+|my\s+)?(?:[a-z-]+\s+){0,3}?)(?:hasn't|haven't|has\s+not|have\s+not|didn't|did\s+not|hasnt|havent)\s+(?:yet\s+)?(acknowledged|read|paid|answered|assigned|reviewed|approved|resolved|processed|opened|seen|verified|confirmed|claimed|submitted|shipped|signed|returned|picked|collected|graded|rated|replied|accepted|viewed|watched|completed|finished|scanned|checked)(?:\s+(?:yet|up|in))?\b`)
	reHowLongCache      = lazyRE(`(?i)\bhow\s+long\s+(?:we|to|you|i|it|they)\s+(?:should\s+)?(?:cache|caches|keep|keeps)\s+(?:the\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)(?:\s+(?:cached|in\s+(?:the\s+)?cache))?`)
	reStatesCanBe       = lazyRE(`(?i)\bthe\s+(states|statuses|stages|phases)\s+(?:that\s+)?(?:a|an|the|each)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:can|could|may)\s+be\s+in\b`)
	reMemberWith        = lazyRE(`(?i)\b(property|field|variable|var|attribute|column|member)\s+with\s+`)
	reDaysStays         = lazyRE(`(?i)\bthe\s+number\s+of\s+(days|hours|minutes|seconds|weeks|months)\s+(?:that\s+)?(?:a|an|the|each)\s+((?:[a-z-]+\s+)?[a-z-]+)\s+(?:stays|remains|is|will\s+be|can\s+be|keeps)\s+(valid|open|active|available|free|reserved|locked|held|stored)\b`)
	reTimesDoneTo       = lazyRE(`(?i)\bto\s+how\s+many\s+times\s+(?:it|they|each\s+one|each)\s+(?:was|were|has\s+been|have\s+been|got)\s+([a-z]+ed)\b`)
	reSentThing         = lazyRE(`(?i)\bthe\s+(payload|message|event|body|json|request|response|packet|webhook)\s+(?:that\s+)?(?:the\s+|a\s+|an\s+|our\s+)((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:sends|posts|emits|returns|publishes|pushes|fires)\b`)
	reHowManyHas        = lazyRE(`(?i)\bhow\s+many\s+((?:[a-z-]+\s+){0,2}[a-z]+s)(\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|our\s+|my\s+|each\s+)?(?:[a-z'-]+\s+){0,3}?(?:it\s+|they\s+)?(?:has|have|holds|contains))\b(\s+[a-z]+)?`)
	reStyleSaidEn       = lazyRE(`(?i)\b(?:google\s+(?:c\+\+\s+)?style|pep\s*8|psr-?12|rubocop|effective\s+go)\s*(?::|,|-)?\s*|[,;]?\s*(?:with\s+)?(?:no|without\s+(?:the\s+|a\s+)?)\s*(?:get|is)\s+prefix(?:\s+please|\s+pls)?|[,;]?\s*(?:\b(?:following|using|per|in|with|by)\s+)?(?:the\s+)?(?:\b(?:rust|go|golang|python|pep\s*-?8|java|kotlin|swift|c#|c\+\+|ruby|php|psr-?\d+|js|ts|google|airbnb|standard)(?:'s)?\s+)?(?:naming\s+conventions?|conventions?|style\s+guide)\s*[?.!]?\s*$`)
	reHaveDone          = lazyRE(`(?i)\b(that|which)\s+(?:have|has)\s+(?:already\s+)?(expired|ended|closed|finished|completed|failed|started|opened|shipped|arrived|departed)\b`)
	reFullyState        = lazyRE(`(?i)\b((?:is|are)\s+)(?:fully\s+|completely\s+)?shut\b`)
	reEachOwner         = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+are\s+)?(?:assigned|belonging|allocated|given|registered|owned)\s+(?:to|by)\s+each\s+([a-z]+)`)
	reMembersParen      = lazyRE(`\s*\(\s*[a-z]{2,}(?:\s+[a-z]+)?\s*(?:,\s*[a-z]{2,}(?:\s+[a-z]+)?\s*){1,6}\)`)
	reShapeWords        = lazyRE(`(?i)\b(?:\d+x\d+\s+(?:[1-4]-?d\s+)?|[1-4]-?d\s+(array|grid|matrix)\b)`)
	reResultNameEn      = lazyRE(`(?i)[,.;—-]\s*(?:what\s+(?:do|should)\s+(?:i|we)\s+(?:call|name)\s+(?:the|that|this)\s+resulting\b.*|what\s+(?:do|should)\s+(?:i|we)\s+(?:call|name)\s+(?:the|that|this)\s+(?:array|list|vec|vector|map|var|variable|result|record|dict|dictionary|hash|set|slice|collection|object)\b.*|name\s+for\s+(?:that|the|this)\s+(?:resulting\s+)?(?:vec|vector|array|list|var|variable|map|result|slice|set)\b.*|(?:—|-)?\s*var\s+name\??\s*)$`)
	reKeepOnlyEn        = lazyRE(`(?i)^\s*(?:[a-z-]+(?:\s+[a-z-]+)?:\s*)?(?:keep|keeping|filter|filtering)\s+(?:only\s+)?(?:out\s+)?`)
	reGroupByEn         = lazyRE(`(?i)^\s*(?:[a-z-]+(?:\s+[a-z-]+)?:\s*)?group(?:ing)?\s+(?:the\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)\s+by\s+`)
	reWhenEventEn       = lazyRE(`(?i)(?:\bfor|:)\s+when\s+(?:the|a|an|this|our|my|their)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(ends|starts|begins|closes|opens|finishes|arrives|departs)\b`)
	reEventAskedEn      = lazyRE(`(?i)\b(?:handler|callback|delegate|listener|event|hook|invokes?|fires?|raises?|triggers?|subscriber|observer)\b|\b(?:user|someone|player|customer|visitor)\s+(?:finishes|starts|opens|closes)\b`)
	reRelativeToEn      = lazyRE(`(?i)\s+(?:relative\s+to|based\s+on)\s+(?:the\s+|a\s+|their\s+|its\s+)?(?:gun|race|start|gauge|sample|base|reference|station|origin|epoch|server|page|viewport|parent|screen|window|container)[a-z-]*(?:\s+(?:start|time|rate|line|point|size))?`)
	reDateCanEn         = lazyRE(`(?i)\bthe\s+(date|time|day)\s+(?:when\s+|that\s+)?(?:the\s+|a\s+)?[a-z]+\s+(?:can|will|should|must|is\s+able\s+to)\s+(?:come\s+(?:and\s+)?|come\s+to\s+)?(pick\s+up|drop\s+off|check\s+in|check\s+out|collect|return|move\s+in|start|leave)\b(?:\s+(?:the|their|his|her|its|my|our)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)?`)
	reDaysBeenAtEn      = lazyRE(`(?i)\bhow\s+many\s+(days|hours|weeks|months|years|nights)\s+(?:a|an|the)\s+[a-z]+\s+(?:has|have)\s+been\s+(?:at|in)\s+(?:the|a|an)\s+([a-z]+)`)
	reTempIsTemperature = lazyRE(`(?i)\b((?:fermentation|water|room|oven|body|cpu|gpu|target|max|min|kiln|fridge|freezer|engine|core|ambient|soil|air|brew|mash|boil)\s+)temp\b`)
	reLangVersionEn     = lazyRE(`(?i)\b(?:c\+\+\s?\d\d|java\s?\d\d?|python\s?3(?:\.\d+)?|es20\d\d|es6|php\s?\d(?:\.\d)?|c#\s?\d\d?)\b\s*`)
	reSpawnsToEn        = lazyRE(`(?i)\b(?:spawns?|starts?|launches?|kicks?\s+off|fires?\s+off)\s+(?:a\s+|an\s+)?(?:goroutine|thread|background\s+task|task|worker|coroutine)\s+(?:to|that)\s+`)
	reRGBEn             = lazyRE(`(?i)\br\s*,\s*g\s*,\s*(?:and\s+)?b\b`)
	reUntilNextEn       = lazyRE(`(?i)\buntil\s+the\s+next\s+([a-z]+)\s+(?:rings|starts|arrives|departs|opens|fires|runs|begins|leaves|comes)\b`)
	reConnDropsEn       = lazyRE(`(?i)\bthe\s+connection\s+(?:drops|is\s+dropped|gets\s+dropped|dies|breaks)(?:\s+unexpectedly)?`)
	reLinqResultEn      = lazyRE(`(?i)\blinq\s+(?:result|query)\s+(?:of|for)\s+`)
	reStillStateEn      = lazyRE(`(?i)\bstill\s+(valid|active|open|available|running|alive|pending|free|vacant|empty|unsold|unbooked)(?:\s+(?:today|tonight|now|right\s+now))?`)
	reIntoItsEn         = lazyRE(`(?i)\binto\s+its\s+([a-z]+)(?:\s+for\s+the\s+(?:[a-z]+\s+)?(?:response|client|view|api))?`)
	reDoneRecentlyEn    = lazyRE(`(?i)\bthe\s+((?:[a-z-]+\s+)?[a-z-]+s)\s+(?:the|a)\s+user\s+(opened|viewed|visited|played|searched|edited|watched|read|used)\s+recently\b`)
	reBoughtInAppEn     = lazyRE(`(?i)\b(?:already\s+)?bought(?:\s+in-app|\s+in\s+the\s+app)?`)
	reAtOneEn           = lazyRE(`(?i)\b([a-z]+s|seated|allowed|stored|parked|kept)\s+(?:at|in|on)\s+(?:one|a\s+single|each|every)\s+([a-z]+)\b`)
	reScopeKeepsEn      = lazyRE(`(?i)\b(?:query\s+)?scope\s+(?:that|which)\s+(?:keeps|returns|filters|selects|gets|finds)\s+(?:only\s+)?(?:the\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:that|which|who)\s+(?:are|is)\s+(?:currently\s+|still\s+)?([a-z-]+)\b`)
	reSignedUpForEn     = lazyRE(`(?i)\b(?:the\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+s)\s+(?:a|an|the|each|every|this)\s+[a-z]+\s+(?:has|have)\s+(signed\s+up\s+for|subscribed\s+to|enrolled\s+in|registered\s+for|opted\s+into)\b`)
	reUtilThatEn        = lazyRE(`(?i)\b(?:ts|js|tiny|small|little)?\s*(?:util|utility|helper)\s+(?:fn\s+|function\s+)?that\s+`)
	reRelativeStringEn  = lazyRE(`(?i)\b(?:turns?|converts?|formats?)\s+(?:a\s+|the\s+)?(?:date|timestamp|time|datetime)\s+(?:into|to|as)\s+(?:a\s+)?relative\s+(?:time\s+)?(?:string|text|label)(?:\s+like\s+'[^']*'|\s+like\s+"[^"]*")?`)
	reMaxWhenEn         = lazyRE(`(?i)(\bmax(?:imum)?\s+number\s+of\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:when|if|after|before)\s+[^,.]*`)
	reTypeWithMembersEn = lazyRE(`(?i)(\b(?:class|struct|record|type|model|dto|entity|object)\s+(?:that|which|to|for)\b[^,]*),\s*(?:with|having|containing|holding|including)\s+.*$`)
	reWhatCalledEn      = lazyRE(`(?i)[,.;—-]?\s*what\s+should\s+(?:the|this|that|my)\s+(?:fn|func|function|method|var|variable|class|struct)\s+be\s+called\??\s*$`)
	reLeadTurningEn     = lazyRE(`(?i)^\s*(?:[a-z]+(?:\s[a-z]+)?:\s*)?(?:turning|converting|turn|convert)\s+(?:a|an|the)\s+`)
	reRailsHookEn       = lazyRE(`(?i)\b(?:after|before|around)_[a-z_]+\s+(?:hook|callback)\s+(?:that|which)\s+`)
	reReservedForEn     = lazyRE(`(?i)\breserved\s+for\s+(?:[a-z]+\s+)?([a-z]+s)\b`)
	reDidEn             = lazyRE(`(?i)\bdid\s+(the|a|an|this|my|our)\s+((?:[a-z]+\s+)?[a-z]+?)\s+([a-z]+)\s+(?:the|a|an|any|this|that|their|his|her)\s+`)
	reDoesMatchEn       = lazyRE(`(?i)\b(?:does|do)\s+(the\s+(?:[a-z]+\s+){0,2}?[a-z]+)\s+match\s+(the\s+one|the|a|an|it|what)\b`)
	rePullOff           = lazyRE(`(?i)\b(pulls?|pulling|takes?|taking|pops?|popping|grabs?|grabbing|reads?|reading)\s+((?:[a-z]+\s+)?[a-z]+)\s+off\s+(the|a|an|its|my)\b`)
	reGoroutineWorker   = lazyRE(`(?i)\bgoroutine\s+worker\s+(?:that|which)\s+`)
	reReturnsWhen       = lazyRE(`(?i)\b(returns?|returning|gives?|giving|tells?\s+(?:me|us)|telling\s+(?:me|us))\s+when\s+`)
	reWhenBefore        = lazyRE(`(?i)\b((?:reminder|reminders|notification|notifications|alert|alerts|email|emails|message|messages|push|sms|text)\b)\s+(?:(?:one|two|three|four|five|seven|ten|a|an|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?)|the\s+day|the\s+night)\s+(?:before|after|ahead\s+of)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?[a-z-]+(?:\s+(?:starts|begins|ends|opens|closes|leaves|departs|arrives|expires))?`)
	reKotlinVal         = lazyRE(`(?i)(\w+\s+)?\bval\b(\s+(?:for|that|which|holding|to\s+hold|storing|keeping|named|of))`)
	reKotlinFun         = lazyRE(`(?i)\b(extension|an|a|the|kotlin|top-level|private|inline)\s+fun\b`)
	reReturnsFutureEn   = lazyRE(`(?i)^\s*(?:returns|returning)\s+(?:a\s+|an\s+)?(?:std::future|std::shared_future|future|promise|task|CompletableFuture|Deferred|Mono|Observable)(?:<[^>]*>)?\s*(?:[—–:,]|\s-)\s*`)
	reAtCoords          = lazyRE(`(?i)\s+at\s+\(\s*\w+\s*,\s*\w+\s*(?:,\s*\w+\s*)?\)`)
	reShownOn           = lazyRE(`(?i)\s+(?:for|on|in|inside)\s+(?:the|a|an|my|our)\s+(?:(?:little|small|tiny|big|red|blue|green|top|bottom|side|multi-select|multi|select|photo|image|date|file|color|colour)\s+){0,3}(?:badge|icon|picker|dialog|modal|popup|bell\s+icon|tab\s+bar|toolbar|sheet|bottom\s+sheet)(?:\s+(?:on|in)\s+(?:the|a|an|my|our)\s+(?:\w+\s+){0,2}(?:icon|bar|screen|page|header|toolbar|button))?\b`)
	reIntoTyped         = lazyRE(`(?i)\binto\s+((?:a|an)\s+(?:[a-z]+\s+){0,3}?[a-z]+)\s+(?:hash|dict|dictionary|hashmap|map|object|struct|record)\b`)
	reSomethingLike     = lazyRE(`(?i)\binto\s+(?:something|text)\s+like\s+\S+(?:\s+[A-Za-z]{1,3}\b)?(?:\s+for\s+display)?`)
	reBunchOf           = lazyRE(`(?i)\b(?:a\s+)?(?:bunch|lot|lots|batch|pile|heap|handful)\s+of\s+((?:[a-z'-]+\s+){0,3}?[a-z'-]+s)\b`)
	reWithoutWaiting    = lazyRE(`(?i),?\s+without\s+(?:blocking|waiting)(?:\s+for\s+(?:it|them|completion|the\s+[a-z]+)(?:\s+to\s+(?:finish|complete|end|be\s+done))?)?\b`)
	reNonBlockingKind   = lazyRE(`(?i)\bnon-?\s?blocking\s+(function|method|func|fn|call|routine)\b`)
	reAndReturns        = lazyRE(`(?i)\s+and\s+(?:then\s+)?(?:returns?|gives?\s+back|hands?\s+back)\s+([^,.?!]*?)(\s*(?:[,.?!]|$))`)
	reUsedFor           = lazyRE(`(?i)\b([a-z]+)(,?\s+(?:that\s+(?:is|are|was|were)\s+|which\s+(?:is|are)\s+)?(?:used|needed)\s+(?:to|for|when|while|by)\s+[^,.?!()]*)(\s*[,.?!]|\s*$)`)
	reNeedsTo           = lazyRE(`(?i)\bneeds?\s+to\s+([a-z]+)\s+(?:the|a|an|their|his|her|its|my|our)\s+([a-z]+(?:\s+[a-z]+)?)(\s*[?.!,]|\s*$)`)
	reStillNeeds        = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+|which\s+)?(?:(?:the|a|an|our|my|each|this)\s+)?([a-z]+|we|i|they|you)(?:\s+(?:at|in|on|from|of)\s+(?:[a-z']+\s+){0,2}?[a-z']+)?\s+(?:still\s+)?(?:needs?|has\s+to|have\s+to)(?:\s+to\s+([a-z]+))?(\s*[,.?!]|\s*$|\s+(?:this|next|today|yet|now|before|by)\b)`)
	reForTonights       = lazyRE(`(?i)\s+(?:for|at|in)\s+(?:tonight|tomorrow)(?:'s|’s)\s+[a-z]+(?:\s+[a-z]+)?(\s*[?.!]?\s*$)`)
	reIsOnOff           = lazyRE(`(?i)\b(is|are|was|were)\s+(?:(?:turned|switched|powered)\s+)?(on|off)(\s*[?.!,]?\s*$|\s*[?.!,]|\s+(?:right\s+now|now|or\s+not|currently|at\s+the\s+moment)\b)`)
	reHasPermissionTo   = lazyRE(`(?i)\b(?:has|have|having|got)\s+(?:the\s+)?(?:permission|rights?|access|privileges?)\s+to\s+`)
	reStoredAs          = lazyRE(`(?i),?\s+(?:stored|kept|saved|held|represented|returned)\s+as\s+`)
	reSittingIn         = lazyRE(`(?i)\b(?:currently\s+|still\s+|now\s+)?(?:sitting|lying|stuck|stored)\s+(in|inside|on)\b`)
	reOverMoney         = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+(?:are|cost)\s+|costing\s+|worth\s+|priced\s+)?(over|above|more\s+than|greater\s+than|at\s+least|exceeding|under|below|less\s+than|cheaper\s+than|at\s+most)\s+(?:[$₩€£]\s?\d[\d,.]*(?:\s*(?:dollars?|usd|won|krw|euros?))?|\d[\d,.]*\s*(?:dollars?|usd|won|krw|euros?)\b)`)
	reListOf            = lazyRE(`(?i)\b(?:array|list|set|collection|map|dict|dictionary|slice|vec|vector|hashmap)\s+of\s+\w`)
	reForCurrentUser    = lazyRE(`(?i)\s+for\s+(?:the\s+)?(?:current|logged[- ]in|signed[- ]in)\s+user\b\s*([?.!]?)`)
	reChatAre           = lazyRE(`\b([a-z]+s)\s+r\s+`)
	rePromiseAll        = lazyRE(`(?i)\s*(?:\b(?:with|using|via)\s+)?\bpromise\.all\b(?:\(\))?(?:\s*(?:로|으로|를\s*써서|을\s*써서))?\s*`)
	reDayPossessive     = lazyRE(`(?i)\b(today|yesterday|tomorrow|tonight|the day)['’]s\b`)
	reWithRetries       = lazyRE(`(?i)\s+with\s+(?:automatic\s+|exponential\s+)?(?:retries|retrying|retry)(?:\s+on\s+failure)?\b`)
	reVerbBeforeRetry   = lazyRE(`(?i)\b(?:uploads?|downloads?|sends?|fetch(?:es)?|posts?|calls?|writes?|saves?|publish(?:es)?|pushes|push|syncs?|delivers?|loads?)\b.*\bwith\s+(?:automatic\s+|exponential\s+)?retr`)
)

// whenVerbs make a function with a when clause a handler: it runs then.
const whenVerbs lazySet = `runs run fires fire is gets get executes execute triggers trigger handles handle reacts react responds respond called invoked listens listen waits wait notifies notify alerts alert raises raise emits emit dispatches dispatch publishes publish`

func restateEnglish(q string) string {
	if !strings.ContainsFunc(q, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }) {
		return q
	}
	// "attr for when …", "when the subscription got canceled", "boolean
	// getter, is the coupon expired": attr is an attribute, got/gets V-ed
	// is was/is V-ed (canceled_at; was attr); see restate for the comma
	q = reAttrEn.ReplaceAllString(q, "${1}attribute")
	q = reGotDoneEn.replaceSubmatches(q, func(m []string) string {
		if strings.EqualFold(m[1], "got") {
			return "was " + m[2]
		}
		return "is " + m[2]
	})
	// ", what do i call it", "@Scheduled method", "sends out", "the request
	// came from an admin", "whether there's room to push": the ask, an
	// annotation, a particle, where it came from and room are said plainly
	// (send_welcome_email, purgeExpiredSessions, SendWeeklyNewsletterJob,
	// isAdminRequest, can_push; were sends_receiver, hardDelete,
	// SendWeeklyOutNewsletterJob, isRequestCame, has_another_samples)
	q = reAskTailEn.ReplaceAllString(q, "") // after a comma, before the clause passes read it as one; shortAskTail takes a closing sentence later
	q = reAnnotationLeadEn.ReplaceAllString(q, "$1")
	q = reSendOutEn.ReplaceAllString(q, "$1")
	q = reCameFromEn.ReplaceAllString(q, "$1 is $2 $1")
	q = reRoomToEn.ReplaceAllString(q, "${1}can ")
	// "but always keeps the newest 3", "bullets
	// currently on screen", "pending jobs waiting for a free worker", "the
	// tokens the lexer produced", "for when the boat leaves", "Room DAO
	// query that returns a Flow of": a proviso, a state, the waiting, the
	// maker, the event and the library said plainly
	// (activeBullets, pending_jobs, tokens, departureTime,
	// observeUnreadNotifications; were isBulletInProgress,
	// pending_job_workers, produced_tokens, boatLeaves,
	// observeUnreadNotificationRoomDaoQuery)
	if hasAny(q, "N ", "K ") { // the pattern's own prefilter sees only n and k, in any case
		q = reLetterN.replaceSubmatches(q, func(m []string) string {
			if everyTimes.has(strings.TrimSuffix(strings.ToLower(m[1]), "s")) {
				return "n " + m[1] // "older than N days": a count of days (delete_old_backups; was backup_older)
			}
			return m[1] // "adds N business days": business days (was AddNBusinessDays)
		})
	}
	q = reButAlwaysEn.ReplaceAllString(q, "")
	q = reCurrentlyOnEn.replaceSubmatches(q, func(m []string) string {
		state := strings.ToLower(strings.Fields(m[3])[0])
		if !oneOf(state, "running|active|alive|visible|playing|online|connected|open") {
			state = "active" // on screen, in play, in flight
		}
		return m[1] + state + " " + m[2]
	})
	q = reWaitingForEn.ReplaceAllString(q, "$1")
	q = reTheMakerMadeEn.ReplaceAllString(q, "$1")
	q = reForWhenLeavesEn.ReplaceAllString(q, "${1}departs")
	q = reLibQueryEn.ReplaceAllString(q, "query")
	q = reReturnsFlowOfEn.ReplaceAllString(q, "observes ")
	// "repository that stores and looks up customer accounts": its first
	// work names it (CustomerAccountRepository; was LookRepositoryUpCustomerAccount)
	q = reRoleTwoVerbs.ReplaceAllString(q, "$1 that $2 ")
	// "does this user have permission to edit the calendar": whether the
	// user can (canEditCalendar; was hasPermission, shouldEditPermission)
	q = reHasPermissionTo.ReplaceAllString(q, "can ")
	// "reads a config file and returns a Settings struct": the work names
	// it; what comes back is its type (read_config_file; was
	// read_config_file_and_return_setting_struct)
	// "returns right away without waiting for it", "non-blocking function
	// that kicks off": async work, said by how it returns (start_dma_
	// transfer; were start_waiting_dma_transfer_without,
	// start_non_blocking_adc_conversion)
	// "the default page size when the client doesn't pass one", "if none
	// is given": when a default applies is what default means (DEFAULT_
	// PAGE_SIZE; was DEFAULT_ONE)
	q = reDefaultUnless.replaceSubmatches(q, func(m []string) string {
		if !containsOf(" "+strings.ToLower(m[2])+" ", "n't|n’t| not | none| no | nothing|missing|omitted|empty|unset|absent|without") {
			return m[0]
		}
		return reUsedTail.ReplaceAllString(m[1], "")
	})
	// "AtomicUsize tracking how many clients are connected", "counter
	// that counts how many …": the count is the name; its type and the
	// word for keeping it are not (connected_client_count; was
	// atomic_connected_usize_tracking_client_count)
	q = reTrackingHowMany.replaceSubmatches(q, func(m []string) string {
		if oneOf(strings.ToLower(m[1]), "function|method|func|fn|helper|query|scope|callback|getter|that|which|who|and|or|job|task|service|class|struct|hook|endpoint|api|loop|routine|dict|dictionary|map|hashmap|hash|table|array|list|vec|vector|slice|set|histogram|tally") {
			return m[0]
		}
		return m[2]
	})
	// "into a display string", "into a \"1.2 km\" style label": a string,
	// which a conversion to text formats (formatPrice; was priceToDisplay,
	// meterMeasurement)
	q = reDisplayString.ReplaceAllString(q, "$1 a string")
	// "handles the order-created event", "handler for the OrderCreated
	// event": a handler of what happened, said as when it runs
	// (onOrderCreated, handleOrderCreated; were handleCreatedEvent,
	// handleCreatedOrderEvent)
	q = reHandlesEvent.ReplaceAllString(q, "called when the $1 is $2")
	// "tickets each member gets per year", "connections our hub allows",
	// "addresses we've already sent the survey to": a clause without that
	// after the head says which ones; the head names them, and a past
	// verb done to them qualifies it (FREE_ADMISSION_TICKETS_PER_YEAR,
	// MAX_CONCURRENT_BLE_CONNECTIONS, sent_email_addresses; were
	// MUSEUM_MEMBERS_PER_YEAR, MAX_HUB, sent_email_have_surveys)
	q = reBareRelative.replaceSubmatches(q, func(m []string) string {
		head, verb := m[1], strings.ToLower(m[4])
		subj := strings.Fields(strings.ToLower(m[2]))
		if len(subj) < 4 && !oneOf(subj[0], "each|every|one|we|we've|we'd|i|i've|they|you|people") || slices.Contains(subj, "are") || slices.Contains(subj, "is") ||
			slices.Contains(subj, "to") || oneOf(strings.ToLower(head), "is|was|has|does|this|its|us|as|his|yes|thus|plus|unless|across|always") || // (is the student allowed to book the exam: no head "is")
			determiners.has(subj[len(subj)-1]) || len(subj) < 5 && strings.HasPrefix(verb, "listen") {
			return m[0] // the port the metrics server listens on: contactClause reads it (metricServerPort); "the saved hash": no clause
		}
		if strings.EqualFold(head, "times") || !strings.HasSuffix(strings.ToLower(head), "s") && !oneOf(strings.ToLower(head), "port|number|amount|time|date|size|limit|count|name|id|url|path|key|value|fee|price") {
			return m[0]
		}
		tail := reKeepTail.FindString(m[5])
		if pastDone.has(verb) {
			if strings.TrimSpace(m[5]) == strings.TrimSpace(tail) {
				return m[0] // the orders the user placed (today): read as it is
			}
			return verb + " " + head + tail
		}
		return head + tail
	})
	// "job class that transcodes an uploaded video": a job is named for its
	// work on the thing (TranscodeVideoJob; was TranscodeUploadedVideoJob)
	if containsOf(strings.ToLower(q), "job|worker") {
		q = reWorkOnUploaded.ReplaceAllString(q, "$1 $2")
	}
	// "how many times the CLI retries a failed download before giving up":
	// a bound on retries, which a setting names max (MAX_DOWNLOAD_RETRIES;
	// was FAILED_DOWNLOAD_RETRY_COUNT)
	q = reRetriesBound.replaceSubmatches(q, func(m []string) string {
		if m[1] == "" {
			return "max retries"
		}
		return "max " + m[1] + " retries"
	})
	// "controller instance variable holding the posts": where the variable
	// lives is no word of it (@posts; was controller)
	q = reOwnerOfMember.ReplaceAllString(q, "$1")
	q = reMemberInOwner.ReplaceAllString(q, "$1 variable") // "instance var in the controller holding the roster" (was controller)
	// "get a Date for the start of the current week": the type the value
	// comes as is no word of it (startOfWeek; was thisWeekDate)
	q = reTypeFor.ReplaceAllString(q, "$1 the ")
	// "the next time the alarm should fire", "when the reminder should fire
	// next": the next alarm time (nextAlarmTime; was alarmFiredAt)
	q = reNextTimeThe.replaceSubmatches(q, func(m []string) string { return "the next " + cmp.Or(m[1], m[2]) + " time" })
	// "sort items by rarity, legendary first": which value comes first is
	// the order's detail, no word of it (sort_by_rarity)
	q = reValueFirst.replaceSubmatches(q, func(m []string) string {
		if sortFirstDirections.has(strings.ToLower(m[1])) || oneOf(strings.ToLower(m[1]), "then|and|or|but|so|sorted|ordered|listed|shown") {
			return m[0]
		}
		return ""
	})
	// "convert the greenhouse thermometer's raw ADC value into celsius":
	// whose value is converted is no word of the conversion (adc_to_celsius;
	// was thermometer_to_celsius)
	q = reConvertOwners.ReplaceAllString(q, "$1 the ")
	// "a new sensor reading comes in over MQTT": the transport is how it
	// arrives, no word of the handler (on_reading; was on_over_mqtt)
	q = reOverTransport.ReplaceAllString(q, "")
	// "a bunch of farm addresses", "a batch of old records": many of
	// them, said by the plural (geocodeFarmAddresses; was
	// geocodeFarmAddressBunch)
	q = reBunchOf.ReplaceAllString(q, "$1")
	// "emails the monthly statement to every tenant": one each, many in
	// all (SendMonthlyStatementsAsync)
	q = reOneEach.replaceSubmatches(q, func(m []string) string {
		ws := strings.Fields(m[2])
		last := ws[len(ws)-1]
		if strings.HasSuffix(last, "s") || nounTerm(last) == nil {
			return m[0]
		}
		ws[len(ws)-1] = plural(last)
		return m[1] + strings.Join(ws, " ") + m[3]
	})
	// "array of client sockets in my select() loop": where the code is
	// (client_sockets; was select_loop…)
	q = reInMyCode.ReplaceAllString(q, "")
	// "gives me monday 00:00 of the current week": the start of the week
	q = reWeekStartTime.ReplaceAllString(q, "the start of the week")
	q = reGivesMe.ReplaceAllString(q, "returns ")
	q = reVerbOne.ReplaceAllString(q, "$1 a ") // "downloads one map tile": a tile (was download_one_map_tile_image)
	// "that emails the monthly statement": sends it (SendMonthlyStatement;
	// was GetMonthlyEmailStatement)
	q = reMailsVerb.replaceSubmatches(q, func(m []string) string {
		v := "sends"
		if !strings.HasSuffix(strings.ToLower(m[2]), "s") {
			v = "send"
		}
		return m[1] + " " + v + " " + m[3]
	})
	// "pushes offline edits back up to the server": to it
	q = reBackUpTo.ReplaceAllString(q, " to$1")
	if strings.Contains(q, "원") && !naming.QuestionIsKorean(strings.ReplaceAll(q, "원", "")) {
		// "formatted like 12,000원" in an English question (its only Hangul
		// is 원): won, not 원 (a circle)
		q = reWonEn.ReplaceAllString(q, "$1 won")
	}
	// "has it been paid?", "can the order be refunded?": whether it has
	// been paid, can be refunded (is_paid, is_refundable; were is_has_paid,
	// is_order_refunded)
	q = reAuxSubjectBe.replaceSubmatches(q, func(m []string) string {
		subj := strings.ToLower(m[3])
		if prepPronouns.has(subj) {
			subj = "it"
		}
		if aux := strings.ToLower(m[2]); aux == "can" || aux == "could" {
			return m[1] + "whether " + subj + " " + aux + " be "
		}
		return m[1] + "whether " + subj + " has been "
	})
	// "are they still inside the grace period?", "is it expired?": a
	// question about the thing the method is on (isInsideGracePeriod,
	// is_expired; were no name)
	q = rePronounIs.replaceSubmatches(q, func(m []string) string {
		if v := strings.ToLower(m[2]); v == "was" || v == "were" {
			return m[1] + "whether it was "
		}
		return m[1] + "whether it is "
	})
	// "a vessel is allowed to dock": it can dock (canDock; was isVessel);
	// "is the student allowed to book the road test": whether they can
	q = reAllowedTo.replaceSubmatches(q, func(m []string) string {
		if m[1] != "" {
			return "whether " + m[1] + " can "
		}
		return "can "
	})
	// "tickets the engineer hasn't acknowledged yet": the unacknowledged
	// tickets (was tickets)
	q = reNotYetDone.replaceSubmatches(q, func(m []string) string {
		return "un" + strings.ToLower(m[3]) + " " + m[1]
	})
	// "how long we cache exchange rates": the cache's time to live
	q = reHowLongCache.ReplaceAllString(q, "the ${1} cache ttl")
	// "the states a parcel locker compartment can be in": its state
	q = reStatesCanBe.replaceSubmatches(q, func(m []string) string {
		return "the " + m[2] + " " + singularNoun(strings.ToLower(m[1]))
	})
	// "property with the name of the supervisor": holding it
	q = reMemberWith.ReplaceAllString(q, "$1 holding ")
	// "the number of days a quote stays valid": the quote's valid days
	q = reDaysStays.replaceSubmatches(q, func(m []string) string {
		st := strings.ToLower(m[3])
		if st == "valid" {
			st = "validity" // QUOTE_VALIDITY_DAYS
		}
		return "the " + m[2] + " " + st + " " + m[1]
	})
	// "from recipe id to how many times it was cooked": its cook count
	q = reTimesDoneTo.ReplaceAllString(q, "to the $1 count")
	// "the payload the bike-share dock sends when …": the dock's payload
	q = reSentThing.ReplaceAllString(q, "the $2 $1")
	// "how many frets the guitar neck has", "how many bus stops it has":
	// the number of them (fret_count; was fret_guitar_neck_has_count)
	q = reHowManyHas.replaceSubmatches(q, func(m []string) string {
		next := strings.ToLower(strings.TrimSpace(m[3]))
		if strings.EqualFold(m[1], "times") || strings.Contains(strings.ToLower(m[2]), "each") || strings.HasSuffix(next, "ed") || strings.HasSuffix(next, "en") || oneOf(next, "made|done|got|had|sent|paid|won|lost|left|read|run") {
			return m[0] // "has made", "has been redeemed", "each photo has": the clause's own reading
		}
		return "the number of " + m[1] + m[3]
	})
	// "Google style member variable …", "no Get prefix please", "…, rust
	// naming conventions": how to name it, no word of it (to_fahrenheit;
	// was get_naming_conventions)
	q = reStyleSaidEn.ReplaceAllString(q, "")
	// "passes that have already expired": the expired ones
	q = reHaveDone.ReplaceAllString(q, "$1 are $2")
	// "the door is fully shut": closed
	q = reFullyState.ReplaceAllString(q, "${1}closed")
	// "the animals assigned to each zookeeper": the animals by keeper
	q = reEachOwner.ReplaceAllString(q, "$1 by $2")
	// "struct for one log entry (time, visibility, wind)": its members,
	// no words of its name
	q = reMembersParen.ReplaceAllString(q, "")
	// "8x8 2D array": the shape, no word of the name
	q = reShapeWords.ReplaceAllString(q, "$1")
	// "bool: did the user accept the cookie banner": whether the user has
	// accepted it (hasAcceptedCookieBanner; was cookieBannerUser)
	q = reDidEn.replaceSubmatches(q, func(m []string) string {
		v := strings.ToLower(m[3])
		if englishVerb(v) == nil {
			return m[0]
		}
		return "whether " + m[1] + " " + m[2] + " has " + participle(englishVerb(v), v) + " "
	})
	// "does the pin code match the one on file": whether it matches
	q = reDoesMatchEn.ReplaceAllString(q, "whether $1 matches $2")
	// "goroutine worker that consumes jobs": a function
	q = reGoroutineWorker.ReplaceAllString(q, "function that ")
	// "pulls tasks off the channel": from it (was pullDisabledTaskChannel)
	q = rePullOff.ReplaceAllString(q, "$1 $2 from $3")
	// "keep only the orders that haven't shipped yet, what do I call the
	// resulting array", "group log entries by severity, what do i call the
	// resulting Record": the result is the thing kept or grouped
	if m := reResultNameEn.FindStringIndex(q); m != nil {
		q = q[:m[0]]
		q = reKeepOnlyEn.ReplaceAllString(q, "")
		q = reGroupByEn.ReplaceAllString(q, "$1 by $2")
	}
	// "property for when the session ends": its end time (sessionEndTime;
	// "holding when the link expires" is enclause.go's reWhenPast)
	if !reEventAskedEn.MatchString(q) {
		q = reWhenEventEn.replaceSubmatches(q, func(m []string) string {
			return "the " + m[1] + " " + whenEventNoun.get(strings.ToLower(m[2])) + " time"
		})
	}
	// "in ms" after "relative to gun start", "based on the gauge": the
	// reference is no word of the name
	q = reRelativeToEn.ReplaceAllString(q, "")
	// "the date the customer can come pick up their order": the pickup date
	q = reDateCanEn.replaceSubmatches(q, func(m []string) string {
		return "the " + strings.ToLower(strings.ReplaceAll(m[2], " ", "")) + " " + strings.ToLower(m[1])
	})
	// "how many days a dog has been at the shelter": days in the shelter
	q = reDaysBeenAtEn.ReplaceAllString(q, "the $2 stay $1")
	// "the target fermentation temp in celsius": a temperature, not temporary
	q = reTempIsTemperature.ReplaceAllString(q, "${1}temperature")
	// "C++20 coroutine", "Java 17 record": the language's version is no word
	q = reLangVersionEn.ReplaceAllString(q, "")
	// "spawns a goroutine to reindex docs in the background": the work
	q = reSpawnsToEn.ReplaceAllString(q, "")
	// "pack r, g, b bytes": rgb
	if !strings.Contains(q, "{") {
		q = reRGBEn.ReplaceAllString(q, "RGB") // ({r, g, b} object: its own reading, hexToRGB)
	}
	// "minutes until the next bell rings": until the next bell
	q = reUntilNextEn.ReplaceAllString(q, "until the next $1")
	// "the connection drops unexpectedly": the connection is lost
	q = reConnDropsEn.ReplaceAllString(q, "the connection is lost")
	// "LINQ result of stylists who …": the stylists
	q = reLinqResultEn.ReplaceAllString(q, "")
	// "whether the passport is still valid today": valid
	q = reStillStateEn.ReplaceAllString(q, "$1")
	// "converting a JPA entity into its DTO for the REST response": to a DTO
	q = reIntoItsEn.ReplaceAllString(q, "into a $1")
	// "the bin types a household has signed up for": the subscribed ones
	q = reSignedUpForEn.replaceSubmatches(q, func(m []string) string {
		return "the " + signedUpStates.get(strings.ToLower(strings.Join(strings.Fields(m[2]), " "))) + " " + m[1]
	})
	// "ts util that turns a Date into a relative string like '3 days
	// ago'": a function that formats a relative time
	q = reUtilThatEn.ReplaceAllString(q, "function that ")
	q = reRelativeStringEn.ReplaceAllString(q, "formats a relative time")
	// "max number of retry attempts when the payment gateway times out":
	// the when-clause is no word of the limit
	q = reMaxWhenEn.ReplaceAllString(q, "$1")
	// "class that represents one piano tuning appointment, with the
	// piano's serial number and the tuner": its members are no words
	q = reTypeWithMembersEn.ReplaceAllString(q, "$1")
	// "turning a CSV row into my Record struct, what should the fn be
	// called": a function that converts it
	q = reWhatCalledEn.ReplaceAllString(q, "")
	q = reLeadTurningEn.ReplaceAllString(q, "function that converts ")
	// "after_commit hook that sends the welcome email": named for its work
	q = reRailsHookEn.ReplaceAllString(q, "method that ")
	// "reserved for swim lessons": for stays (isReservedForLessons)
	q = reReservedForEn.ReplaceAllString(q, "reserved for $1")
	// "the files the user opened recently": the recently opened files
	q = reDoneRecentlyEn.ReplaceAllString(q, "the recently $2 $1")
	// "product IDs the user already bought in-app": purchased
	q = reBoughtInAppEn.ReplaceAllString(q, "purchased")
	// "guests seated at one table": per table
	q = reAtOneEn.ReplaceAllString(q, "$1 per $2")
	// "query scope that keeps only the storage units that are vacant":
	// the scope for vacant ones (scopeVacant; was filterVacantStorageUnits)
	q = reScopeKeepsEn.ReplaceAllString(q, "scope for $2 $1")
	// "returning when the rented tool is due back": the time it is due
	// (dueAt; was handleDueGet)
	q = reReturnsWhen.ReplaceAllString(q, "$1 the time ")
	// "schedules a reminder two days before the appointment": when is the
	// reminder's detail (scheduleReminder; was daysUntilAppointment)
	q = reWhenBefore.ReplaceAllString(q, "$1")
	// "val for the timestamp when the auction closes": a Kotlin variable
	// (const val stays a constant)
	q = reKotlinVal.replaceSubmatches(q, func(m []string) string {
		if strings.EqualFold(strings.TrimSpace(m[1]), "const") {
			return m[0]
		}
		return m[1] + "variable" + m[2]
	})
	// "extension fun turning …": a Kotlin function
	q = reKotlinFun.ReplaceAllString(q, "$1 function")
	// "returns std::future — downloads one map tile": async work
	q = reReturnsFutureEn.ReplaceAllString(q, "async function that ")
	// "the tile at (x, y)", "the cell at row, col": where is the argument
	q = reAtCoords.ReplaceAllString(q, "")
	// "unread count for the little red badge on the bell icon", "photos
	// the user selected in a multi-select picker": where it is shown or
	// picked is no word of it (unreadCount; was redLittleBadgeBellIconUnreadCount)
	q = reShownOn.ReplaceAllString(q, "")
	// "into a shopping list hash": the type the result comes as is no word
	// of the conversion (to_shopping_list)
	q = reIntoTyped.ReplaceAllString(q, "into $1")
	// "into something like 1.2 MB for display": a display string
	q = reSomethingLike.ReplaceAllString(q, "into a display string")
	q = reWithoutWaiting.ReplaceAllString(q, " asynchronously")
	// "the /lunch slash command": the lunch command (handleLunchCommand;
	// was handleSlackEvent)
	q = reSlashCommand.ReplaceAllString(q, "${1}${2} command")
	q = reNonBlockingKind.ReplaceAllString(q, "async $1")
	q = reAndReturns.replaceSubmatches(q, func(m []string) string {
		if containsOf(strings.ToLower(m[1]), "true|false|bool|whether|yes|if |nil|null|none|immediately|right away|at once|early|quickly|without") || m[1] == "" {
			return m[0]
		}
		return m[2]
	})
	// "the previous button state used for debouncing", "product IDs …,
	// used to unlock content": what it is for is no word of the name
	// (were used_debouncing_previous_button_state, contents)
	q = reUsedFor.replaceSubmatches(q, func(m []string) string {
		if oneOf(strings.ToLower(m[1]), "was|were|is|are|be|been|being|get|gets|got|not|never|times|often|when|once") {
			return m[0]
		}
		return m[1] + m[3]
	})
	// "whether the user needs to reset the password": needs a password
	// reset (needs_password_reset; was is_user_needs_reset)
	if asksYesNoEn(q) {
		q = reNeedsTo.replaceSubmatches(q, func(m []string) string {
			v := strings.ToLower(m[1])
			if englishVerb(v) == nil {
				return m[0]
			}
			if n := nominals.get(v); n != "" {
				v = n
			}
			return "needs a " + m[2] + " " + v + m[3]
		})
	}
	// "documents the applicant still needs to submit", "vaccines the dog
	// still needs": the ones still to do (documents to submit, pending
	// vaccines; were is_submitting_document_applicant_need, …_in_progress)
	q = reStillNeeds.replaceSubmatches(q, func(m []string) string {
		if oneOf(strings.ToLower(m[2]), "and|or|but|then|so|also|just|only|really") {
			return m[0] // (I have []Ticket and need to group them: no clause)
		}
		if m[3] != "" {
			return m[1] + " to " + m[3] + m[4]
		}
		return "pending " + m[1] + m[4]
	})
	// "tickets left for tonight's show": the show is the scene, and show
	// no verb (was tonight_count)
	q = reForTonights.ReplaceAllString(q, "$1")
	// "whether the heater is on", "is the camera turned off": enabled or
	// disabled, which a switched thing says as on or off (isHeaterOn; were
	// isHeater, is_my_turn)
	q = reIsOnOff.replaceSubmatches(q, func(m []string) string {
		if strings.EqualFold(m[2], "off") {
			return m[1] + " disabled" + m[3] // (settle.go: a switched thing is off)
		}
		return m[1] + " enabled" + m[3]
	})
	// "how long the sensor has been offline, stored as a Duration": the
	// type it is kept as names nothing (was offline_stored_duration)
	q = reStoredAs.ReplaceAllString(q, " as ")
	// "bytes currently sitting in the upload buffer", "an amount stored in
	// cents": where they are (were taking_byte_count, int_to_decimal)
	q = reSittingIn.ReplaceAllString(q, "$1")
	// "orders over $100", "products cheaper than 10000 won": a bound on the
	// price is the things' value, as reviewers name it (FilterHighValueOrders;
	// was FilterOrderOvers, filterWons); a number of days or items is not
	q = reOverMoney.replaceSubmatches(q, func(m []string) string {
		switch w := strings.ToLower(strings.Join(strings.Fields(m[2]), " ")); {
		case w == "cheaper than":
			return "cheap " + m[1]
		case oneOf(w, "under|below|less than|at most"):
			return "low value " + m[1]
		}
		return "high value " + m[1]
	})
	// "array of upcoming classes at the studio for the current user": whose
	// list it is, not a name of the current user (was currentUser first)
	if reListOf.MatchString(q) {
		q = reForCurrentUser.ReplaceAllString(q, "$1")
	}
	// "how many kids r enrolled": chat's r is are (was enrolled_kid_r_count)
	q = reChatAre.ReplaceAllString(q, "$1 are ")
	// "function that saves the draft when the app goes to background",
	// "syncs offline logs once we're back online": the work names it, the
	// moment the app, the device, the user or we get somewhere is no part
	// of the name (were handleDraftAppGoSave, handleOfflineSync); a function
	// that runs, fires or is called when … is a handler and keeps it, and
	// "plays a sound when a message arrives" keeps what arrived
	// (playMessageSound)
	q = reDoesWhen.replaceSubmatches(q, func(m []string) string {
		if whenVerbs.has(strings.ToLower(m[2])) {
			return m[0]
		}
		return m[1]
	})
	// "subscribes to live scores and hands them back on a channel": how the
	// result comes back is no step of the name (was subscribeToHand)
	q = reHandsBack.ReplaceAllString(q, "")
	// "marks today's habit as done": today's is today (markTodayHabitDone;
	// was markTodayHabit, the state lost)
	q = reDayPossessive.replaceSubmatches(q, func(m []string) string {
		if strings.EqualFold(m[1], "the day") {
			return "today" // "the day's recordings": today's (was upload_recording_day_practice_room)
		}
		return m[1]
	})
	// "a train is running behind schedule": behind schedule (was
	// is_behind_running_schedule)
	q = reRunningLate.ReplaceAllString(q, "$1")
	q = reKindWith.ReplaceAllString(q, "$1 for the $2") // "property with the number of items": for it (was no name)
	// "computed property with just the restaurants that are open right now":
	// the things it holds (was no name at all)
	q = reKindWithThings.replaceSubmatches(q, func(m []string) string {
		if m[3] != "" {
			return m[0] // "holding the ids of users who …": read as it stands
		}
		return m[1] + " for the " + m[2]
	})
	q = reByMoreThan.ReplaceAllString(q, "")
	q = reUnitsSpent.ReplaceAllString(q, "$2 $1")                    // "number of seconds elapsed": elapsed seconds (was elapsed_time_count)
	q = reDaysInState.ReplaceAllString(q, "$1 $2")                   // "number of days the book is overdue": days overdue (was isOverdue)
	q = reConvertTyped.ReplaceAllString(q, "$1 $2 $3")               // "convert a raw reading struct into a measurement": a conversion, no struct asked
	q = reForToCheck.ReplaceAllString(q, "that checks")              // "function for the app to check the device is a tablet": that checks
	q = reActiveJob.ReplaceAllString(q, "Rails job$1")               // "ActiveJob for syncing inventory", "ActiveJob 클래스": a job class (was active_inventory_syncing_job, SendWelcomeEmail)
	q = reLastCame.ReplaceAllString(q, "the time of the last visit") // "when a patient last came to the clinic": the last visit (was last_patient_came_at)
	q = reHowLongBeen.replaceSubmatches(q, func(m []string) string {
		// "how long one of our trucks has been idle": the idle duration (was
		// isIdleDuration…); "has been playing" stays (elapsedTime)
		if strings.HasSuffix(m[1], "ing") {
			return m[0]
		}
		return "the " + m[1] + " duration"
	})
	q = reWaitingInQueue.ReplaceAllString(q, "pending $1") // "print jobs waiting in the queue": pending print jobs (was print_shops; queued reads as enqueue)
	q = reFilledIn.ReplaceAllString(q, "")                 // "submits a filled-in permit application": the application (was submit)
	q = reFallsOutside.ReplaceAllString(q, "is $1")        // "a lab result falls outside the range": is outside it
	q = reDateItEnds.replaceSubmatches(q, func(m []string) string {
		// "the date a prescription expires": the prescription expiry date (was prescription)
		return "the " + m[1] + " " + whenEventNoun.get(strings.ToLower(m[2])) + " date"
	})
	q = reKickOff.ReplaceAllString(q, "${1}start")             // "kicks off a job": starts it
	q = reReturnsAtOnce.ReplaceAllString(q, " asynchronously") // "… and returns immediately": async
	q = reDropDupes.ReplaceAllString(q, "${1}remove$2")        // "drops duplicate tags": removes them (was dropDuplicateTags)
	q = rePossessiveKey.ReplaceAllString(q, "from $1 ")        // "map from a stylist's name to …": from stylist name (was stylistNames)
	// "the wind speed in m/s above which the lift shuts down": the most
	// wind speed (MAX_WIND_SPEED_MPS; was SKI_LIFT)
	q = reAboveWhich.replaceSubmatches(q, func(m []string) string {
		if strings.EqualFold(m[3], "below") || strings.EqualFold(m[3], "under") {
			return "min " + m[1] + m[2]
		}
		return "max " + m[1] + m[2]
	})
	// "runs when the player reaches the end of an episode": when the episode
	// ends (onEpisodeEnd; was onEndReached)
	q = reReachesEnd.ReplaceAllString(q, "the $1 ends")
	// "uploads a build artifact to S3 with retries": how, not what (was
	// retryAsync first)
	if reVerbBeforeRetry.MatchString(q) {
		q = reWithRetries.ReplaceAllString(q, "")
	}
	// "has turned in the homework", "hands in": submitting (hasSubmittedHomework;
	// was isTurn)
	q = reTurnedIn.replaceSubmatches(q, func(m []string) string {
		return map[string]string{"ed": "submitted", "s": "submits", "ing": "submitting", "": "submit"}[strings.ToLower(m[1])]
	})
	// "the Duration between heartbeats": the interval of one (heartbeat_
	// interval; was duration)
	q = reTimeBetween.replaceSubmatches(q, func(m []string) string {
		w := strings.ToLower(m[1])
		if s, ok := singular(w); ok {
			w = s
		}
		return w + " interval"
	})
	// "when the device goes offline", "becomes empty": a state reached
	// (onDeviceOffline; was onDeviceGoOffline, onDeviceBecomed)
	q = reGoesState.ReplaceAllString(q, "is $1")
	// "loaves are left unsold": the unsold loaves (was loave_left_unsold_count)
	q = reLeftUn.replaceSubmatches(q, func(m []string) string {
		if oneOf(m[2], "until|under|unless|unto") {
			return m[0] // days left until renewal
		}
		return m[2] + " " + m[1]
	})
	// "session timeout in min", "max speed in m": a unit's short form after
	// in (was MIN_SESSION_TIMEOUT, the minimum)
	q = reShortUnitIn.replaceSubmatches(q, func(m []string) string {
		return "in " + pairGet("min=minutes, h=hours, m=meters, g=grams, l=liters", strings.ToLower(m[1]))
	})
	// "when a file finishes uploading", "the video is done loading": the
	// event is the work done (FileUploaded, onVideoLoaded; was
	// FileFinished)
	q = reFinishesDoing.replaceSubmatches(q, func(m []string) string {
		if v := verbBase(strings.ToLower(m[1]), false); v == "play" {
			return "has ended" // finishes playing: onVideoEnded (was onVideoPlayed)
		} else if v != "" {
			return "has " + participle(verbTerm(v), v) // uploading, saving, running
		}
		return m[0]
	})
	// "hook that returns the current window width": the hook gets it
	// (useWindowWidth, was useHook); "a boolean that's true while a file
	// is being uploaded": whether (isUploading, was isTrued)
	q = reHookGives.ReplaceAllString(q, "$1 that reads ")
	// "whether the file was opened successfully": the flag says it was
	// opened (isFileOpen, was is_open_successfully)
	q = reDoneWell.ReplaceAllString(q, "")
	// "whether any items are selected", "none of the fields are empty":
	// whether there are (no) such things (hasSelectedItems, hasNoEmptyFields;
	// was isItemsSelected, and isFieldsEmpty, the opposite)
	q = reAnyAre.replaceSubmatches(q, func(m []string) string {
		if m[2] != "" {
			return m[1] + " there are no " + m[5] + " " + m[3]
		}
		return m[1] + " there are " + m[5] + " " + m[3]
	})
	// "the user who sent the message": the message sender (was sendMessage);
	// "the id of the user who created the document": the document creator's
	q = reDoerWho.replaceSubmatches(q, func(m []string) string {
		agent := whoDoer(strings.ToLower(m[2]))
		if agent == "" {
			return m[0]
		}
		return m[1] + m[3] + " " + agent
	})
	// "onClick handler for the submit button": the prop names the event
	// (handleSubmitClick, was handleClick: on read as a preposition)
	q = reOnProp.replaceSubmatches(q, func(m []string) string { return m[1] + strings.ToLower(m[2]) + m[3] })
	q = reTrueWhile.ReplaceAllString(q, "that says whether ")
	// "interface for a repository that stores customers", "a queue that
	// holds pending jobs": the role, of what it holds (CustomerRepository,
	// PendingJobQueue; were ICustomer, Queue); "response from the weather
	// API": the API's (WeatherResponse, was Response)
	q = reRoleHolds.replaceSubmatches(q, func(m []string) string {
		obj, rest, _ := strings.Cut(m[3], " ")
		if rest != "" && !contentless.has(strings.ToLower(rest)) {
			obj = m[3]
		}
		return m[1] + " " + obj + " " + m[2]
	})
	q = reAPIReply.ReplaceAllString(q, "$2 $1")
	// "handler for click on the save button": the button's click
	// (handleSaveButtonClick, was handleButtonSave)
	q = reEventOnTarget.ReplaceAllString(q, "$1 for the $3 $2")
	// "turns an Instant into the LocalDate in the user's own time zone":
	// a java.time Instant is a timestamp (was immediate), and the zone of
	// the target is how (toLocalDate, was handleConvert)
	q = reJavaInstant.ReplaceAllString(q, "a timestamp")
	q = reIntoInZone.ReplaceAllString(q, "$1")
	// "removes duplicate tags but keeps their original order": how it
	// works, no word of the name (removeDuplicateTags, was
	// removeOriginalOrders)
	q = reButKeeps.ReplaceAllString(q, "")
	// "parse the csv while skipping the header": how, not a state (was
	// isParsingSkippingCsvHeader); after reButKeeps, which drops the order
	// kept altogether
	q = reWhileKeeping.ReplaceAllString(q, ", $1")
	// "deliveries that failed and still need a retry": the failed ones
	// (failedDeliveries; was read as a yes/no, isWebhookDelivered)
	q = reFailedAndNeed.ReplaceAllString(q, "$1 $2")
	// "filters a slice of users down to the ones who haven't logged in":
	// keeps only those users (filterInactiveUsers, was filterUserDowns)
	q = reFilterDownTo.ReplaceAllString(q, "keeps only $1 $2")
	// "method on a cache entry that tells how long until it expires": it is
	// the receiver (timeUntilExpiry; was nothing)
	q = reMethodOnIt.replaceSubmatches(q, func(m []string) string {
		rest := m[4]
		if !reItWord.MatchString(rest) {
			return m[0]
		}
		return m[1] + " " + m[3] + reItWord.ReplaceAllString(rest, "${1}the "+m[2]+"$2")
	})
	// "request body size in bytes, 10 megabytes": the unit asked is the
	// value's, the value only says how much (maxRequestBodyBytes; was …Mb)
	q = reValueAfterUnit.ReplaceAllString(q, "$1")
	// "struct that holds the configuration for the rate limiter": the rate
	// limiter's configuration (RateLimiterConfig; was Config)
	q = reConfigFor.ReplaceAllString(q, "$3 $1")
	// "protocol that any analytics backend must implement": the protocol
	// for one (AnalyticsBackend; was AnalyticsBackendImplement)
	q = reMustImplement.ReplaceAllString(q, "$1 for $2")
	// "enum listing the reasons …": an enum of them (was ListingShipmentReason)
	q = reKindListing.ReplaceAllString(q, "$1 of ")
	// "HTTP handler for the endpoint that lists a user's subscriptions",
	// "axum handler that creates an API key": a route's handler is named for
	// its work (listSubscriptions, create_api_key; were
	// handleActiveUserSubscription, handle_key_create: an event handler's)
	if loc := reRouteWork.FindStringIndex(q); loc != nil && !prefixOf(strings.ToLower(q[loc[1]:]), "return|get|serve|respond|show|render|answer") {
		q = q[:loc[0]] + "function that " + q[loc[1]:] // (a handler that returns X stays handleX)
	}
	// "calculates the shipping cost given the weight and the destination":
	// what it is given are its inputs, as from says (calculate_shipping_fee;
	// was calculate_destination, an input named as the result)
	q = reGivenInputs.ReplaceAllString(q, "from $1")
	// "how many minutes a password reset link stays valid": its validity in
	// minutes (PASSWORD_RESET_LINK_VALIDITY_MINUTES; was a count of stays);
	// "how many days before an unpaid invoice is considered overdue": the
	// overdue threshold in days (was dayCount)
	q = reUnitsValid.ReplaceAllString(q, "$2 validity in $1")
	q = reUnitsBefore.ReplaceAllString(q, "$2 $3 threshold in $1")
	// "the upper bound for the page size": its maximum (MAX_PAGE_SIZE; was
	// PAGE_SIZE, the bound lost)
	q = reBoundFor.replaceSubmatches(q, func(m []string) string {
		if strings.EqualFold(m[1], "lower") {
			return "minimum "
		}
		return "maximum "
	})
	// "how long a parking session lasted": its duration (parkingSessionDuration;
	// was lastDurationSession, or the phrasebook's sessionTtl)
	q = reHowLongLasted.ReplaceAllString(q, "$1 duration")
	// "the 'mark all as read' button": a quoted label names the button, no
	// example to drop (enclause.go buttonLabel)
	q = reQuotedLabel.ReplaceAllString(q, "$1 $2")
	q = reActionMethod.ReplaceAllString(q, "handler") // "action method for the log out button": UIKit's IBAction, a handler (was getAction)
	// "background goroutine that flushes buffered metrics": where it runs,
	// not what it flushes (was flushBackground)
	q = reBackgroundRunner.ReplaceAllString(q, "$1$2 in the background")
	// "dict mapping feature names to importance scores from the model":
	// where the values came from is no key (was prices_by_api, or nothing)
	q = reMapProvenance.ReplaceAllString(q, "$1")
	if strings.Contains(q, "-") {
		// pop-up, drop-down, thank-you: one word where the glossary lists
		// both spellings (was isUpOpen: the pop read as a verb)
		q = reHyphenWord.ReplaceAllStringFunc(q, func(m string) string {
			if j, g := strings.ToLower(strings.ReplaceAll(m, "-", "")), loadGlossary(); g.en[strings.ToLower(m)] != nil && g.en[j] != nil {
				return j
			} else if sp := strings.ToLower(strings.ReplaceAll(m, "-", " ")); nounTerm(sp) != nil && verbTerm(lastWord(strings.Fields(sp))) == nil {
				return sp // the check-in button: a check in button (was check, in)
			}
			if v, p, _ := strings.Cut(strings.ToLower(m), "-"); particleWords.has(p) && !strings.HasSuffix(v, "ed") && loadGlossary().en[v+p] == nil {
				return strings.ToLower(strings.ReplaceAll(m, "-", "")) // a drop-off point: a dropoff point (was PointDropper)
			}
			return m
		})
	}
	q = reLambdaKind.ReplaceAllString(q, "callback$1") // "lambda for when …": a callback (was handleLambdaGet)
	q = reGetPassive.replaceWith(q, "is $1", "get", "got", "Get", "Got", "GET")
	q = reClassNameFor.ReplaceAllString(q, "$1 for ")           // "class name for a …": a class (was className, the CSS term)
	q = reWrapperAround.ReplaceAllString(q, "a $2 wrapper$1$3") // "a wrapper around localStorage": LocalStorageWrapper
	q = reWrapperThat.ReplaceAllString(q, "$1")                 // "… wrapper that lets entries expire": what it wraps names it (was Expirer, Play)
	q = reUsersCurrent.ReplaceAllString(q, "the current ")      // "when the user's current workout started": the current workout (was startedCurrentUserWorkout)
	q = reSupposedTo.replaceWith(q, "$1 ", "to be")             // "the time a kid is supposed to be picked up": is picked up (was selectedUpSupposedAt)
	q = reHowManyToShow.ReplaceAllString(q, "$1 $2")            // "how many products to show per page on the category listing": products per page
	// "revokes every refresh token of a user": all refresh tokens
	// (revokeAllRefreshTokens, was revokeToken)
	q = reEveryNoun.replaceSubmatches(q, func(m []string) string {
		if w := strings.ToLower(m[3]); m[1] != "" || everyTimes.has(w) || everyTimes.has(strings.TrimSuffix(w, "s")) || strings.ContainsFunc(m[2], unicode.IsDigit) {
			return m[0] // every second, every ten seconds: how often; for every region: per region
		}
		return "all " + m[2] + plural(m[3]) + m[4]
	})
	q = reWithinOf.ReplaceAllString(q, "") // "can still edit a comment within 5 minutes of posting": can edit it
	// "method on Celsius that gives back Fahrenheit": a conversion from
	// the type it is on (to_fahrenheit; was get_fahrenheit)
	q = reOnTypeGives.ReplaceAllString(q, "$1 that converts $2 to $3")
	q = reMethodOn.ReplaceAllString(q, "$1 ")
	q = rePropertyOn.ReplaceAllString(q, "$1 $2")
	q = reNeedTo.ReplaceAllString(q, "")
	q = reCanStill.ReplaceAllString(q, "$1")     // "can still be edited": can be edited, no progress
	q = reAllowedPer.ReplaceAllString(q, "per ") // "items allowed in a single order": items per order
	q = reOfTheList.ReplaceAllString(q, "$1")    // "default page size for the transaction history list": the list owns it, no list is asked
	q = reGivingUp.ReplaceAllString(q, "$1")     // "retries left before giving up on shipping a batch": the retries left
	if m := reAdverbVerb.FindStringSubmatchIndex(q); m != nil {
		// "function that asynchronously uploads a file": uploads a file,
		// asynchronously (was fetchUploadFile: the verb read as a noun)
		adv := strings.ToLower(q[m[2]:m[3]])
		q = strings.Join(strings.Fields(strings.TrimRight(q[:m[2]]+q[m[3]:], " .?!")), " ") + " " + adv
	}
	if m := reStartsAsyncOp.FindStringSubmatchIndex(q); m != nil {
		// "starts a non-blocking read from the port": reads from it,
		// asynchronously (was start, begin, launch)
		v := strings.ToLower(q[m[2]:m[3]])
		if v == "lookup" {
			v = "look up"
		}
		q = q[:m[0]] + thirdPerson(v) + strings.TrimRight(q[m[1]:], " .?!") + " asynchronously"
	}
	q = reQuotedWord.ReplaceAllString(q, "$1")
	q = reCanFail.ReplaceAllString(q, "")
	q = reIsCurrently.ReplaceAllString(q, "$1 $2") // "the direction an elevator is currently moving": is moving
	q = reHowManyLeft.ReplaceAllString(q, "number of $1 left")
	q = reNumberLeft.replaceSubmatches(q, func(m []string) string {
		if oneOf(lastField(strings.ToLower(m[1])), "days|hours|minutes|seconds|weeks|months|years") {
			return m[0] // days left until renewal: a span (daysUntilRenewal)
		}
		return "number of remaining " + m[1] // tickets left: remaining tickets (was ticket_left_count)
	})
	q = reBeforeWe.ReplaceAllString(q, "")
	q = reVedAfter.replaceSubmatches(q, func(m []string) string {
		if oneOf(strings.ToLower(m[1]), "called|invoked|fired|triggered|executed|dispatched|emitted|raised|scheduled|queued|notified|signaled|signalled") {
			return m[0] // "callback called after the photo is uploaded": when, not since (was isPhotoUploaded)
		}
		return m[1] + " since "
	})
	q = reStoredOn.replaceWith(q, "", " on ", " in ", " On ", " In ")
	q = reTheYCan.ReplaceAllString(q, "$1")
	q = reKindAdj.ReplaceAllString(q, "$1")
	q = reThrowsIf.replaceWith(q, "", " if ", " If ", " IF ")
	q = reOverTime.ReplaceAllString(q, "")
	q = reValHolding.ReplaceAllString(q, "variable for ")
	q = reTypedIn.ReplaceAllString(q, "the $2 $1")
	q = reWeStill.ReplaceAllString(q, "$1")
	q = shortAskTail(q)
	q = reVoterMay.ReplaceAllString(q, "checks whether it can ")
	q = reReturnsTrueIf.ReplaceAllString(q, "checks whether ")
	if !naming.QuestionIsKorean(q) {
		q = reTrailingIng.ReplaceAllString(q, "") // ", skipping weekends", ", retrying on failure", ", respecting quoted commas": how, not what
	}
	q = reInsteadOf.ReplaceAllString(q, "")                       // "instead of sending it right away"
	q = reWaitingToV.replaceWith(q, "", " to ")                   // "timers waiting to fire": the timers
	q = reOnQueue.ReplaceAllString(q, "enqueues $1")              // "puts a welcome email on the queue": enqueues it
	q = reForOffline.ReplaceAllString(q, "downloaded")            // "downloaded for offline playback": isDownloaded (was isOffline)
	q = reZeroBased.ReplaceAllString(q, "")                       // "a zero-based column index": the index
	q = reRelativeNow.ReplaceAllString(q, " as relative time")    // "format a start time relative to now": formatRelativeTime
	q = reLimitWhen.replaceWith(q, "$1", "max", "min", "default") // "maximum number of retries when a sensor sends data": the retries
	q = reLimitTopic.replaceWith(q, "$1 $4 $2$3", " for ")        // "default timeout in milliseconds for reconnect attempts": the reconnect timeout
	q = rePerPageIn.replaceWith(q, "per page", "per page")        // "shown per page in the admin product list": where is no list asked for
	q = rePicksOther.ReplaceAllString(q, "changes the $1")        // "picks a different language": changes the language
	q = reRouteHandler.ReplaceAllString(q, "handler for the $1")  // "HTTP handler for the user signup endpoint"
	q = reTapOnPlace.replaceWith(q, "$1 $2$3", " on ", " in ")    // "taps a seat on the cinema seat map": the seat (was didTapSeatCinemaSeatMap)
	q = reWebHandler.ReplaceAllString(q, "handler")               // "HTTP handler that returns the pipeline status": no HTTP in the name (was handlePipelineHTTP)
	q = reNonHyphen.ReplaceAllString(q, "${1}non_$2")             // non-empty: one word run for the grammar (parse.go joins non and empty)
	q = reKeepOnly.replaceSubmatches(q, func(m []string) string {
		// "keeps only the active users": filters them; "keeping only":
		// that filters
		if strings.EqualFold(m[2], "ing") {
			return m[1] + "that filters "
		}
		return m[1] + "filter" + m[2] + " "
	})
	q = reIHaveThem.replaceWith(q, "$2 the $1", "have", "got") // "I have page views and need to group them": group the page views
	q = reIHaveWant.ReplaceAllString(q, "")
	q = reReturnsIn.ReplaceAllString(q, "converts the $1 to $2")
	q = reWhereClause.ReplaceAllString(q, "$1")
	q = reLongParen.ReplaceAllString(q, "")
	q = reBuilding.ReplaceAllString(q, "")
	q = reHoldingList.replaceSubmatches(q, func(s []string) string {
		switch c := strings.ToLower(s[1]); c {
		case "map", "dict", "dictionary", "hashmap", "hash map":
			return c + " of "
		}
		return "list of "
	})
	q = reBeNowState.ReplaceAllString(q, "$1 $2")
	q = reWeSendTo.replaceSubmatches(q, func(s []string) string {
		to := s[1]
		if i := reClauseWord.FindStringIndex(to); i != nil {
			to = to[:i[0]]
		}
		to = strings.TrimSpace(reTrailingAPI.ReplaceAllString(to, ""))
		if to == "" {
			return "the payload"
		}
		return "the " + to + " payload"
	})
	q = reMoreThanFor.ReplaceAllString(q, "")
	q = reNewAfter.ReplaceAllString(q, "$1 $2")
	q = reLengthChars.ReplaceAllString(q, "$1")
	q = reTypeMoment.replaceSubmatches(q, func(s []string) string {
		if s[3] != "" {
			return s[0] // "converts a DateTime to unix seconds": the value converted (was HandleTimeConvert)
		}
		w := "time"
		if strings.Contains(s[1], "Date") && !strings.Contains(s[1], "Time") {
			w = "date"
		}
		return "the " + w + " when " + s[5]
	})
	q = reDueBack.ReplaceAllString(q, "$1 $2 due")
	return q
}

// reLabel is a label before a colon that opens a question ("C#: async
// method that…", "Kotlin, insurance app: function returning…", "Go CLI for
// infra: …"); reCaseNote is a case style said in passing ("(we use
// camelCase)").
const (
	reBareConvert   = lazyRE(`^([^?!]*\S(?:을|를)\s+[^?!\s]+(?:\s+[^?!\s]+)?(?:으로|로))(?:\s*(?:변환|전환|변경))?\s*[?!.]*$`)
	reAnyAre        = lazyRE(`(?i)\b(whether|if)\s+(?:(none)\s+of\s+the|(?:any|some|at least one)(?:\s+of\s+the)?)\s+([a-z]+(?:\s+[a-z]+)?)\s+(is|are|was|were)\s+([a-z]+ed|un[a-z]+|empty|full|open|invalid|valid|active|checked)\b`)
	reRoleHolds     = lazyRE(`(?i)\b(an?|the)\s+(repository|cache|queue|store|service|registry|pool|buffer|manager|client|provider|index)\s+(?:that|which)\s+(?:stores|holds|keeps|caches|contains|manages|tracks|queues)\s+(?:the\s+|all\s+)?([a-z]+(?:\s+[a-z]+)?)`)
	reGenericMap    = lazyRE(`(?i)\b(?:std::)?(?:unordered_|hash|tree|linkedhash|concurrenthash|sorted)?(?:map|dictionary|dict|record)\s*[<\[]\s*[\w.:]+\s*,\s*(?:[\w.:]+\s*[<\[]\s*)?([\w.:]+)\s*[>\]]?\s*[>\]]`)
	reEventOnTarget = lazyRE(`(?i)\b(handler|listener|callback)\s+for\s+(?:the\s+|a\s+)?(click|tap|input change|change|hover|submit|press|double click|long press|focus|blur|key press|keypress)\s+(?:on|of|in)\s+(?:the\s+|a\s+)?([a-z]+(?:\s+[a-z]+){0,2})`)
	reWhileKeeping  = lazyRE(`(?i)\s+while\s+((?:preserv|keep|skipp|ignor|retain|maintain|respect)ing)\b`)
	reAPIReply      = lazyRE(`(?i)\b(response|request|payload|reply)\s+(?:from|to|of)\s+(?:the\s+)?([a-z]+)\s+(?:api|service|server|endpoint)\b`)
	reDoerWho       = lazyRE(`(?i)(\bthe\s+)(?:user|person|member|employee|admin|customer|client|player|staff member|account|one)\s+who\s+(\w+)\s+(?:the|this|that|a|an|our|their)\s+(\w+(?:\s+(?:request|order|message|post|document|file|team|project|comment|page|event|room|channel|ticket|review))?)\b`)
	reDoneWell      = lazyRE(`(?i)\s+(?:successfully|correctly|properly|without (?:any )?errors?)\b`)
	reOnProp        = lazyRE(`(^|\s)on([A-Z][a-z]+)(\s+(?:handler|callback|listener)s?\b)`)
	reGlossed       = lazyRE(`(\p{Hangul}{2,})\(([A-Za-z][A-Za-z0-9+#.-]*(?:\s[A-Za-z][A-Za-z0-9+#.-]*){0,2})\)`)
	reCodeType      = lazyRE(`\s*(?:\bmap\[[^\]\s]*\](?:\[\])*\*?\w+(?:\.\w+)*|\[\]\*?\w+(?:\.\w+)*|\b[A-Za-z_][\w.:]*(?:<[^<>]*(?:<[^<>]*(?:<[^<>]*>[^<>]*)*>[^<>]*)*>|\[\]))\??\s*(?:이에요|예요|타입이에요|타입임|타입|형|임|이요|요)?(\s|$|[.,?!])`)
	reStyleAside    = lazyRE(`(?i)(^|[.?!]\s*|,\s*)(?:\([^()]*(?:snake_case|camelCase|PascalCase|kebab-case|스네이크\s*케이스|카멜\s*케이스|파스칼\s*케이스|구글\s*스타일|Google\s*(?:C\+\+\s*)?스타일)[^()]*\)|(?:저희|우리|팀|회사)[^.?!,()]{0,30}?(?:snake_case|camelCase|PascalCase|스네이크\s*케이스|카멜\s*케이스|파스칼\s*케이스)[^.?!,()]{0,12}|(?:WP|워드프레스|PSR(?:-\d+)?|PEP\s*8|Google\s*C\+\+|구글)\s*(?:(?:스타일|컨벤션|규칙)(?:대로|에\s*맞게|로)?|따름|따라요|따릅니다)\s*(?:스네이크\s*케이스|snake_case)?(?:로요|로|요)?(?:\s*(?:을|를)?\s*(?:쓰는|따르는)\s*(?:팀|회사|프로젝트)(?:인데요?|이에요|입니다)?)?)\s*[.?!]?\s*`)
	reOrphanReturns = lazyRE(`(?i),?\s*\b(?:returns?|returning|that\s+returns|and\s+returns)\s*([.?!]|$)`)
	reViewAdapter   = lazyRE(`(?i)(?:recycler\s*view|리사이클러\s*뷰|list\s*view|리스트\s*뷰|view\s*pager|뷰\s*페이저)\s*(어댑터|adapter)`)
	rePrefixAside   = lazyRE(`(?i)[,.]?\s*(?:get|is|has|set)\s*(?:은|는|이|을|를|prefix는|접두사는|접두사|prefix)?\s*(?:빼고|빼서|빼줘|빼 주세요|빼주세요|빼줘요|없이|안\s*붙이고|붙이지\s*말고|말고)(?:\s*(?:요|주세요|부탁(?:해요|드려요)?))?\s*[.?!]*\s*`)
	reStyleParen    = lazyRE(`(?i)\s*\([^()]*(?:snake_case|camelCase|PascalCase|kebab-case|스네이크\s*케이스|카멜\s*케이스|파스칼\s*케이스|(?:get|is|has)\s*(?:안|빼|없이|접두|prefix)|접두사|접미사|prefix|suffix)[^()]*\)`)
	reCallbackPtr   = lazyRE(`(콜백|callback)\s*함수\s*포인터(\s*(?:이름|변수명|$))`)
	reDefineKo      = lazyRE(`\s*(?:디파인|디파인으로|define으로)(?:\s*(?:할|하려는|하는|해서|해|상수))?`)
	reMethodRoute   = lazyRE(`(?:\b(?:GET|POST|PUT|PATCH|DELETE)\s+)((?:요청\s*)?(?:핸들러|처리\s*함수|라우트\s*핸들러|handler))`)
	reRightAfter    = lazyRE(`(?:\S+\s+)?(?:생성|저장|수정|삭제|업데이트|커밋)(?:된|한|되고)?\s*(?:직후|직전|후에?|다음에?|뒤에?|전에?)\s+|\S+\s*(?:직후|직전)에?\s+`)
	reModifierVerb  = lazyRE(`\p{Hangul}+(?:하는|되는|는|할|될)(?:\s|$)`)
	reRailsHook     = lazyRE(`\b(?:after|before|around)_(?:create|save|update|destroy|commit|validation|initialize|create_commit|update_commit)\s*(?:콜백|callback|훅|hook)?\s*(메서드|메소드|함수|method)`)
	reSceneLead     = lazyRE(`^\s*(?:(?i:c\+\+|c#|c|js|ts|rust|go|golang|kotlin|swift|java|python|ruby|php|typescript|javascript|node(?:\.?js)?|embedded\s+c|임베디드\s*c)\s*(?:[,:—–]|\s-)\s*(?:(?:[^\s,.:]+\s+){0,3}?[^\s,.:]+(?:\.|\s*[—:])\s+)?|(?:(?i:c\+\+|c#|js|ts|rust|go|kotlin|swift|java|python|ruby|php|ios|android|자바|코틀린|스위프트|파이썬|러스트|루비)\s+)?(?:[^\s,.:]+\s+){0,4}?[^\s,.:]*?(?:앱|어플|시스템|서비스|웹|사이트|홈페이지|게임|서버|백엔드|프로젝트|플랫폼|봇|툴|엔진|대시보드|쇼핑몰|펌웨어|파이프라인|프로그램|플러그인|과제|키오스크|스크립트|제어기|컨트롤러|단말기|관리|페이지|화면|(?i:\s(?:app|system|service|site|website|game|server|backend|frontend|project|platform|bot|tool|dashboard|pipeline|firmware|engine|program|plugin|assignment|homework|pos|kiosk)))(?:이에요|예요|입니다|이야|임|이요|요)?\s*(?:[,—–]|\.{1,3}\s|…\s*|\s-\s))\s*`)
	reHaveTyped     = lazyRE(`\b((?i:have|got|of|takes?|given|into))\s+(?:an?\s+|the\s+)?(?:(?:List|Vec|Set|Array|ArrayList|Seq|Collection|Iterable|IEnumerable|Sequence)<|\[\])\*?([A-Z][A-Za-z0-9]*)>?(?:\s+of\s+\w+)?`)
	reLabel         = lazyRE(`^\s*([^:?\n]{1,60}?):\s+(\S+(?:\s+\S+){3,})`)
	// reTimeTypeKo is reMachineType's sibling for date and time types. One
	// pattern for both was tried (December 2026): the machine types then
	// took the time types' wider endings ("금액(u64, 원)" lost its u64
	// before the note was read) and Go durations lost names, so they stay
	// two, run where each was measured.
	reTimeTypeKo    = lazyRE(`(\p{Hangul})\s*,?\s*[(（]?\s*(?:std::chrono(?:::\w+)?|chrono(?:::\w+)?|time\.Time|time\.Duration|time_t|DateTimeOffset|DateTime|LocalDateTime|LocalDate|LocalTime|ZonedDateTime|OffsetDateTime|Instant|TimeInterval|TimeSpan|NSDate|Duration|Timestamp|datetime|timedelta)\s*[)）]?(?:\s*(?:타입|형|객체))?(?:(\s*$|[.,?!]|\s+(?:변수|필드|프로퍼티|속성|상수|멤버|값|컬럼|칼럼|로컬|지역|인스턴스|클래스|static|멤버변수|column|field|property|variable|member|이름))|\s*(?:으로|로)(\s+(?:담|들고|저장|갖|가지)))`)
	reTimeTypeEn    = lazyRE(`,?\s+(?i:as|stored\s+as|in)\s+an?\s+(?:std::chrono(?:::\w+)?|time\.Time|time\.Duration|time_t|DateTimeOffset|DateTime|LocalDateTime|LocalDate|LocalTime|ZonedDateTime|OffsetDateTime|Instant|TimeInterval|TimeSpan|NSDate|Timestamp|datetime|timedelta)\b`)
	reGetPassive    = lazyRE(`\b(?i:gets|get|got|gotten|getting)\s+(\w+ed|sent|paid|built|sold|bought|caught|made|done|shown|taken|given|written|hidden|chosen|broken|frozen|stolen|lost|won|kept|held|found|hit|cut|set)\b`)
	reLambdaKind    = lazyRE(`\b(?i:lambda)(\s+(?:name\s+)?(?:for\s+when|(?:that|which)\s+(?:runs|is\s+called|gets\s+called|fires)\s+(?:when|after|on)|called\s+when|to\s+run\s+when))\b`)
	reEveryNoun     = lazyRE(`(\b(?i:for|per|in|at|once|twice)\s+)?\b(?i:every)\s+((?:[a-z]+\s+){0,2}?)([a-z]+)(\s+(?:of|in|on|for|from|that|which|with|to|at|by|after|before|when)\b|\s*[.,?!]|\s*$)`)
	reHowManyToShow = lazyRE(`(?i)\b(how\s+many\s+\w+(?:\s+\w+)?)\s+to\s+(?:show|display|list|return|fetch|load|render|include)\s+(per\s+page|per\s+\w+|on\s+each\s+page|in\s+each\s+page)(?:\s+(?:on|in|of)\s+(?:the\s+)?\w+(?:\s+\w+)?\s+(?:listing|list|page|screen|view|feed)s?\b)?`)
	reSupposedTo    = lazyRE(`\b((?i:is|are|was|were))\s+(?:supposed|meant|due|expected)\s+to\s+be\s+`)
	reThrowsKind    = lazyRE(`\b(async\s+)?(?:re)?throws\s+((?:함수|메서드|메소드|func|function|method)\b|\p{Hangul})`)
	reOnceMore      = lazyRE(`한\s*번\s*더\s+`)
	reComputedProp  = lazyRE(`계산(?:된|하는)?\s*(프로퍼티|속성|property)`)
	reUsersCurrent  = lazyRE(`\b(?:(?i:the)\s+)?(?i:user|customer|player|member|client|driver|rider|student)['’]s\s+current\s+`)
	reInUnitKo      = lazyRE(`\S+(?:를|을)\s+(바이트|밀리초|초|분|킬로바이트|메가바이트)로\s*(?:계산|환산|변환|바꿔|바꾼|나타낸|표현)\S*(?:\s+(?:둔|놓은|놓는|한|둔))?`)
	reParenRemark   = lazyRE(`\s*[(（][^()（）]{0,40}\p{Hangul}(?:함|씀|임|됨|음|중|예정)\s*[)）]`)
	reWhileWalking  = lazyRE(`^.{0,60}?\S+\s+(?:돌면서|돌며|순회하면서|순회하며|훑으면서|훑으며|반복하면서|돌아가면서)\s+`)
	reMustListed    = lazyRE(`(\p{Hangul}+)해야\s*(?:하는|할)\s+((?:\p{Hangul}+\s+){1,2}(?:목록|리스트|배열|컬렉션))`)
	reRouteRequest  = lazyRE(`(?i)(?:\b(?:post|get|put|patch|delete)\s*)?요청\s*(?:을|를)?\s*(?:받는|처리하는|받아서\s*처리하는|받아\s*처리하는)\s+(?:컨트롤러|라우트|라우터)\s*(함수|메서드|메소드|핸들러)?`)
)

const (
	speedUnits lazyPairs = "km/h=kmh, m/s=mps, mi/h=mph"
)

const (
	reMadeIntoText     = lazyRE(`(문자열|형식|포맷|포멧)(으로|로)\s*(?:만드는|만들어\s*주는|만들기|만들어주는)`)
	reChosenKey        = lazyRE(`(?:\b(by|per)\s+(?:the\s+)?(?:selected|chosen|given|specified|requested)\s+)|(?:(?:선택한|선택된|지정한|지정된|주어진)\s+(\p{Hangul}+?)(으로|로|별로)\s)`)
	reThreadDoing      = lazyRE(`(?:\b(?:pthread|std::thread|thread)\s*(?:로|으로|를\s*써서)\s+)?(.*\p{Hangul}\s*처리하는)\s+(?:스레드|쓰레드)\s*(함수|루틴)`)
	reApiCalled        = lazyRE(`(?i)\s*api\s*(?:를|을)?\s*호출해(?:서)?\s+(가져오|가져와|받아오|받아와|불러오|불러와|조회하|조회해)`)
	reClickedSlot      = lazyRE(`(?:(?i:clicked|pressed)|클릭|눌림)\s*(?:시그널|(?i:signal))에?\s*(?:연결할|연결하는|연결될|붙일)\s*슬롯(?:\s*(?:이름|명))?\s*$`)
	reSlotTail         = lazyRE(`(연결할|연결하는|연결될|붙일)\s*슬롯(?:\s*(?:이름|명))?\s*$`)
	reErrored          = lazyRE(`(?:에러|오류)\s*(?:가\s*)?(?:난|났던|발생한)\s`)
	reCouldNot         = lazyRE(`(\p{Hangul}{2,})\s*못\s*(?:한|했던|된)\s`)
	reNoReply          = lazyRE(`응답\s*(?:이\s*)?(?:안\s*온|안\s*돌아온|없는|못\s*받은|안\s*받은)\s+((?:API\s*|api\s*)?(?:요청|호출|쿼리))`)
	reCutLink          = lazyRE(`(?:연결|접속)\s*(?:이\s*)?(끊긴|끊어진)\s`)
	reQtSlotLead       = lazyRE(`^(?:Qt\s*)?슬롯\s*(?:이름|명)?\s*[,:]\s*(.+)$`)
	reAfterNext        = lazyRE(`(\p{Hangul}(?:된|한|은|난|친|낸|진|준|본|온|간|던|된))\s+다음(?:에)?\s`)
	reFinishesDoing    = lazyRE(`(?i)\b(?:finish(?:es|ed)?|(?:is|are|was|were)\s+done|complete[sd]?)\s+([a-z]+ing)\b`)
	reAllCounted       = lazyRE(`(?:(\p{Hangul}+(?:\s+\p{Hangul}+)?)\s+)?전체\s+((?:\S+\s+)?\S*?(?:수|개수|갯수|건수|횟수))(\s|$)`)
	reMapProvenance    = lazyRE(`(?i)\b((?:dict|dictionary|map|mapping|hash|hashmap)\b.*\bto\b.*?)\s+(?:(?:returned|coming|fetched|loaded|computed|produced)\s+)?(?:from|by)\s+(?:the\s+|our\s+|a\s+|an\s+)?(?:\w+\s+)?(?:model|api|server|backend|database|db|response|endpoint|service|cache)\b`)
	reTypeObject       = lazyRE(`\b([A-Za-z][A-Za-z0-9_]*)\s*(?:객체|오브젝트|인스턴스)(로|으로|를|을)(\s)`)
	reMethodOnIt       = lazyRE(`\b((?i:method|function|func|property))\s+on\s+(?:a|an|the|our|my)\s+((?:[a-z]+\s+){0,2}?[a-z]+)\s+(that|which)\b([^.?!]*)`)
	reItWord           = lazyRE(`(?i)(^|\s)it(\s|$)`)
	reConfigFor        = lazyRE(`(?i)\b(?:the\s+)?(config(?:uration)?|settings|options)\s+(?:for|of)\s+(the\s+|an?\s+|our\s+)?([a-z]+(?:\s+[a-z]+)?)\b`)
	reMustImplement    = lazyRE(`(?i)\b(interface|protocol|trait|abstract\s+class|base\s+class)\s+that\s+(?:any|all|every|each|our)?\s*([a-z]+(?:\s+[a-z]+)?)\s+(?:must|should|have\s+to|will|can)?\s*(?:implement|conform\s+to|extend|inherit\s+from|adopt)s?\b`)
	reRoleTwoVerbs     = lazyRE(`(?i)\b(repository|repo|service|store|cache|client|manager|dao|gateway)\s+that\s+([a-z]+s)\s+and\s+[a-z]+s(?:\s+(?:up|down|out|in|off|back))?\s+`)
	reKindListing      = lazyRE(`(?i)\b(enum|enumeration|sealed\s+class|union\s+type)\s+(?:listing|describing|representing|enumerating|naming|of\s+all)\s+(?:the\s+|all\s+(?:the\s+)?)?`)
	reRouteWork        = lazyRE(`(?i)\b(?:(?:(?:http|https|api|route|web|rest|axum|actix|express|gin|echo|fiber|flask|fastapi|django|rails|spring|nest|nestjs|koa)\s+)+(?:request\s+|route\s+|endpoint\s+)?handler(?:\s+function)?\s+(?:for\s+(?:the\s+|an?\s+)?(?:endpoint|route)\s+)?|handler(?:\s+function)?\s+for\s+(?:the\s+|an?\s+)?(?:endpoint|route)\s+)(?:that|which)\s+`)
	reGivenInputs      = lazyRE(`(?i)\bgiven\s+(the|a|an|its|their|our|two)\b`)
	reUnitsValid       = lazyRE(`(?i)\bhow\s+many\s+(seconds|minutes|hours|days|weeks|milliseconds)\s+(?:an|a|the|each)?\s*((?:[a-z]+\s+){0,3}[a-z]+?)\s+(?:stays?|remains?|is|are)\s+(?:valid|fresh|active|alive|usable|good)\b`)
	reUnitsBefore      = lazyRE(`(?i)\b(?:how\s+many|the\s+number\s+of)\s+(seconds|minutes|hours|days|weeks)\s+(?:before|until)\s+(?:an|a|the|each)?\s*(?:[a-z]+\s+){0,2}?([a-z]+)\s+(?:is|becomes|gets|counts\s+as)\s+(?:considered\s+|marked\s+(?:as\s+)?)?(overdue|expired|stale|inactive|archived|dormant|locked)\b`)
	reBoundFor         = lazyRE(`(?i)\b(?:(upper|lower)\s+(?:bound|limit)|ceiling)\s+(?:for|on|of)\s+(?:the\s+|a\s+|an\s+)?`)
	reHowLongLasted    = lazyRE(`(?i)\bhow\s+long\s+(?:an|a|the|each|this|that)?\s*((?:[a-z]+\s+){0,2}[a-z]+)\s+(?:lasted|lasts|took|takes)\b`)
	reActionMethod     = lazyRE(`(?i)\b(?:IBAction|action)\s+(?:method|func(?:tion)?)\b`)
	reQuotedLabel      = lazyRE(`['"“‘]([A-Za-z][A-Za-z ]{1,40}?)['"”’]\s+(button|btn|link)\b`)
	reValueAfterUnit   = lazyRE(`(?i)(\bin\s+(?:ms|millis(?:econds?)?|seconds?|secs?|minutes?|mins?|hours?|days?|bytes?|kilobytes?|kb|megabytes?|mb|gigabytes?|gb))\s*[,(:]\s*(?:(?:\d+(?:\.\d+)?|an?|one|two|three|five|ten|fifteen|twenty|thirty|sixty)\s*(?:ms|millis(?:econds?)?|seconds?|secs?|minutes?|mins?|hours?|days?|weeks?|bytes?|kilobytes?|kb|megabytes?|mb|gigabytes?|gb)\b\)?)`)
	reBackgroundRunner = lazyRE(`(?i)\bbackground\s+((?:goroutine|thread|task|loop|coroutine|process)s?\b)([^,.;?]*)`)
	reFilterDownTo     = lazyRE(`(?i)\bfilters?\s+(?:(?:a|the|an)\s+(?:slice|list|array|vector|collection|set)\s+of\s+)?(\w+(?:\s+\w+)??)\s+(?:down\s+)?to\s+(?:only\s+)?(?:the\s+ones|those)\s+(who|that|which)\b`)
	reHookGives        = lazyRE(`(?i)\b(hook)\s+(?:that\s+)?(?:returns|returning|gives|giving|provides|providing|exposes|exposing|for)\s+`)
	reTrueWhile        = lazyRE(`(?i)\b(?:that's|that\s+is|which\s+is)\s+(?:set\s+to\s+)?true\s+(?:while|when|whenever|if|as\s+long\s+as)\s+`)
	reFailedAndNeed    = lazyRE(`(?i)\b(that|which)\s+(\w+ed)\s+and\s+(?:still\s+)?(?:need|needs|require|requires|await|awaits)\s+(?:a\s+|an\s+|to\s+be\s+)?\w+`)
	reButKeeps         = lazyRE(`(?i),?\s+(?:but|while|and)\s+(?:still\s+)?(?:keeps|keeping|preserves|preserving|retains|retaining|maintains|maintaining)\s+(?:(?:the|their|its)\s+)?(?:original\s+)?order\b(?:\s+(?:for|of|among|between|when|if)\s+\w+(?:\s+\w+)?)?`)
	reIntoInZone       = lazyRE(`(?i)(\binto\s+(?:the\s+|a\s+|an\s+)?\w+)\s+(?:in|for)\s+(?:the\s+)?(?:user's|user’s|their|his|her|local)\s+(?:own\s+)?(?:local\s+)?time\s*zone\b`)
	reJavaInstant      = lazyRE(`\b(?:[Aa]n?\s+)?Instant\b`)
	reCallbackParam    = lazyRE(`(콜백|람다|클로저|(?i:callback|lambda|closure))\s*(?:prop|props|파라미터|매개변수|인자|(?i:parameter|param|argument))`)
	reReachesZero      = lazyRE(`(?:0\s*초|0)\s*(?:가|이)?\s*되면`)
	reAppLead          = lazyRE(`^\s*(?:\p{Hangul}+\s+){0,2}\p{Hangul}{1,6}\s?(?:앱|어플)\s+(\S+)`)
	reClassNameFor     = lazyRE(`(?i)\b(class|struct|type|interface|enum)\s+name\s+for\s+`)
	reWrapperAround    = lazyRE(`(?i)\b(?:an?\s+)?(?:thin\s+|small\s+)?wrapper(\s+(?:class|struct|type|object))?\s+(?:around|over|for)\s+(?:the\s+|a\s+|an\s+)?((?:[A-Za-z][\w.]*\s+){0,2}?[A-Za-z][\w.]*?)(\s+(?:that|which|to|so)\b|\s*[,.?!]|\s*$)`)
	reWrapperThat      = lazyRE(`(?i)(\bwrapper)\s+(?:that|which)\s+[^.?!()]*`)
	reReceivedAsKo     = lazyRE(`(\S+)(?:으로|로)\s+(?:받은|받아온|가져온|불러온|내려받은)\s+(배열|목록|리스트|데이터|값|응답)`)
	reCaseNote         = lazyRE(`(?i)\s*\((?:we\s+use|using|in|with|our\s+team\s+uses|team\s+uses|style:?)\s+(?:camel\s*case|snake[_ ]case|pascal\s*case|kebab-case|upper_snake_case)\)`)
)

// doesSomething: a question with a verb of its own besides running, being
// called (메일 보내는, 재고 차감하는), whose name a Rails callback takes;
// without one the moment it runs is all there is (헌혈 예약 생성된 후
// 실행되는 after_create 콜백: on_reservation_created, was no name).
func doesSomething(q string) bool {
	for _, m := range reModifierVerb.FindAllStringIndex(q, -1) {
		if !prefixOf(q[m[0]:], "실행|호출|불리|불려|돌아가|동작|트리거") {
			return true
		}
	}
	return false
}

// typeNote are types a parenthesis may give after a word besides
// convert.go's primitiveTypes.
const typeNote lazySet = `u128 i128 boolean string str char byte bigdecimal decimal date datetime localdate
	localdatetime instant duration timespan timestamp`

// everyTimes: "every" before these says how often, not which things.
const everyTimes lazySet = `second minute hour day week month year night morning evening time frame tick cycle run call request other few millisecond ms n`

// dropLabel drops a label that opens a question with a colon: the room's
// language, the framework or the app it is for, which the grammar read as
// words of the name (C: function … gave c_to_bit_grayscale_luminance,
// "Go CLI for infra:" rotateCommandLine). A label of more than seven words
// is a sentence and stays; so does a colon inside a type (std::map) or a
// URL, which is followed by no space.
func dropLabel(q string) string {
	q = reCaseNote.ReplaceAllString(q, "")
	q = reArrowBrackets.ReplaceAllString(q, "$1 → $2") // [상품ID => 담은 수량]: 상품ID → 수량 (examples.go reads the arrow)
	q = reGlossed.replaceSubmatches(q, func(s []string) string {
		// 헬스킷(HealthKit)에: a word the glossary does not know, glossed
		// in English, is the English (was saveHpKit); a known word keeps
		// its note (페이로드(JSON), 실행취소(undo)).
		for _, m := range loadGlossary().ko[s[1]] {
			if strings.ReplaceAll(m.t.en(), " ", "") == strings.ToLower(s[2]) {
				return s[1] // 헬스킷(HealthKit): the gloss says the word again
			}
		}
		if len(loadGlossary().ko[s[1]]) > 0 || (typeNote.has(strings.ToLower(s[2])) || primitiveTypes.has(strings.ToLower(s[2]))) {
			return s[0] // and 사토시(u64): a type, not a gloss
		}
		return s[2]
	})
	if hasAny(q, "<", "[]") && !naming.QuestionIsKorean(q) {
		q = reHaveTyped.replaceSubmatches(q, func(m []string) string {
			// "I have []PageView and need to group them", "a List<Employee> of
			// people": in an English question the element type names the
			// things (page views, employees); the rest of the type goes below.
			ws := lowerWords(m[2])
			ws[len(ws)-1] = plural(ws[len(ws)-1])
			return m[1] + " " + strings.Join(ws, " ")
		})
	}
	if naming.QuestionIsKorean(q) {
		q = reListTypeKo.ReplaceAllString(q, "${1}목록") // 파티클 담는 std::vector, List<Particle>: a list (was alive_particle)
		for _, r := range koRegexRewrites {
			q = r.re.ReplaceAllString(q, r.to)
		}
	}
	q = reOrphanReturns.ReplaceAllString(reCodeType.ReplaceAllString(q, "$1"), "$1") // Vec<HashMap<String, Type>> 임, string[] 임: the type, said in passing
	q = reStyleParen.ReplaceAllString(q, " ")
	q = reViewAdapter.ReplaceAllString(q, "$1") // 지출 내역 RecyclerView 어댑터: ExpenseHistoryAdapter (was …RecyclerViewAdapter)
	q = rePrefixAside.ReplaceAllString(q, "")   // …메서드, Get은 빼고: how to name it, no word of it (was removeConnectedSensors)
	q = unitStated(q)
	q = reCallbackPtr.ReplaceAllString(q, "$1 함수$2") // 콜백 함수포인터: the callback's name (on_packet_received), a function
	q = reDefineKo.ReplaceAllString(q, " 상수")        // 20kg 디파인: a #define, a constant
	q = reMethodRoute.ReplaceAllString(q, "함수")      // 메뉴 등록하는 POST 핸들러: named for what it does, not its method (was create_post)
	q = reDeclKeyword.ReplaceAllString(q, "상수 $1")   // const val 하나 만드는데, #define 하려는데: a constant (val read as value)
	q = reStyleAside.ReplaceAllString(q, "$1")       // (저희 팀 snake_case 씀), 저희 변수는 camelCase임: the room's business
	if reRailsHook.MatchString(q) {
		// after_create 콜백 메서드: a method named for what it does (was
		// on_order_created); the moment it runs goes too.
		q = reRailsHook.ReplaceAllString(q, "$1")
		if what := reRightAfter.ReplaceAllString(q, ""); doesSomething(what) {
			q = what // the moment goes when the method says what it does
		}
	}
	q = sceneLead(q)
	if !naming.QuestionIsKorean(q) {
		q = englishAsides(sceneLeadEn(reDatePattern.ReplaceAllString(q, "date string")))
	} else {
		q = reDatePattern.ReplaceAllString(q, "날짜 문자열") // 'yyyy.MM.dd' 문자열로 (was toString)
	}
	m := reLabel.FindStringSubmatchIndex(q)
	if m == nil || len(strings.Fields(q[m[2]:m[3]])) > 7 {
		return q
	}
	if memberList(q[m[4]:]) {
		// "enum for the state of an order: pending, paid, shipped": the
		// members after the colon; the question is before it (was no name)
		return q[:m[3]]
	}
	if l := q[m[2]:m[3]]; strings.HasSuffix(strings.ToLower(l), "comparator") && strings.Contains(q[m[4]:], " by ") {
		// "qsort comparator: students by score, highest first": the label
		// is the thing asked, the rest its order (was students_by_score)
		return l + " that orders " + q[m[4]:]
	}
	return q[m[4]:]
}

// memberList says s is only a list of short members: three or more,
// separated by commas (the last may follow "or", "and", 또는).
func memberList(s string) bool {
	parts := strings.Split(strings.TrimRight(s, " .?!"), ",")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if n := len(strings.Fields(p)); n == 0 || n > 3 {
			return false
		}
	}
	return true
}

// isASCIIAny: s has an ASCII letter (a framework or a language: net/http
// 핸들러 — … stays).
func isASCIIAny(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r < 128 && unicode.IsLetter(r) }) >= 0
}

// sceneLead drops the scene a question opens with before a comma, a dash
// or a full stop: the language ("Java, …", "go, analytics service. …"),
// the app or system it is for ("은행 앱, 계좌 간 이체…", "js analytics
// dashboard, variable…"), which the grammar read as words of the name
// (RunBankAppBankAccountTransfer, goAnalyticsServiceHave). A lead that
// ends in no such word before a comma is the question's own (사진 업로드
// 최대 용량 10MB, const val로…) and stays.
func sceneLead(q string) string {
	if m := reDashLeadKo.FindStringSubmatchIndex(q); m != nil && naming.QuestionIsKorean(q) && len(strings.Fields(q[m[1]:])) >= 2 &&
		!strings.ContainsAny(q[m[2]:m[3]], "을를이가은는에의로") && !isASCIIAny(q[m[2]:m[3]]) && !reKindKo.MatchString(q[m[2]:m[3]]) {
		// 빵집 - 마감 후 남은 빵…, 치과 - 다음 검진일…: a place or business
		// before a spaced dash is the scene (was discard_remaining_bakery_…)
		q = q[m[1]:]
	}
	for {
		m := reSceneLead.FindStringSubmatchIndex(q)
		if m == nil {
			return q
		}
		rest := q[m[1]:]
		if len(strings.Fields(rest)) < 3 {
			return q
		}
		if lead := q[:m[1]]; naming.QuestionIsKorean(lead) {
			// 주문관리 Qt 프로그램. 저장 버튼 클릭 슬롯: the framework named in
			// the scene stays (Qt names its slots on_…_clicked)
			for _, w := range strings.Fields(lead) {
				if w = strings.Trim(w, ".,:—–-…"); reFrameworkWord.MatchString(w) {
					rest = w + " " + rest
				}
			}
		}
		q = rest
	}
}

// sceneLeadEn drops the scene an English question opens with before a
// dash, a full stop or a comma when it is a bare noun phrase ("birding app
// - variable for …", "chess club site. is the player's rating …", "museum
// membership, Carbon variable for …"), which the grammar read as words of
// the name (hamRadioButtonLogbookToBandName, isRatedPlayerRating…). It
// stays when it has a function word ("sort quilt patterns by difficulty,
// then by name"), a kind word, a language or framework ("React state,
// …"), or when what follows says nothing of its own ("max upload size. what
// should the constant be called?"). A scene that says what it serves
// ("Rails app for a small hagwon, …") goes whatever its words.
func sceneLeadEn(q string) string {
	// "Rails app for a small hagwon, method returning …": a scene that
	// says what it is for (was app_count)
	q = reSceneForEn.ReplaceAllString(q, "")
	for {
		m := reSceneLeadEn.FindStringSubmatchIndex(q)
		if m == nil {
			return q
		}
		lead, rest := q[m[2]:m[3]], q[m[1]:]
		for _, w := range strings.Fields(strings.ToLower(lead)) {
			if len(w) == 1 || sceneStops.has(w) || requestWords.has(w) || reFrameworkWord.MatchString(w) || reLangName.MatchString(w) { // (pack r, g, b bytes: a list)
				return q
			}
		}
		if f := strings.Fields(strings.ToLower(rest)); len(f) > 0 && (sceneStops.has(f[0]) || restOpeners.has(f[0])) {
			return q // "notifications, but only the unread ones": the lead is the thing
		}
		own := 0
		for _, w := range strings.FieldsFunc(strings.ToLower(rest), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }) {
			if !requestWords.has(w) && !askWords.has(w) && !requestFill.has(w) {
				own++
			}
		}
		if own < 2 {
			return q
		}
		q = rest
	}
}

// englishAsides rewrites what an English question says in passing or in
// a way the grammar misreads, after its scene (sceneLeadEn) and before the
// rest of restate: englishRewrites first, then the steps below, each with
// the question it came from. Among them: a condition in brackets ("is the
// rating still provisional (fewer than 20 rated games)?"), still before a
// word the glossary does not know, a bound the user can set ("the lowest
// BPM the user can set": min BPM), a comparison ("runs longer than 5 km":
// long runs), a wait before something closes (a timeout), two nouns and a
// to (a conversion), a place after on, a closing ask after a comma.
func englishAsides(q string) string {
	for _, r := range englishRewrites {
		q = r.re.ReplaceAllString(q, r.to)
	}
	q = reArrowTo.ReplaceAllString(q, " to ")                    // "dict mapping ISO country code -> currency code" (was currency_code_by_dict_mapping…)
	q = reLastTimeWas.ReplaceAllString(q, "when $1 was last $2") // "the last time the user was active": when it was last active (was isUserActive)
	q = reSuperCan.replaceSubmatches(q, func(m []string) string {
		// "the lowest BPM the user can set": a bound (min BPM; was setLowestTempo)
		if oneOf(strings.ToLower(m[1]), "lowest|smallest|least|minimum|shortest|fewest") {
			return "min " + m[2]
		}
		return "max " + m[2]
	})
	q = reChecksWhich.replaceSubmatches(q, func(m []string) string {
		// "checks which sites are free for the selected dates": finds the
		// available ones (was isFreeSelectedDate)
		st := strings.ToLower(m[2])
		if st == "free" || st == "vacant" || st == "open" {
			st = "available"
		}
		return "finds " + st + " " + m[1]
	})
	q = reOnlyKeep.ReplaceAllString(q, "keep only ") // "only keep runs longer than 5 km": a filter
	q = reDidDoes.replaceSubmatches(q, func(m []string) string {
		// "did the job finish": whether it has finished (was finishJob);
		// "does the device support NFC": whether it supports it
		// (supportsNfc; was shouldSupportNfc)
		did, v := strings.EqualFold(m[1], "did"), strings.ToLower(m[4])
		t := englishVerb(v)
		if t != nil && t.Class == 'v' {
			v = t.en()
		} else if t = nil; !did || !oneOf(v, "fail|succeed|pass|crash|break|stop|close|open") {
			return m[0]
		}
		if !did {
			return "whether " + m[2] + " " + m[3] + " " + thirdPerson(v)
		}
		return "has " + m[2] + " " + m[3] + " " + participle(t, v)
	})
	q = reTimeToDo.replaceSubmatches(q, func(m []string) string {
		// "how long it took to process the batch", "time spent rendering
		// the page": the operation's time (batch processing time; were
		// duration, spentRenderedAt)
		v := strings.ToLower(m[1] + m[2] + m[3] + m[4])
		if oneOf(strings.ToLower(m[5]), "in|on|for|from|to|with|into|by|ms|seconds|secs|minutes|it|them|this|that") || oneOf(v, "string|thing|setting|meeting|rating|booking|listing|building|ceiling|spring|ring|ping|morning|evening|warning|ending|pending") {
			return m[0]
		}
		if !strings.HasSuffix(v, "ing") {
			v = gerund(nil, v)
		}
		return m[5] + " " + v + " time"
	})
	q = reComparativeThan.replaceSubmatches(q, func(m []string) string {
		// "runs longer than 5 km", "files bigger than 10 MB": the long runs,
		// the big files (were runLongerKilometer, fileBigger); "dogs that
		// have been here longer than 90 days" stay long
		if m[2] != "" {
			return "long stay " + m[1]
		}
		return pairGet("longer=long, bigger=big, larger=large, heavier=heavy, cheaper=cheap, pricier=expensive, shorter=short, smaller=small, lighter=light, newer=new, higher=high, lower=low, faster=fast, slower=slow", strings.ToLower(m[3])) + " " + m[1]
	})
	q = reDeclEn.ReplaceAllString(q, "constant") // "const val for a perfect game score", "static let for …" (were no name, defaultLet)
	// "how many seconds before an idle websocket gets closed", "how long
	// before the session expires": the wait is a timeout (was SECONDS,
	// timeUntilIdleConnectionIsClosed)
	q = reWaitBefore.replaceSubmatches(q, func(m []string) string {
		unit := ""
		if m[1] != "" {
			unit = " in " + strings.ToLower(m[1])
		}
		return m[2] + " timeout" + unit
	})
	if m := reBareTo.FindStringSubmatch(q); m != nil && bareNouns(m[1]) && bareNouns(m[2]) && !relationHeads.has(strings.ToLower(lastWord(strings.Fields(m[1])))) && !leadVerb(m[1]) {
		// "hex char ('0'-'9', 'a'-'f') to its integer value", "amount in
		// cents (int) to a formatted string": two things and a to, no verb,
		// are a conversion (hex_char_to_int; were no function)
		q = "convert " + q
	}
	q = reCondBracket.ReplaceAllString(q, "")
	q = reOnPlace.replaceSubmatches(q, func(m []string) string {
		// "prints a ticket on the thermal printer": where, no word of it
		// (was PrintPrinterAsync); "the click on the Cancel button" stays
		if placeEvents.has(strings.ToLower(lastWord(strings.Fields(m[1])))) {
			return m[0]
		}
		return m[1] + m[2]
	})
	q = reQuotedLike.ReplaceAllString(q, "")              // "into a label like 'birdie' or 'bogey'": examples (was strokes_to_bogey)
	q = reAlongWith.ReplaceAllString(q, " with ")         // "archives a project along with all its tasks" (was archiveProjectAlong)
	q = reToRecord.ReplaceAllString(q, "$1 that records") // "method to record a hive inspection": the verb (was the class HiveInspection)
	q = reCommaAsk.replaceSubmatches(q, func(m []string) string {
		if m[1] == "" {
			return "" // "(lat, lon, altitude) — name?" (was gps_fix_name)
		}
		return ". " + m[1] + " name?"
	}) // "…(given its arrival time), fn name?": a closing ask (was minutesUntilNextBusFnName)
	q = reSplitPhrasal.replaceSubmatches(q, func(m []string) string {
		// "checks a game out to a table": check out (was GetGameOut)
		v := strings.ToLower(m[1])
		for _, base := range []string{v, strings.TrimSuffix(v, "s"), strings.TrimSuffix(v, "es"), strings.TrimSuffix(v, "ed"), strings.TrimSuffix(v, "d")} {
			for _, t := range loadGlossary().en[base+" "+strings.ToLower(m[3])] {
				if t.Class == 'v' {
					return m[1] + " " + m[3] + " " + m[2]
				}
			}
		}
		return m[0]
	})
	if !reFnKindWord.MatchString(q) {
		q = reCountingLead.ReplaceAllString(q, "number of ") // "counting unread notifications for the bell badge" (countingUnreadNotifications)
	} else {
		q = reGerundLead.replaceSubmatches(q, func(m []string) string {
			// "counting ERROR lines in a log file — the method name?": the
			// verb (was getCountingErrorLines)
			if v := englishVerb(strings.ToLower(m[1])); v != nil && v.Class == 'v' && !reThatClause.MatchString(q) {
				return v.en() + " "
			}
			return m[0]
		})
	}
	return reStillState.replaceSubmatches(q, func(m []string) string {
		if w := strings.ToLower(m[1]); oneOf(w, "image|images|photo|photos|frame|frames|life|water") || len(loadGlossary().en[w]) > 0 {
			return m[0] // a still image; still valid, still free tonight: the relative clauses read still with a known state
		}
		return m[1]
	})
}

const (
	reCondBracket     = lazyRE(`(?i)\s*\((?:given\b[^()]*|[^()]*\b(?:fewer|more|less|greater|at\s+least|at\s+most|up\s+to|over|under|below|above|older|newer|longer|shorter)\s+than\b[^()]*|[^()]*\b(?:at\s+least|at\s+most|up\s+to)\b[^()]*|[^()]*[<>]=?\s*\d[^()]*)\)`)
	reWaitBefore      = lazyRE(`(?i)\bhow\s+(?:long|many\s+(seconds|minutes|hours|days|ms|milliseconds|secs|mins))\s+(?:to\s+wait\s+|we\s+wait\s+|it\s+takes\s+)?before\s+(?:an?\s+|the\s+|each\s+|our\s+)?((?:[a-z]+\s+){0,3}?[a-z]+)\s+(?:is\s+|gets\s+|get\s+|are\s+|will\s+be\s+|should\s+be\s+)?(?:closed|expires?|expired|times?\s+out|timed\s+out|disconnect(?:ed|s)?|logged\s+out|evicted|dropped|killed|terminated|cancell?ed|locked)\b`)
	reBareTo          = lazyRE(`(?i)^\s*(?:an?\s+)?([a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,4}?)\s+(?:\([^)]*\)\s+)?to\s+(?:its\s+|an?\s+|the\s+)?([a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)(?:\s*\([^)]*\))?(?:,?\s+(?:like|e\.g\.|such\s+as)\s+[^?]*)?\s*[?.!]?\s*$`)
	reQuotedLike      = lazyRE(`(?i),?\s+(?:like|e\.g\.|such\s+as)\s+(?:'[a-z]+'|"[a-z]+")(?:\s*(?:,|or|and)\s*(?:'[a-z]+'|"[a-z]+"))*`)
	reAlongWith       = lazyRE(`(?i)\s+along\s+with\s+(?:all\s+)?(?:of\s+)?(?:its|their|his|her|the)\s+`)
	reToRecord        = lazyRE(`(?i)\b(method|function|fn|func)\s+to\s+record\b`)
	reCommaAsk        = lazyRE(`(?i)\s*(?:,|\s[—–-]|[—–])\s*(?:the\s+)?(?:(fn|func|function|method|variable|var|const|constant|class|property|field|struct|enum|type)\s+)?name\s*\?*\s*$`)
	reSplitPhrasal    = lazyRE(`(?i)\b([a-z]+)\s+((?:a|an|the|this|that|its|their)\s+[a-z]+)\s+(out|up|off|back|down|over)\b`)
	reSuperCan        = lazyRE(`(?i)\bthe\s+(lowest|smallest|least|minimum|shortest|fewest|highest|largest|biggest|greatest|maximum|most|longest)\s+([a-z]+(?:\s+[a-z]+)?)\s+(?:that\s+)?(?:the\s+user|users|a\s+user|you|we|they|people|customers|players|members)\s+(?:can|may|are\s+allowed\s+to)\s+(?:set|choose|pick|enter|select|use|have|order|book|buy|upload|add|type|borrow|invite|request)\b`)
	reArrowTo         = lazyRE(`\s*(?:->|→|=>)\s*`)
	reLastTimeWas     = lazyRE(`(?i)\bthe\s+last\s+time\s+((?:the|a|an|this|that|our|my)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:was|were|got)\s+([a-z]+)\b`)
	reChecksWhich     = lazyRE(`(?i)\b(?:checks?|sees?|finds?\s+out|figures?\s+out|works?\s+out)\s+which\s+([a-z]+s)\s+(?:are|is)\s+(?:still\s+)?(free|available|vacant|open|empty|busy|taken|booked|full|expired|overdue|online|offline)\b`)
	reOnlyKeep        = lazyRE(`(?i)\bonly\s+keep\s+`)
	reComparativeThan = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+(?:are|were)\s+|which\s+(?:are|were)\s+|that\s+have\s+been\s+(here|there|in\s+[a-z]+|at\s+[a-z]+)\s+)?(longer|bigger|larger|heavier|cheaper|pricier|shorter|smaller|lighter|newer|higher|lower|faster|slower)\s+than\s+[^,.?]*`)
	reDeclEn          = lazyRE(`(?i)\b(?:const\s+val|static\s+let|static\s+final|static\s+const|public\s+static\s+final|private\s+static\s+final)\b`)
	reOnPlace         = lazyRE(`(?i)(\b[a-z]+s\s+(?:a|an|the|this|one)\s+[a-z]+(?:\s+[a-z]+)?)\s+on\s+(?:the|a|an|its|their|our|my)\s+[a-z]+(?:\s+[a-z]+){0,2}\s*([.?!]?)\s*$`)
	reFnKindWord      = lazyRE(`(?i)\b(?:method|function|fn|func)\b`)
	reGerundLead      = lazyRE(`^\s*([A-Za-z]+ing)\s+`)
	reThatClause      = lazyRE(`(?i)\b(?:that|which|who)\b`)
	reStillState      = lazyRE(`(?i)\bstill\s+([a-z]+)`)
)

// futureTypeEn is a type that says a call hands back its result later (a
// C# Task, a std::future, a CompletableFuture), with its type argument.
const futureTypeEn = `(?:std::future|std::shared_future|Task|ValueTask|CompletableFuture|Future)(?:<[^<>]*(?:<[^<>]*>[^<>]*)*>)?`

// bareNouns: the words of s are no function word, kind word or verb of
// asking (a phrase of nouns and adjectives, maybe with in: amount in cents).
func bareNouns(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w != "in" && (sceneStops.has(w) || requestWords.has(w) || askWords.has(w) || nonNouns.has(w)) {
			return false
		}
	}
	return true
}

// leadVerb: s opens with a verb (convert milliseconds …: a conversion
// already said).
func leadVerb(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return false
	}
	v := englishVerb(f[0])
	return v != nil && v.Class == 'v'
}

// relationHeads are things named by what they lead to (the path to the
// file, the key to the cache).
const relationHeads lazySet = `path url link route way pointer reference ref key access directions distance time answer reply
	response gateway entrance door bridge shortcut ratio prefix suffix handle road trip flight ticket letter message email note
	gift invitation request call connection introduction guide`

// mapTypeKo is a map's type in code: Map<string, User>, map[string][]Order.
const mapTypeKo = `(?:std::(?:unordered_)?map|(?:Hash|LinkedHash|Tree|Mutable|BTree|Concurrent|I)?(?:Map|Dictionary)|Record|dict)\s*[<\[][^<>\[\]]*(?:[<\[][^<>\[\]]*[>\]][^<>\[\]]*)*[>\]]|map\[[^\]]*\](?:\[\])*\*?[\w.{}]+`

// koRegexRewrites are the Korean readings that need a pattern, as rows
// (data: a row costs no code, as englishRewrites' rows do not), run on a
// Korean question before the rest of restate.
var koRegexRewrites = []struct {
	re lazyRE
	to string
}{
	{rePutInGetKo, "${1}로 $2 찾는"},           // 유저 id 넣으면 유저 나오는 캐시: a lookup by it (was appearedUserCache)
	{reFindByKo, "${1}별 $2 $3"},             // id로 찾는 사용자 맵: users by id (was foundUsers)
	{reFindObjByKo, "${1}별 $2 $3"},          // 유저 id로 유저 찾는 캐시: by it, as above
	{reByObjectKo, "$1 맵${2}"},              // 유저별 장바구니 객체: a map (was the class Cart)
	{rePluralVectorKo, "들 목록"},              // 파싱된 토큰들 벡터: a list (was parsed_token_vector)
	{reForUseParenKo, ""},                   // Data를 16진수 문자열로 (푸시 디바이스 토큰용): what it is for (no name)
	{reToWithoutVerbKo, "$1 $2${3} 바꾸는 함수"}, // 센트 단위 정수 금액을 '$12.30' 같은 달러 문자열로: a conversion (no function)
	{reSwiftArrayType, ""},                  // 꽃다발들 [Bouquet] 배열: the type (bouquetBouquets)
	{reGoesIntoKo, "${1}의 $2"},              // 캐시 항목 구조체에 들어갈 만료 시각 필드: a field of it (expiresAtToEnter)
	{rePlacedBesideKo, ""},                  // 헤더 종 아이콘 옆에 띄울 안 읽은 알림 개수: where it is shown (headerIcon)
	{reAssignmentLabelKo, ""},               // C 과제) 학생 구조체 배열 …: a label before the question (no function)
	{reStyleNoteKo, ""},                     // 메서드인데 Get 붙이지 말라고 리뷰 받음: a style note (shouldReceiveReview)
	{reListCapKo, "$1"},                     // 최근 검색어 리스트 (최대 10개 보관): the list, not its cap (maxRecentSearches)
	{reCapHeldListKo, "$1"},                 // 최대 10개까지 들고 있는 리스트: the list
	{reClockLikeKo, "${1}시:분:초 $2"},         // 초 단위 숫자를 '01:23:45' 처럼: seconds in the clock form the phrasebook knows (convert_count)
	{reWidthSizeKo, "$1 "},                  // 창 가로 크기 상수: the width (WIDTH_SIZE)
	{reHowManyHangKo, "몇 ${1}인지"},           // 게시글마다 댓글 몇 개 달렸는지: how many, a count ($comments)
	{reLeadMapTypeKo, "$1"},                 // map[string][]string 태그별 게시글 ID들: said first, the rest says it (postIDsByMapTag)
	{reMapTypeKo, "${1}맵"},                  // Map<string, User> 로 유저 캐싱해두는: a map (was user)
	{reMapByKo, "맵으로$1"},                    // (the particle after it)
	{reBoolReturnedKo, "$1 확인하는"},           // 접수된 건지 bool로 돌려주는 함수: it answers the question (to_boolean)
	{reWhenRunsKo, "$1 호출되는 $2"},            // 이벤트 받았을 때 타는 메서드, 탭됐을 때 델리게이트로 알려주는 메서드, 바뀔 때 훅에 거는 함수: the handler (calculateWithDelegate, applyToHook)
	{reFixedArrayKo, "배열"},                  // 슬롯 40칸 고정 배열: an array (cellPins)
	{reStaticLetEn, "${1}상수 "},              // Swift 기본 애니메이션 시간 static let (defaultLetSeconds)
	{reFaultStateKo, "${1}인지"},              // 과전류 폴트 상태인지: the fault is the state (is_fault_status)
	{reTimesHappenedKo, "$1 횟수"},            // 워치독 리셋이 몇 번 났는지: a count of them (boot_watch)
	{reStatusBecomesKo, "$1 ${2}될 때"},       // 주문 상태가 완료로 바뀔 때: when it is completed (onOrderStatusChanged)
	{reQueuedRunKo, "하는"},                   // 문자 발송을 큐로 돌리려고: how it runs, not what it does (RunSchoolNewsletterSmsJob)
	{reKindMadeKo, "$1 $2"},                 // Job 클래스 만드는데 이름: the kind asked, not a scene (was Job)
	{reMonoBehaviour, "컴포넌트 클래스"},           // 유니티 플레이어 체력 관리하는 MonoBehaviour: a component class (was no class)
	{reTypeGuardKo, "타입가드 함수$1"},            // unknown 값이 Error 인스턴스인지 판별하는 타입가드: a function (GuardUnknowner)
	{reLinterNoteKo, ""},                    // 구독 만료됐는지 확인하는 메서드, 루보캅 통과하게: the linter, no word of the name (no name)
	{reFixedValueKo, ""},                    // 셀 높이 고정값 상수: the value is the constant (heightPin)
	{reServesListKo, "$1 반환하는 $2"},          // 위치 목록 내려주는 http 핸들러: what it responds with (decrementWifiLocations)
	{reFormRequestKo, "$1 요청 클래스"},          // 라라벨 FormRequest 이름, 게시글 작성 검증용: the request it validates (no class)
	{reLeadKindLabelKo, "$2 $1 클래스"},        // 라라벨 큐 잡, 업로드된 영상 썸네일 생성: the job that does it (no class)
	{reUStructKo, "구조체"},                    // 언리얼 USTRUCT 이름 (no class)
	{reUEnumKo, "enum"},
	{reUnionMembersKo, "$1"}, // 택배 상태 유니온 타입 — 'ready' | 'picked_up' …: the members go (no class)
}

// englishRewrites are small readings of English found on the read sets
// r18–r20 and on probes, each a phrase said in passing or a way of asking
// that the grammar misread (the names they were read as in brackets). They
// run in order, before englishAsides' own steps.
var englishRewrites = []struct {
	re lazyRE
	to string
}{
	{reSomeone, ""},                               // "when someone reacts to a message" (on_someone_reacted)
	{reReactsTo, "$1 handles"},                    // "the method that reacts to the Save button click" (reactToSaveButtonClick)
	{reWhichDateIs, "the "},                       // "which date is the next billing date after a given one?" (isDateNext)
	{reSoItsClause, ""},                           // "resizes a bitmap so its longest side is at most 1080px" (isLongestBitmapSideMost)
	{reAfterChange, ""},                           // "rebuilds the spatial hash after objects have moved" (is_object_moved)
	{reInThisCall, ""},                            // "bytes actually read from the socket in this recv() call" (read_byte_recv_call_count)
	{reGlobalHolding, "variable $1"},              // "global holding milliseconds elapsed since boot" (global_elapsed_time_since_ms)
	{reNewtypeOn, "on $1"},                        // "method on a Celsius newtype that gives back Kelvin" (get_kelvin)
	{reUsedOnAll, "$2 $1"},                        // "the corner radius used on all cards" (usedCornerRadius)
	{reDoesSupport, "whether it supports "},       // "does the device support Face ID?" (shouldSupportDevice)
	{reSharedFor, "$1 for "},                      // "module of shared behaviour for anything that can be soft-deleted" (Behaviour)
	{reAccessorReturns, "function that returns "}, // "accessor that returns the reservation's end time" (getAccessor)
	{reFiresWhen, "$1 runs when"},                 // "subscriber method that fires when an order gets paid" (firesEventSubscriber)
	{reTailItSentence, "$1"},                      // "should the FAB be visible? it hides while scrolling down" (hidesDownScroll)
	{reLongPress, "long press$1"},                 // "when the user long-presses a photo tile" (onTileLong)
	{reTextInChanges, "the $2 $1 $3"},             // "when the text in the search line edit changes" (on_text)
	{reWalkAnd, ""},                               // "walks a directory and deletes the empty subfolders" (walk_dir)
	{reTrueWhileEn, "${1}whether "},               // "true while the save command is running" (isViewModelTrueSaveCommand…)
	{reCommaSoThe, ""},                            // ", so the button can be disabled": why, not what
	{reBodyWhen, "$1 $2 request"},                 // "DTO for the request body when a user changes their password" (CreateUserRequest)
	{reRatherThan, ""},                            // "triggered by a tag push rather than a branch push"
	{reResolvesWith, ""},                          // "uploads a file to S3 and resolves with the object URL" (uploadLocal)
	{reTailAdjective, "$1"},                       // "number of goroutines in the worker pool, configurable"
	{rePlainType, "$1"},                           // "into a normal integer" (to_normal_int)
	{reFromChip, ""},                              // "a BCD byte from the RTC chip" (rtc_chip_to_normal_int)
	{reSinceBoot, "uptime in $1"},                 // "milliseconds elapsed since boot" (since_ms)
	{reHowLongAgo, "time since $1 was $2"},        // "how long ago the order was placed" (IsOrderPlaced)
	{reNMin, "$1 minutes"},                        // "(5 min)": minutes, not a minimum (MinListingTtl)
	{reInACopy, ""},                               // "anonymizes personal data in a copy of the staging DB"
	{reWidgetChanged, "$1 the $2"},                // "changes the page size dropdown": the page size changes (handleSelectChange)
	{reGeneratorYields, "function that reads $1"}, // "generator that yields lines from a huge log file" (the variable generator)
	{reRAIIGuard, "$1 class"},                     // "RAII guard that unlocks the mutex …" (release_lock)
	{reOneAtATime, ""},                            // "one at a time"
	{reAlphabetically, ""},                        // "sort contacts alphabetically by last name, then first name" (sortByFirstName)
	{reParseTimeString, "$1 a $2$3"},              // "parse an RFC 3339 timestamp string" (string_at)
	{reIntoTimeType, "into a datetime"},           // "into DateTime<Utc>" (a dangling into)
	// the thirty-second session's, from the read sets r1–r21
	{rePerHyphen, "$1"},              // "per-vertex normals": vertex normals (has_meshes)
	{reTypeForEn, "${1}variable $2"}, // "int for ballots counted so far" (integer)
	{rePhrasalNounEn, "$1$2"},        // "recycling drop-offs": dropoffs (dropRecyclingByDisabled…)
	{reSlotWhen, "handler for when"}, // a Qt "slot for when the slider moves" (slider_slot)
	{reCameIn, "${1}was received"},   // "when the last heartbeat came in" (last_heartbeat_came_at)
	{reTimePointFor, "variable for"}, // "std::chrono time_point for when …" (point_at)
	{reChangesState, "$1 $3 $2"},     // "when the door sensor changes state" (on_state_changed)
	{reExpiresWithin, "$1 soon"},     // "expires within the next 30 days" (shouldExpireSslCertificate)
	// the thirty-third session's
	{reTimeOfNext, "$2 $3 $1$4"},            // "the date of the next scheduled backup" (nextScheduleDate, backupDate)
	{reToOrderBy, "to sort $1"},             // "qsort comparator to order lottery tickets by draw number" (an order noun)
	{reTypedCounter, "$1$2"},                // "u64 counter of bytes sent" (sent_u64_byte_count)
	{reStepsWalked, "steps"},                // "total steps walked this week" (traversedTotalStepCount)
	{reEndsInExt, "the file is a $1 file"},  // "does this filename end in .wav?" (no name)
	{reExtFiles, "$2 $1"},                   // "files ending in .jpg": jpg files
	{reDoesExpire, "is ${1}expiring soon"},  // "does the card expire soon?" (should_expire_soon)
	{reTimesRetry, "$1 $2 retries$3"},       // "max number of times we retry an SMS reminder" (no constant)
	{reOrNotEn, "${1}whether the $2 is $3"}, // "flag: modal open or not" (openModal)
	{reStateVarEn, "variable"},              // "state var for modal visibility" (state)
	{reSlashStateEn, "$1"},                  // "modal open/closed boolean" (isOpenClosedModal)
	{rePoliteTailEn, ""},                    // "constant name for max upload size 10MB pls" (MAX_UPLOAD_PLS_MB)
	{reNotYetEn, "${1}un$3 $2"},             // "number of notifications not yet read" (readNotificationCount, the opposite)
	{reIsNotYetEn, "$1 $2 un$3"},            // "is the message not read" (readMessage)
	{reToEmpty, "to clear $1"},              // "need a function to empty the cart" (no name; empty read as the adjective)
	{reRequestTailEn, ""},                   // ", help me name it", ", pls suggest a name", ", thoughts?" (OrderHelp, OrderPls, OrderThought)
	{reHasToBe, "must be"},                  // "the Date by which the rental car has to be returned" (carRentalHasDate)
	{reAdultAge, "$1 ${2}an adult$3"},       // "check if the client is 18+" (is_client)
	{reReactiveHolder, "${1}variable $2 "},  // "StateFlow val of users currently typing" (typingUserStateFlow), "LiveData holding …" (liveData)
	// the thirty-fourth session's
	{reItsIs, "$1 is"},                   // "until it's paid or failed" (payPolls)
	{reTypeGuardAsk, "function: is it "}, // "type guard - is this event a KeyboardEvent" (getEventKeyEvent)
	{reInMyScene, "$1"},                  // "Vec of the pending jobs in my render farm scheduler" (farm_schedulers)
	{reEnoughFor, "enough"},              // "is the tide high enough for the boat to launch?" (isHighEnoughBoat)
	{reOutsideRange, "${1}out of range"}, // "drops readings outside 0-100" (drop_reading_outsides)
	{reClockHours, "$1-hour $2"},         // "a 24h time string" (format24hTimeString)
	{reIntoAmPm, "into 12-hour time"},
	{reAppForScene, ""},                              // "Flask app for a tailor shop. list of …" (apps)
	{reScriptThat, "function $1 "},                   // "node script that fetches all open PRs" (fetchNodeScript)
	{reMembersAfterDash, " ($1)"},                    // "record for a loan ticket — item, amount lent, due date" (DueDateLender)
	{reTakenBy, ""},                                  // "a meter reading taken by the gas company inspector" (GasCompanyInspectorTaker)
	{reHowManyRetries, "${1}max $2 retries"},         // "const for how many times we retry" (timesRetried), "… retry the payment gateway call before giving up" (MAX_CALL)
	{reDownToOnes, "filter $1"},                      // "narrow the podcast episodes down to the ones i haven't …" (narrowPodcastEpisodeDown)
	{reDownTo, "filter "},                            // "filter the trail list down to trails under 5 km" (filterHikingTrailDowns)
	{reEndsSoon, "is ending soon"},                   // "the lease ends within the next 30 days" (isTenantLeaseEndSoon)
	{reAfterJob, ""},                                 // "emails the invoice PDF to the customer after a plumbing job" (handleInvoiceSend)
	{reTrailingScene, "$1"},                          // "HTTP handler for POST /orders, pizza delivery service" (createService)
	{reAgoExample, "relative time "},                 // "turns a Date into '3 min ago' style text" (formatDate)
	{reTaggedAs, "$2 $1"},                            // "recipes tagged vegetarian" (queryTaggedRecipeVegetarian)
	{reMaxSupports, "$1"},                            // "max number of irrigation zones the controller supports" (no constant)
	{reSlashCommandOf, "$1 command"},                 // "handle the Slack slash command /standup" (handleSlackEvent)
	{reSignalHandlerThat, "$1"},                      // "signal handler for SIGINT that sets a shutdown flag" (should_shutdown_signal_handler)
	{reOverNumber, "$1 $2 above the threshold"},      // "is the value over 18" (is_overed)
	{reUnderNumber, "$1 $2 below the threshold"},     // "is the battery under 20%" (is_undered)
	{reCurrentlyIn, "$1"},                            // "array of socket ids currently in a chat room" (isSocketIdInProgress)
	{reTypeBeforeField, "$1 for"},                    // "LocalDateTime field for when the order was shipped" (timeDate)
	{reAfterError, ""},                               // "retry loading the feed after an error" (retryLoadingFeedSinceError)
	{reDelegateFor, "$1 called when"},                // "delegate method for when the peripheral disconnects" (getBluetoothPeripheralDelegate)
	{reLoadedFromFile, ""},                           // "feature flags loaded from config/features.yml" (loaded_feature_flags)
	{reClockAside, ""},                               // "the next time the nightly cron should fire (2am)" (nextNightlyCronTime2am)
	{reEvery, ""},                                    // "polls the payment status every 2s" (pollPaymentStatus2s), "saves the weights every N epochs" (save_epochs)
	{reWhenDoing, ""},                                // "nodes already visited when detecting a cycle" (visitedDetectingNodeCycles)
	{reRowsWhere, "$2 $1 rows"},                      // "drop rows where the price column is negative" (drop_rows)
	{reDismissWhen, "$1 $2$3"},                       // "dismiss the keyboard when tapping outside the text field" (handleClickOutside)
	{reTimeLeftType, "time $1 until"},                // "TimeInterval left until the auction ends" (leftUntilAt)
	{reConstexpr, "constant"},                        // "constexpr max number of entities in the ECS" (EcsEntityConstexprer)
	{reStoreAction, "function $1"},                   // "zustand store action that empties the cart" (useCartStore)
	{reEmptiesEn, "$1 clears"},                       // "… that empties the cart" (empty read as the adjective)
	{reRepoThatStores, "$1 repository"},              // "the repo that stores customer records" (ICustomerRecord)
	{reDashLabel, "$1: "},                            // "property on the User data class - is their email verified?" (verifiedEmail), "computed property - is the form valid"
	{reIsTheirEn, "is the "},                         // "is their email verified" (verifiedEmail)
	{reTickedOff, "completed"},                       // "every chore has been ticked off" (shouldChoreDisabledTick)
	{reUntilDue, "until due"},                        // "days left until the library book is due" (daysUntilLibraryBookIsDue)
	{reCaseInsensitive, ""},                          // "dedupe the emails, case-insensitive" (deduplicateInsensitives)
	{reSoNewestFirst, "$1 first"},                    // "sort product reviews so the newest ones come first" (sort_come)
	{reStorageKeyFor, "key for the "},                // "localStorage key for the dark mode setting" (no constant)
	{reNarrowerPx, "narrow"},                         // "whether the viewport is narrower than 768px" (readsNarrower)
	{reUserTicked, "selected $1"},                    // "the cart line items the user ticked for checkout" (no name)
	{reListenerAnn, "listener"},                      // "@KafkaListener method for …"
	{reMessagesOnTopic, "the $1 event"},              // "messages on the order-created topic" (getCreatedMessageOrderTopic)
	{reSpringRepoMethod, "repository method"},        // "spring data repo method that finds …" (findDataRepo)
	{reBetweenMinMax, "by $1 range"},                 // "between a min and max price"
	{reStaysValid, "$1$3 ttl $2"},                    // "seconds an sms OTP code stays valid" (VALID_SMS_OTP_CODE_STAYS_SECONDS)
	{rePortByDefault, "the default port"},            // "the port the api server listens on by default" (defaultPortServer)
	{reShutsDown, "shuts down $1$2"},                 // "gracefully shuts the http server down" (httpServerDownShuts)
	{reWhenSignalIn, " on $1"},                       // "when SIGTERM comes in"
	{reReturnsRightAway, " and returns immediately"}, // "starts an ADC conversion and returns right away"
	{reResultInCallback, ""},                         // ", result comes in a callback" (on_adc_conversion_result)
	{reFlagIsrSets, "flag for whether "},             // "volatile flag the ISR sets when new sensor data is ready" (isr_flag)
	{rePolledInLoop, ""},                             // ", polled in the main loop"
	{reCapOnHowMany, "max $2 $1"},                    // "cap on how many enemies can be alive at once" (kBatchSize)
	{reCountingEn, "count of "},                      // "uint64 counting frames rendered" (started_counting_rendered_frame…)
	{reBeforeDrawing, ""},                            // "keeps only the enemies currently on screen before drawing" (is_enemies_drawing)
	{reConstTypeFor, "constant $1"},                  // "const int for max distinct items allowed in one cart" (MaxIntegersPerCart)
	{reCtrlCThat, "handler for SIGINT"},              // "ctrl-c handler that flips the shutdown flag" (no name)
	{reKeepTies, ""},                                 // "sort a Vec<Score> highest first, keep ties in order" (sort_draws_desc)
	{reSoWeCan, ""},                                  // "is the signup form valid so we can enable the submit button" (validSignupForm)
	{reMakesSure, "checks that "},                    // "before_action that makes sure current_user owns the post" (create_mine_sure_current_post)
	{reForWidget, ""},                                // "…, for the admin dashboard widget" ($widgetCount)
	{reBlocksPerMinute, "rate limits requests"},      // "middleware that blocks more than 60 requests/min per IP" (BlockMiddleware)
	{reSinceStarted, ""},                             // "frames rendered since the game started"
	{reHookReturning, "hook: whether "},              // "react hook returning whether the viewport is narrower …" (readsHook)
	{reKeepsOnScreen, "filters visible $1"},          // "keeps only the enemies currently on screen" (is_enemies_drawing)
	// the 35th session's readings
	{reTrueWhen, "flag for whether "},          // "const that's true when the build runs on CI" (BUILD)
	{reWholeOf, "$1 "},                         // "rebuild the whole search index" (search_wholes)
	{reBoundAllowed, "$1$2$3"},                 // "max number of visitors allowed inside the museum" (MAX_ALLOWED_VISITORS)
	{reGetterFor, "method that returns $1"},    // "getter for the user's full name" (getter)
	{rePathTo, "${1}path of the "},             // "the path to the config file" (path)
	{reLeaves, "${1}leave"},                    // "when a user leaves a chat room" (onChatRoomLeafed: leaves read as leaf)
	{reMarkEvery, "marks all ${1}s as"},        // "marks every notification as read" (markAllReads)
	{reDoesContain, "$1 $2 have $3"},           // "does the response JSON contain an error field" (contains)
	{reRowInList, "the $1 row"},                // "data class for one row in the order history list" (OrderHistory)
	{reRemoveDupes, "removes duplicates"},      // "remove duplicates from a list" (dedupe_duplicates)
	{reTypeForList, "type for the $1"},         // "union type for the payment method: card, bank transfer or kakao pay" (bankTransfer)
	{reValueObject, "class for "},              // "value object wrapping a money amount" (wrapping_value_object_money_amount)
	{reOnTheForm, "$1"},                        // "the check-out date on the booking form" ($bookingForm)
	{reHelperBool, ""},                         // "pytest helper, bool — is this string a valid ISO date?" (should_pytest_valid_string_iso_date)
	{reLastOf, "$1 $2$3 in the "},              // "returns the last n lines of a file" (lastFileNLines)
	{reAfterDiscount, "discounted $1 total"},   // "total amount of the order after discount" (TotalDiscountCount)
	{reWhatCall, ""},                           // "what do you call a map of entity id to component" (call_component)
	{rePersistedIn, ""},                        // "the selected language, persisted in DataStore" (savedSelectedUserLanguage)
	{reTurningInto, "converting $1 into"},      // "fn name for turning a list of dicts into a csv string" (get_converting_dicts)
	{reFieldStateQ, "$1 $2 $3"},                // "is the email field empty" (email)
	{reFieldIsState, "$1 $2 $3"},               // "whether the email field is empty" (isEmail)
	{reIsOutOf, "whether $1 is out of $2"},     // "is the bank ATM out of cash" (no name)
	{reHowManyAreIng, "how many $2 $1"},        // "how many orders are waiting in the kitchen queue" (order_count)
	{reCountVedSince, "$1 $3 $2"},              // "number of frames dropped since the stream started" (frame_count)
	{rePoro, "class that "},                    // "PORO that calculates shipping fees" (no class)
	{reSwiftArrayType, ""},                     // "꽃다발들 [Bouquet] 배열" (bouquetBouquets)
	{reGetsState, "is $1"},                     // "callback for when the battery gets low" (onBattery)
	{reHasToBeReturned, "for the $1 due date"}, // "LocalDate for when the rented bike has to be returned" (isRentedBikeReturned)
	{reScannerReads, "a barcode is scanned"},   // "when the barcode scanner at the grocery checkout reads a code" (HandleBarcodeScan)
	// the thirty-sixth session's readings (recurring questions of the read sets)
	{reStoredOnEntity, ""},                 // "failed login attempts stored on the account entity" (failedLoginAttemptAccountEntityCount)
	{reStopsBeingValid, "expires"},         // "when an insurance quote stops being valid" (isInsuranceQuoteValid)
	{reTimeHasLeft, "the remaining time"},  // "how much time a gym member has left on their membership" (MemberLeftAt: left as departed)
	{reShownOnThe, ""},                     // "unread notifications shown on the bell badge", "search terms shown under the search bar" (shownUnreadNotificationCount)
	{reListCapEn, "$1"},                    // "list of the user's recent search terms (max 10)": the list (maxRecentSearches)
	{reInsideRange, "$1 in range"},         // "enemies currently inside the turret's range" (isPrivateEnemyInProgress)
	{reReturnsBoolEn, "$1 function"},       // "does the password meet the rules? returns Boolean": a function that answers (was only variables)
	{reKeepOrderEn, ""},                    // "dedupe tags but keep the order they first appeared in" (deduplicate_appeared_order_tag_buts)
	{reModuleLevel, ""},                    // "module level constant for the default currency code" (DEFAULT_LEVEL)
	{reOffThread, " in the background"},    // "loads the texture off the render thread" (load_disabled_texture_render_thread)
	{reFnReturningFuture, "async $1 that"}, // "function returning std::future that geocodes …": async work (geocodeAddressAsync)
	{reReturnsTaskEn, "$1, async"},         // "method that sends the newsletter to every subscriber, returns a Task" (SendNewslettersAsync)
	// the thirty-eighth session's
	{reValueInUnitEn, "${1}in $2"},          // "TTL for cached FX rates, 15 minutes expressed in seconds": the value, not the name (CACHED_FX_RATE_EXPRESSED_TTL_SECONDS)
	{reStaticLetEn, "${1}constant "},        // Swift "static let for the default padding" (defaultLetPadding)
	{reTypeArrowEn, "${1}convert $2 to $3"}, // "Product entity -> ProductDto, method name?": a conversion (getProductEntity)
	{reTypeGuardTo, "function: is it a $1"}, // "type guard narrowing unknown to ApiError" (getNarrowUnknown)
	{reHowManyTimeLeft, "$1 left"},          // "returning how many seconds are left before it expires": a time left, not a count (getLeftCount)
	{reInMyStructEn, ""},                    // "VecDeque of pending jobs in my scheduler struct - field name?": where the field lives (Scheduler)
	{reFullyDoneEn, "$1"},                   // "whether an invoice is fully paid" (is_invoice)
	{reDtoPropertyEn, "$1"},                 // "user DTO property for the last time they logged in" ($userDto)
	{reMonoBehaviour, "component class"},    // "MonoBehaviour that manages the player's health" (no class)
	{reAfterNowEn, ""},                      // "returns the next class session after now" (HandleNextGet)
	{reRunsOutEn, "out of $1"},              // "the exception thrown when stock runs out" (OutRunException)
	{reRunOutEn, "expires"},                 // "the date a customer's warranty runs out" (customerWarrantyDate)
	{reSoFarEn, ""},                         // "the counter of retries attempted so far" (retryCountAttempt)
	{reAtomicTailEn, ""},                    // "counter of dropped packets, AtomicU64" (dropped_atomic_packet_u64_count)
	{reIsShowingEn, "is visible$1"},         // "whether the keyboard is showing" (isKeyboardInProgress)
	{reNotEnoughEn, "for insufficient $1"},  // "exception thrown at checkout when there isn't enough stock" (no class)
	{reKindLabelEn, "$1 for $2"},            // "constant: how many days the store holds a sofa" (a variable: the label went)
	{reOnesOfEn, "keep only the $2 $1"},     // "from a slice of shipments keep only the delayed ones" (no name)
	{reForSceneDashEn, ""},                  // "greenhouse monitoring script for a strawberry farm - list of …" (monitoring_greenhouse_scripts)
	{reEveryHourEn, "hourly $1$2"},          // "sensor readings collected every hour" (collected_readings)
	{reDependingOnEn, ""},                   // "splits one purchase order into shipments depending on which warehouse holds the stock" (splitWarehouse)
	{reMapperEn, "$1"},                      // "MapStruct mapper: Product entity -> ProductDto": the arrow is the conversion, not a map (getProductEntity)
}

const (
	reEndsInExt         = lazyRE(`(?i)\b(?:the\s+|this\s+|a\s+|its\s+)?(?:file\s*name|filename|file|path)\s+(?:ends?|ending)\s+(?:in|with)\s+\.([a-z0-9]{2,5})\b`)
	reEndsInExtKo       = lazyRE(`(?:파일\s*이름|파일명|파일|경로)(?:이|가)?\s*\.([A-Za-z0-9]{2,5})\s*(?:로|으로)\s*끝나는(지)?`)
	reExtFiles          = lazyRE(`(?i)\b(files|images|photos|paths)\s+(?:that\s+)?(?:end|ending)\s+(?:in|with)\s+\.([a-z0-9]{2,5})\b`)
	reJobThenWork       = lazyRE(`^(.*?)(잡|job|Job|워커|worker)\s*클래스(?:\s*이름)?\s*[,:—–-]\s*([^,.?!]+?)(?:거|것|\s거|\s것)?\s*[.?!]*$`)
	reListTypeKo        = lazyRE(`(^|\s)(?:std::(?:vector|deque|list|set|unordered_set)|vector|(?:List|ArrayList|MutableList|Vec|VecDeque|HashSet|IEnumerable|IList|ObservableCollection)<[^<>]*(?:<[^<>]*>[^<>]*)*>)(?:<[^<>]*(?:<[^<>]*>[^<>]*)*>)?`)
	reWithinKmKo        = lazyRE(`(^|\s)(?:(?:반경|거리)(?:가|이)?\s*)?\d+(?:\.\d+)?\s*(?:km|킬로미터|킬로|m|미터)\s*(?:이내|안|내)(?:에\s*있는|에\s*드는|인|의|에)?\s+`)
	reNameAskKo         = lazyRE(`(이름|네이밍|작명|변수명|변수\s이름|함수명|함수\s이름|메서드명|메소드명|클래스명|상수명|필드명|프로퍼티명)(?:은|을|으로|로)?\s+(?:뭐|머|뭘|무엇|어떤\s*게|어떤거|좋은|추천|골라|알려|지어|짓|정해|부탁|괜찮|쓰면|있을까|있나|있음|있어)[^.?!()]*[.?!]*(\s*(?:[(（][^()（）]*[)）])?\s*)$`)
	reMaxLimitKo        = lazyRE(`최대\s*\d+\s*(장|마리|권|대|곳|건|회|번)(?:\s*까지)?(?:\s*제한)?(\s*(?:상수|const|변수|#define|static|값|[,(]|$))`)
	reExtFilesKo        = lazyRE(`\.([A-Za-z0-9]{2,5})\s*(?:로|으로)\s*끝나는\s+(파일|이미지|사진)`)
	reTypedCounter      = lazyRE(`(?i)(^|[:,.;—–-]\s*)(?:an?\s+)?(?:u?int(?:8|16|32|64)(?:_t)?|s?size_t|[iu](?:8|16|32|64)|usize|long|int)\s+(counter|count|total|number)\b`)
	reTypeGuardAsk      = lazyRE(`(?i)\btype\s+guard\s*(?:[-–—:,]\s*(?:is\s+(?:this|the|it|an?)\s+(?:[a-z]+\s+)?(?:an?\s+)?)?|(?:for|that\s+checks\s+for)\s+(?:an?\s+)?)`)
	reInMyScene         = lazyRE(`(?i)([a-z])\s+in\s+(?:my|our)\s+(?:[a-z-]+\s+){0,3}(?:scheduler|app|game|project|service|server|backend|frontend|bot|tool|cli|library|program|site|website|dashboard|system)\s*([.?!]?)\s*$`)
	reEnoughFor         = lazyRE(`(?i)\benough\s+for\s+(?:the|a|an|our|my)\s+[a-z]+\s+to\s+[a-z]+\b`)
	reOutsideRange      = lazyRE(`(?i)(^|[^a-z])(?:outside|out\s+of)\s+(?:of\s+)?(?:the\s+)?(?:(?:valid\s+)?range\s+(?:of\s+)?)?-?\d[\d.]*\s*(?:-|–|to|\.\.)\s*-?\d[\d.]*(?:\s*%)?|\bout-of-range\b`)
	reClockHours        = lazyRE(`(?i)\b(12|24)\s*-?\s*(?:h|hr|hour)\s+(time|clock|format)\b`)
	reIntoAmPm          = lazyRE(`(?i)\b(?:into|to)\s+(?:something\s+like\s+|like\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?:\s+format)?`)
	reAppForScene       = lazyRE(`(?i)^(?:an?\s+|my\s+|our\s+)?(?:[a-z0-9+#.-]+\s+){0,3}(?:app|site|website|service|tool|project|bot|game|system|backend|dashboard|cli)\s+(?:for|of)\s+[^.?!:]{1,60}[.:]\s+`)
	reScriptThat        = lazyRE(`(?i)\b(?:(?:node|python|bash|shell|ruby|php|deno|cron|perl)\s+)?script\s+(that|which|to)\s+`)
	reMembersAfterDash  = lazyRE(`\s+[—–-]+\s+((?:[a-z][a-z ]{0,24},\s*){1,}(?:and\s+)?[a-z][a-z ]{0,24})\s*$`)
	reTakenBy           = lazyRE(`(?i)\s+taken\s+by\s+(?:the|a|an|our|each|every)\s+[^,.;:()?]+`)
	reHowManyRetries    = lazyRE(`(?i)\b(const(?:ant)?\s+(?:for\s+)?)how\s+many\s+times\s+(?:we\s+|to\s+|it\s+|should\s+we\s+|do\s+we\s+)?retry\b(?:\s+(?:the\s+)?((?:[a-z]+\s+){0,2}?[a-z]+?)(?:\s+(?:call|request))?\s+before\s+giving\s+up\b)?`)
	reDownToOnes        = lazyRE(`(?i)\b(?:filter|narrow|trim|cut|whittle)\s+((?:the\s+)?(?:[a-z]+\s+){0,3}?)down\s+to\s+(?:just\s+|only\s+)?the\s+ones\s+`)
	reDownTo            = lazyRE(`(?i)\b(?:filter|narrow|trim|cut|whittle)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:list\s+|array\s+|results\s+)?down\s+to\s+(?:just\s+|only\s+)?(?:the\s+)?`)
	reEndsSoon          = lazyRE(`(?i)\bends\s+soon\b`)
	reAfterJob          = lazyRE(`(?i)\s+after\s+(?:a|an|the|each|every)\s+(?:[a-z]+\s+)?(?:job|visit|appointment|repair|session|class|lesson|trip|shift)\b`)
	reDatePattern       = lazyRE(`['"‘’]?[yY]{2,4}[.\-/ ]?M{1,2}[.\-/ ]?d{1,2}['"‘’]?\s*(?:형식의?\s*|포맷의?\s*|형태의?\s*|format(?:ted)?\s+)?(?:문자열|스트링|string)`)
	reTrailingScene     = lazyRE(`(?i),\s*(?:(?:for\s+)?(?:a|an|the|my|our)\s+)?(?:[a-z'-]+\s+){0,3}(?:service|app|shop|store|site|website|project|backend|platform|company|business)\s*([.?!]?)\s*$`)
	reAgoExample        = lazyRE(`(?i)['"‘“][^'"’”]{0,20}\bago['"’”][\s-]*(?:style|like|format|formatted)\s+`)
	reTaggedAs          = lazyRE(`(?i)\b([a-z]+s)\s+tagged\s+(?:as\s+|with\s+)?['"]?([a-z-]+)['"]?`)
	reMaxSupports       = lazyRE(`(?i)\b((?:max(?:imum)?|most)\s+(?:number|count)\s+of\s+(?:[a-z-]+\s+){0,2}[a-z]+s)\s+(?:that\s+|which\s+)?(?:the|a|an|our|each|one|this|it)\s+(?:[a-z-]+\s+)?(?:supports|allows|accepts|can\s+(?:handle|hold|take|store|support))\b`)
	reSlashCommandOf    = lazyRE(`(?i)\b(?:(?:slack|discord|telegram)\s+)?slash\s+command\s+/([a-z][a-z0-9_-]*)`)
	reSignalHandlerThat = lazyRE(`(?i)\b((?:signal\s+)?handler\s+for\s+(?:the\s+)?SIG[A-Z]+(?:\s+signal)?)\s+(?:that|which)\s+[^,.;?]+`)
	reOverNumber        = lazyRE(`(?i)\b(is|are|was|were)\s+((?:the|this|its|a|an|my|our)\s+(?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:over|above|more\s+than|greater\s+than|higher\s+than)\s+[0-9]+(?:\.[0-9]+)?(?:\s*(?:%|[a-z/]+))?`)
	reUnderNumber       = lazyRE(`(?i)\b(is|are|was|were)\s+((?:the|this|its|a|an|my|our)\s+(?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:under|below|less\s+than|lower\s+than)\s+[0-9]+(?:\.[0-9]+)?(?:\s*(?:%|[a-z/]+))?`)
	reCurrentlyIn       = lazyRE(`(?i)\bcurrently\s+(in\s+(?:a|an|the))\b`)
	reTypeBeforeField   = lazyRE(`\b(?:LocalDateTime|LocalDate|ZonedDateTime|OffsetDateTime|DateTimeOffset|DateTime|Instant|NSDate|Date|Timestamp|time\.Time)\s+(field|property|val|var|variable|column|member|prop|attribute)\s+(?:on\s+[A-Za-z]+\s+)?for\b`)
	reAfterError        = lazyRE(`(?i)\s+(?:after|on)\s+(?:an?\s+)?(?:error|failure|failed\s+(?:attempt|request|load))\b`)
	reDelegateFor       = lazyRE(`(?i)\b(delegate\s+(?:method|function|func|callback))\s+for\s+when\b`)
	reLoadedFromFile    = lazyRE(`(?i)\s+(?:loaded|read|parsed)\s+from\s+\S+\.(?:ya?ml|json|toml|ini|env|xml|csv|properties)\b`)
	reClockAside        = lazyRE(`(?i)\s*\(\s*(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)\s*\)`)
	reEvery             = lazyRE(`(?i)\s+every\s+(?:\d+(?:ms|s|m|h)|(?:n|\d+|few)\s+(?:epochs?|steps?|iterations?|batches?|frames?|ticks?))\b`)
	reWhenDoing         = lazyRE(`(?i)\s+(?:when|while)\s+(?:detecting|checking|searching|traversing|walking|iterating|scanning|building|computing)\b[^,.;?]*`)
	reRowsWhere         = lazyRE(`(?i)\brows\s+where\s+(?:the\s+)?([a-z_]+)(?:\s+column)?\s+(?:is|are)\s+([a-z]+)\b`)
	reDismissWhen       = lazyRE(`(?i)\b(dismiss|hide|close)\s+(the\s+)?(keyboard|dropdown|menu|modal|popup|popover|sheet)\s+when\s+[^,.?]*`)
	reTimeLeftType      = lazyRE(`\b(?:TimeInterval|Duration|TimeSpan)\s+(left|remaining)\s+until\b`)
	reItsIs             = lazyRE(`(?i)\b(it|that|there)['’]s\b`)
	reConstexpr         = lazyRE(`(?i)\b(?:static\s+)?constexpr\b`)
	reStoreAction       = lazyRE(`(?i)\b(?:(?:zustand|redux|pinia|vuex|mobx)\s+)?store\s+action\s+(that|to|which)\b`)
	reEmptiesEn         = lazyRE(`(?i)\b(that|which|it)\s+empties\b`)
	reRepoThatStores    = lazyRE(`(?i)\b(?:repo|repository|store|dao)\s+(?:that|which)\s+(?:stores|holds|saves|persists|manages|keeps)\s+(?:the\s+)?([a-z]+)\s+(?:records|data|entries|rows|objects|entities)\b`)
	reDashLabel         = lazyRE(`(?i)^((?:(?:computed|extension|static|helper|private|instance)\s+)?(?:property|method|field|function|fn|func|val|var|getter|predicate|bool(?:ean)?)(?:\s+(?:on|of|in)\s+(?:the\s+)?[A-Za-z]+(?:\s+(?:data\s+)?(?:class|struct|model|record|entity))?)?)\s+[-–—]+\s+`)
	reIsTheirEn         = lazyRE(`(?i)\bis\s+(?:their|his|her|its)\s+`)
	reTickedOff         = lazyRE(`(?i)\b(?:ticked|checked|crossed)\s+off\b`)
	reUntilDue          = lazyRE(`(?i)\buntil\s+(?:the\s+|it\s+)?(?:[a-z]+\s+){0,3}?(?:is|are)\s+due\b`)
	reCaseInsensitive   = lazyRE(`(?i),?\s*\(?\s*case[- ]?insensitive(?:ly)?\s*\)?`)
	reSoNewestFirst     = lazyRE(`(?i)\bso\s+(?:that\s+)?the\s+(newest|oldest|latest|highest|lowest|biggest|smallest|cheapest|most\s+recent)\s+(?:ones?\s+)?(?:come|are|appear|show\s+up|shows?)\s+first\b`)
	reStorageKeyFor     = lazyRE(`(?i)\b(?:localStorage|sessionStorage|UserDefaults|SharedPreferences|DataStore|AsyncStorage|storage|cache|redis)\s+key(?:\s+constant)?\s+(?:for|of)\s+(?:the\s+)?`)
	reNarrowerPx        = lazyRE(`(?i)\b(?:narrower|smaller|less|thinner)\s+than\s+\d+\s*px\b`)
	reUserTicked        = lazyRE(`(?i)\b((?:[a-z]+\s+){0,2}items?)\s+(?:the\s+user|users?|they|we)\s+(?:ticked|checked|selected|picked|chose)(?:\s+for\s+[a-z]+)?\b`)
	reListenerAnn       = lazyRE(`@(?:KafkaListener|RabbitListener|SqsListener|JmsListener|EventListener)\b`)
	reMessagesOnTopic   = lazyRE(`(?i)\b(?:messages|events)\s+on\s+(?:the\s+)?([a-z-]+)\s+(?:topic|queue|channel|stream)\b`)
	reSpringRepoMethod  = lazyRE(`(?i)\bspring\s+data\s+(?:jpa\s+)?(?:repo|repository)\s+method\b`)
	reBetweenMinMax     = lazyRE(`(?i)\bbetween\s+(?:a|the)\s+min(?:imum)?\s+and\s+(?:a\s+|the\s+)?max(?:imum)?\s+([a-z]+)\b`)
	reStaysValid        = lazyRE(`(?i)(^|[-–—:,]\s*)(seconds|minutes|hours|days|milliseconds|ms)\s+(?:an?\s+|the\s+)?((?:[a-z]+\s+){0,3}?[a-z]+)\s+(?:stays|remains|is)\s+valid\b`)
	rePortByDefault     = lazyRE(`(?i)\bthe\s+port\s+(?:that\s+)?(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:listens|runs|binds|serves)(?:\s+on)?\s+by\s+default\b`)
	reShutsDown         = lazyRE(`(?i)\bshuts?\s+(the\s+)?((?:[a-z]+\s+)?[a-z]+)\s+down\b`)
	reWhenSignalIn      = lazyRE(`\s+when\s+(SIG[A-Z]+)\s+(?:comes\s+in|arrives|is\s+received)\b`)
	reReturnsRightAway  = lazyRE(`(?i)\s+and\s+returns\s+right\s+away\b`)
	reResultInCallback  = lazyRE(`(?i),\s*(?:the\s+)?result\s+(?:comes|arrives|is\s+delivered)\s+(?:in|via|through)\s+(?:a\s+)?callback\b`)
	reFlagIsrSets       = lazyRE(`(?i)\bflag\s+(?:that\s+)?the\s+(?:ISR|interrupt(?:\s+handler)?|callback)\s+sets\s+when\s+`)
	rePolledInLoop      = lazyRE(`(?i),\s*polled\s+in\s+the\s+main\s+loop\b`)
	reCapOnHowMany      = lazyRE(`(?i)\b(?:cap|limit)\s+on\s+how\s+many\s+([a-z]+)\s+(?:can|may)\s+be\s+([a-z]+)(?:\s+at\s+once)?`)
	reCountingEn        = lazyRE(`(?i)\b(?:u?int(?:8|16|32|64)?(?:_t)?|size_t|counter)\s+counting\s+`)
	reBeforeDrawing     = lazyRE(`(?i)\s+before\s+(?:drawing|rendering|displaying)(?:\s+(?:the|a|an|it|them)(?:\s+[a-z-]+){0,3})?`)
	reConstTypeFor      = lazyRE(`(?i)\bconst(?:ant)?\s+(?:u?int(?:8|16|32|64)?(?:_t)?|long|float|double|string|bool|size_t)\s+(for|of)\b`)
	reCtrlCThat         = lazyRE(`(?i)\bctrl[- +]?c\s+handler(?:\s+(?:that|which)\s+[^,.;?]+)?`)
	reKeepTies          = lazyRE(`(?i),?\s*(?:and\s+)?keep(?:ing)?\s+ties\s+in\s+(?:their\s+)?(?:original\s+)?order\b`)
	reSoWeCan           = lazyRE(`(?i)\s+so\s+(?:that\s+)?(?:we|i|you|they)\s+can\s+[^,.?]*`)
	reMakesSure         = lazyRE(`(?i)\bmakes?\s+sure\s+(?:that\s+)?`)
	reForWidget         = lazyRE(`(?i),\s*for\s+(?:the\s+|a\s+)?(?:[a-z]+\s+){0,3}(?:widget|page|screen|view|dashboard|report|chart|template)\s*$`)
	reBlocksPerMinute   = lazyRE(`(?i)\bblocks?\s+more\s+than\s+\d+\s+requests?\s*(?:/|per|a)\s*(?:min(?:ute)?|sec(?:ond)?|hour)(?:\s+per\s+ip)?`)
	reSinceStarted      = lazyRE(`(?i)\s+since\s+the\s+(?:game|app|program|server|process|level|match|session)\s+(?:started|launched|booted|began)\b`)
	reHookReturning     = lazyRE(`(?i)\bhook\s+(?:that\s+)?(?:returns|returning|telling|that\s+tells)\s+whether\s+`)
	reTrueWhen          = lazyRE(`(?i)\b(?:a\s+|the\s+)?(?:const|constant|bool|boolean|flag|var|variable|value|property|prop|field|state)\s+(?:that(?:'s|\s+is|\s+becomes|\s+gets\s+set\s+to|\s+is\s+set\s+to)|which\s+is)\s+true\s+(?:when|if|while|whenever|once|as\s+long\s+as)\s+`)
	reWholeOf           = lazyRE(`(?i)\b(the|a|an|our|my|your|its|their)\s+(?:whole|entire)\s+`)
	reBoundAllowed      = lazyRE(`(?i)\b(max(?:imum)?|min(?:imum)?)\b((?:\s+[a-z]+){1,4}?)\s+(?:allowed|permitted)(?:\s+inside\s+(?:the\s+|a\s+)?[a-z]+)?(?:\s+at\s+(?:once|a\s+time))?(\s*(?:[,.;)?]|$)|\s+for\b)`)
	reGetterFor         = lazyRE(`(?i)\bgetter\s+(?:method\s+|function\s+|fn\s+)?(?:for|of|that\s+returns|returning)\s+((?:the|a|an)\s+)?`)
	reLeaves            = lazyRE(`(?i)(\b(?:a|the|any|each)\s+(?:user|player|member|client|participant|guest|customer|peer|viewer|attendee|student|employee|worker|bot)\s+|\b(?:someone|somebody|he|she|they)\s+)leaves\b`)
	reMarkEvery         = lazyRE(`(?i)\bmarks?\s+every\s+([a-z]+?)s?\s+as\b`)
	reDoesContain       = lazyRE(`(?i)\b(does|do)\s+([^?,]{1,40}?)\s+contain\s+(an?|any)\b`)
	reRowInList         = lazyRE(`(?i)\b(?:one|a\s+single|each|a|the)\s+(?:row|entry|line)\s+(?:in|of)\s+(?:the\s+|a\s+|my\s+)?([a-z]+(?:\s+[a-z]+)?)\s+(?:list|screen|recycler\s*view|list\s*view|feed)\b`)
	rePathTo            = lazyRE(`(?i)(^\s*|\b(?:the|a)\s+)path\s+to\s+(?:the\s+|a\s+|an\s+)?`)
	reTimeToDo          = lazyRE(`(?i)\b(?:how\s+long|(?:the\s+)?(?:time|duration)|(?:the\s+)?elapsed\s+time)\s+(?:it\s+(?:took|takes)\s+to\s+([a-z]+)|(?:spent|taken)\s+(?:to\s+([a-z]+)|([a-z]+ing))|of\s+([a-z]+ing))\s+(?:the\s+|a\s+|an\s+|one\s+|each\s+|every\s+)?([a-z]+)\b`)
	reRemoveDupes       = lazyRE(`(?i)\b(?:remove|drop|strip|eliminate)\s+(?:the\s+|any\s+|all\s+)?duplicates\b`)
	reTypeForList       = lazyRE(`(?i)\b(?:union\s+type|type|enum|sealed\s+(?:class|interface)|string\s+union)\s+for\s+(?:the\s+|a\s+|an\s+)?([a-z][a-z ]{0,40}?)\s*[:—–]\s*[a-z][^.?]*`)
	reValueObject       = lazyRE(`(?i)\bvalue\s+object\s+(?:class\s+)?(?:wrapping|for|holding|that\s+wraps|that\s+holds|representing)\s+`)
	reOnTheForm         = lazyRE(`(?i)\b(date|time|field|input|value|amount|email|name|address|number)\s+on\s+the\s+(?:[a-z-]+\s+){0,2}(?:form|page|screen|modal|dialog)\b`)
	reHelperBool        = lazyRE(`(?i)^\s*(?:[a-z]+\s+)?(?:test\s+)?(?:helper|util|utility|function|fn|method)\s*,\s*(?:bool|boolean)\s*[—–:-]+\s*`)
	reLastOf            = lazyRE(`(?i)\b(last|first)\s+((?:n|\d+)\s+)?([a-z]+s)\s+of\s+(?:a|an|the|this|that)\s+`)
	reAfterDiscount     = lazyRE(`(?i)\b(?:the\s+)?(?:total(?:\s+amount)?|amount|subtotal)\s+(?:of\s+(?:the|an?)\s+([a-z]+)\s+)?after\s+(?:the\s+|a\s+)?discounts?\b`)
	reWhatCall          = lazyRE(`(?i)^\s*(?:so\s+)?what\s+(?:do|would|should|could)\s+(?:you|i|we)\s+call\s+`)
	rePersistedIn       = lazyRE(`(?i),?\s*(?:persisted|stored|saved|kept|cached)\s+in\s+(?:the\s+)?(?:DataStore|UserDefaults|localStorage|sessionStorage|SharedPreferences|AsyncStorage|Redis|db|database|a\s+cookie|cookies|memory)\b`)
	reTurningInto       = lazyRE(`(?i)\bturning\s+(.{1,60}?)\s+into\b`)
	reForUseParenKo     = lazyRE(`\s*\([^()]*\)\s*용|\s*\([^()]*용\)`)
	reToWithoutVerbKo   = lazyRE(`(을|를)\s+([^을를]{0,40}?(?:문자열|형식|포맷|단위|숫자|정수|실수|배열|리스트|객체|JSON|json|CSV|csv|날짜|타임스탬프|바이트|16진수|hex))(으로|로)\s*[.?]?\s*$`)
	reFindByKo          = lazyRE(`(\S+?)(?:으로|로)\s+(?:찾는|조회하는|검색하는|꺼내는)\s+(\S+)\s+(맵|Map|딕셔너리|dict|해시|HashMap|해시맵)`)
	reByObjectKo        = lazyRE(`(\S+별\s+\S+)\s+(?:객체|오브젝트)(\s|$)`)
	rePluralVectorKo    = lazyRE(`들\s+(?:벡터|vector|Vec)`)
	reDidDoes           = lazyRE(`(?i)^\s*(did|does)\s+(the|a|an|this|that|my|our|their|its|his|her)\s+([a-z]+)\s+([a-z]+)\b`)
	reFieldStateQ       = lazyRE(`(?i)\b(is|are)\s+(the\s+[a-z]+)\s+(?:field|input|input\s+field|text\s*box)\s+(empty|blank|filled|valid|invalid|focused|disabled|dirty|touched)\b`)
	reFieldIsState      = lazyRE(`(?i)\b(the\s+[a-z]+)\s+(?:field|input|input\s+field|text\s*box)\s+(is|are)\s+(empty|blank|filled|valid|invalid|focused|disabled|dirty|touched)\b`)
	reIsOutOf           = lazyRE(`(?i)^\s*is\s+(the\s+(?:[a-z]+\s+){0,2}?[a-z]+)\s+out\s+of\s+([a-z]+)`)
	reHowManyAreIng     = lazyRE(`(?i)\bhow\s+many\s+([a-z]+)\s+are\s+(?:currently\s+|now\s+)?([a-z]+ing)\b`)
	reCountVedSince     = lazyRE(`(?i)\b(number\s+of|count\s+of)\s+([a-z]+s)\s+([a-z]+ed)\s+since\b`)
	rePoro              = lazyRE(`(?i)\b(?:a\s+)?(?:PORO|POJO|POCO|plain\s+old\s+(?:ruby|java|c#)\s+object)\s+(?:that|which)\s+`)
	reStoredOnEntity    = lazyRE(`(?i)\s+(?:stored|kept|saved|persisted)\s+(?:on|in)\s+(?:the|an?|each|every)\s+[a-z]+\s+(?:entity|table|model|record|struct|class|document|object)\b`)
	reTimeHasLeft       = lazyRE(`(?i)\bhow\s+much\s+time\s+(?:[a-z]+\s+){1,3}?(?:has|have)\s+left\b`)
	reShownOnThe        = lazyRE(`(?i)\s+(?:shown|displayed)\s+(?:on|in|under|next\s+to|above|below|beside)\s+the\s+[a-z]+(?:\s+[a-z]+)?\b`)
	rePlacedBesideKo    = lazyRE(`(?:\S+\s+){0,3}\S+\s+(?:옆|위|아래|밑)에\s+(?:띄울|표시할|보여줄)\s+`)
	reAssignmentLabelKo = lazyRE(`^[^()]{0,24}과제\)\s*`)
	reStyleNoteKo       = lazyRE(`(?:인데|는데)?\s+[A-Za-z_]+\s+(?:붙이지|쓰지|넣지)\s+(?:말라고|말래|말라는|말래서)[^,.]*$`)
	reClockLikeKo       = lazyRE(`((?:밀리)?초[^'"\d]{0,12})['"]?\b\d{1,2}:\d{2}(?::\d{2})?['"]?\s*(처럼|같은|같이|형식|형태)`)
	reWidthSizeKo       = lazyRE(`(가로|세로)\s*(?:크기|사이즈|길이)\s*`)
	reHowManyHangKo     = lazyRE(`몇\s*(개|명|건)\s*(?:달렸|달려\s*있|붙었|붙어\s*있|쌓였|쌓여\s*있)는지`)
	rePutInGetKo        = lazyRE(`(\S+?)(?:을|를)?\s*넣으면\s+(\S+?)(?:이|가)?\s*(?:나오는|튀어나오는|돌려주는|리턴하는|반환하는)`)
	reFindObjByKo       = lazyRE(`(\S+?)(?:으로|로)\s+(\S+?)(?:을|를)?\s+(?:찾는|조회하는|꺼내는|찾아주는)\s+(캐시|인덱스|테이블)`)
	reBoolReturnedKo    = lazyRE(`(인지|는지|은지|건지|ㄴ지)\s*(?:bool|Bool|boolean|Boolean|불리언|불린|참\s*거짓)\s*(?:로|으로|값으로)?\s*(?:돌려주는|반환하는|리턴하는|주는|내는)`)
	reWhenRunsKo        = lazyRE(`(때|시)\s+(?:(?:델리게이트|delegate)로\s+알려주는|타는|훅에\s+(?:거는|걸|걸어둘|등록하는|등록할|다는|달))\s+(메서드|메소드|함수|콜백)`)
	reFixedArrayKo      = lazyRE(`(?:\d+\s*칸\s*)?고정\s*(?:크기\s*|길이\s*)?배열`)
	reStaticLetEn       = lazyRE(`(^|\s)static\s+let(?:\s+(?:for|of))?(\s|$)`)
	reFaultStateKo      = lazyRE(`(폴트|에러|오류|장애|고장|fault|error)\s*상태인지`)
	reTimesHappenedKo   = lazyRE(`(\S+?)(?:이|가)\s*몇\s*번\s*(?:났|일어났|발생했|터졌|생겼|있었|걸렸)는지`)
	reStatusBecomesKo   = lazyRE(`(\S+)\s+상태가\s+(\p{Hangul}+?)(?:으로|로)\s*(?:바뀔|바뀌었을|바뀐|변경될|변경됐을|변경되었을|전환될)\s*때`)
	reBodyReceivedKo    = lazyRE(`(?:요청\s*)?(?:바디|본문|body|Body)(?:로|으로)\s*(?:받는|들어오는|받을)\s+((?:\S+\s+)?(?:pydantic|Pydantic|모델|DTO|dto|스키마|클래스|구조체|타입|인터페이스|struct|record|data\s*class))`)
	reQueuedRunKo       = lazyRE(`(?:을|를)?\s*(?:큐|queue|백그라운드)(?:로|에서)\s*(?:돌리려고|돌리는|돌릴|처리하려고|넣어서\s*돌리는)`)
	reKindMadeKo        = lazyRE(`(클래스|함수|메서드|메소드|변수|상수|enum|인터페이스|구조체|class)\s*(?:하나\s*)?(?:만드는데|만들려는데|만들건데|만들\s*건데|짜는데)\s*(이름|네이밍|뭐)`)
	reMonoBehaviour     = lazyRE(`(?:MonoBehaviour|모노비헤이비어)(?:\s*(?:클래스|스크립트|컴포넌트))?`)
	reTypeGuardKo       = lazyRE(`타입\s*가드(\s*$|\s+(?:이름|뭐|좀|추천))`)
	reLinterNoteKo      = lazyRE(`(?i),?\s*(?:루보캅|rubocop|린트|린터|eslint|pylint|clippy|클리피|ktlint|golint|phpcs)(?:에|이|가|도)?\s*(?:통과하게|통과되게|통과할\s*수\s*있게|통과하도록|안\s*걸리게|안\s*걸리도록|맞게|맞춰서|기준으로|기준)`)
	reFixedValueKo      = lazyRE(`\s*고정\s*값`)
	reServesListKo      = lazyRE(`(목록|리스트|정보|데이터|결과|JSON|json)\s*(?:을|를)?\s*내려주는\s+(http|HTTP|api|API|핸들러|엔드포인트|라우트|컨트롤러)`)
	reFormRequestKo     = lazyRE(`FormRequest\s*(?:클래스\s*)?(?:이름\s*)?[,:]?\s*(\S+(?:\s+\S+)?)\s*(?:검증용|유효성\s*검사용|검증하는|validation용)`)
	reLeadKindLabelKo   = lazyRE(`^(?:라라벨|레일즈|스프링)?\s*(?:큐\s*)?(잡|job|Job|이벤트\s*리스너|리스너)(?:\s*클래스)?\s*[,:]\s*(.+?)(?:\s*거|\s*것)?\s*$`)
	reUStructKo         = lazyRE(`\bUSTRUCT\b`)
	reUEnumKo           = lazyRE(`\bUENUM\b`)
	reUnionMembersKo    = lazyRE(`(유니온\s*타입|union\s*type|enum|열거형)\s*[—–:-]+\s*'.*$`)
	reMapByKo           = lazyRE(`맵\s+로(\s)`)
	reMapTypeKo         = lazyRE(`(^|\s)(?:` + mapTypeKo + `)`)
	reLeadMapTypeKo     = lazyRE(`^\s*(?:` + mapTypeKo + `)\s+([^\s로으을를이가은는])`)
	reListCapKo         = lazyRE(`(리스트|목록|배열)\s*\(\s*최대\s*\d+\s*개[^)]*\)`)
	reCapHeldListKo     = lazyRE(`최대\s*\d+\s*개(?:까지)?\s*(?:들고|담고|보관하고|저장하고|유지하고|갖고|가지고)\s*있는\s*(리스트|목록|배열)`)
	reListCapEn         = lazyRE(`(?i)^((?:an?\s+)?(?:list|array|vector)\s+of\b.*?)\s*\((?:max|at most|up to)\.?\s*\d+\)`)
	reKeepOrderEn       = lazyRE(`(?i),?\s+(?:but|while|and)\s+(?:keep|keeping|keeps|preserve|preserving|preserves)\s+(?:the\s+|their\s+)?(?:original\s+|first\s+)?(?:order|ordering|sequence)\b[^,.?]*`)
	reSceneForEn        = lazyRE(`(?i)^\s*(?:(?:a|an|the|our|my)\s+)?(?:[\w'+#.-]+\s+){0,3}?(?:app|application|backend|system|site|website|platform|dashboard|tool|bot|game|server|firmware|plugin|shop|kiosk|portal)\s+for\s+(?:(?:a|an|the|our|my)\s+)?(?:[\w'-]+\s+){0,6}?[\w'-]+\s*(?:[,:—–]|\.\s|\s-)\s*`)
	reModuleLevel       = lazyRE(`(?i)\b(?:module|package|file|class|top)[- ]level\s+`)
	reOffThread         = lazyRE(`(?i)\s+off\s+the\s+(?:main|render|ui|game|calling|request)\s+thread\b`)
	reFnReturningFuture = lazyRE(`(?i)\b(function|method|fn|func)\s+(?:returning|that\s+returns)\s+(?:a\s+|an\s+)?` + futureTypeEn + `\s+that\b`)
	reReturnsTaskEn     = lazyRE(`(?i)(\w)\s*,?\s*(?:and\s+|which\s+)?(?:returns|returning)\s+(?:a\s+|an\s+)?` + futureTypeEn + `(?:\s+with\s+[^,.?]*)?`)
	reReturnsBoolEn     = lazyRE(`(?i)(\?)\s*-?\s*returns?\s+(?:a\s+)?(?:bool|boolean)\b\.?`)
	reInsideRange       = lazyRE(`(?i)\b([a-z]+s)\s+(?:currently\s+)?(?:inside|within)\s+(?:the\s+)?(?:[a-z]+'s\s+)?(?:aggro\s+|attack\s+)?(?:range|radius)\b`)
	reStopsBeingValid   = lazyRE(`(?i)\bstops?\s+being\s+(?:valid|usable|active)\b`)
	reGoesIntoKo        = lazyRE(`([가-힣A-Za-z0-9]+)에\s*들어갈\s+([^수때거것\s][^\s]*)`)
	reSwiftArrayType    = lazyRE(`\s*\[[A-Z][A-Za-z0-9]*\]`)
	reGetsState         = lazyRE(`(?i)\bgets\s+(low|full|empty|hot|cold|stale|busy|idle|dark)\b`)
	reHasToBeReturned   = lazyRE(`(?i)\b(?:for\s+)?when\s+(?:the\s+|a\s+)?((?:[a-z]+\s+){0,2}[a-z]+)\s+(?:has\s+to|have\s+to|needs?\s+to|must)\s+be\s+(?:returned|given\s+back|brought\s+back)\b`)
	reScannerReads      = lazyRE(`(?i)\b(?:the\s+)?(?:usb\s+)?barcode\s+scanner\b(?:\s+at\s+the\s+[a-z]+(?:\s+[a-z]+)?)?\s+reads\s+(?:a|an|the)\s+(?:code|barcode|isbn|label)\b`)
	reKeepsOnScreen     = lazyRE(`(?i)\bkeeps?\s+only\s+(?:the\s+)?([a-z]+s)\s+(?:currently\s+|that\s+are\s+)?on\s+(?:the\s+)?screen\b`)
	reReactiveHolder    = lazyRE(`(?i)(^|[:,.;—–-]\s*)(?:an?\s+|the\s+)?(?:mutable)?(?:state\s*flow|shared\s*flow|live\s*data|behavior\s*subject|observable|subject|signal|published\s+var|@published\s+var)(?:<[^<>]*>)?\s+(?:(?:val|var|property|field)\s+)?(of|holding|for|with|that\s+holds|containing|that\s+emits|emitting)\s+`)
	reAdultAge          = lazyRE(`(?i)\b(is|are)\s+((?:the|this|a|an|my|our|their)\s+(?:user|client|customer|member|patient|player|applicant|student|buyer|visitor|guest|person|driver|participant|attendee)\s+)?(?:at\s+least\s+|over\s+|older\s+than\s+)?(?:18|19|20|21)(?:\+|\s+or\s+(?:older|over))?(?:\s+years?\s+old)?(\s*$|\s*[?.!,(])`)
	reHasToBe           = lazyRE(`(?i)\b(?:has|have|needs?)\s+to\s+be\b`)
	reRequestTailEn     = lazyRE(`(?i)\s*[,.;—–-]\s*(?:(?:pls|please|plz|can\s+you|could\s+you)\s+)?(?:help\s+me\s+name\s+(?:it|this|them)|suggest\s+(?:a\s+|some\s+)?names?|thoughts|name\s+suggestions?(?:\s+welcome)?|(?:ideas|suggestions)\s+welcome|any\s+suggestions|naming\s+help)(?:\s+(?:pls|please|plz|thanks|thx))?\s*[?.!]*\s*$`)
	reToEmpty           = lazyRE(`(?i)\bto\s+empty\s+(the|a|an|my|our|this|all|every)\b`)
	reIsNotYetEn        = lazyRE(`(?i)\b(is|are|was|were)\s+((?:the|this|that|a|an|my|our|its)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+not\s+(?:yet\s+)?(read|seen|sent|paid|shipped|processed|answered|approved|reviewed|opened|verified|confirmed|assigned|synced|uploaded|delivered|published|resolved|acknowledged)(?:\s+yet)?\b`)
	reNotYetEn          = lazyRE(`(?i)(^|\b(?:of|the|all|any|some|many|which|with|only)\s+)([a-z]{3,}s)\s+(?:that\s+(?:are|were|have\s+been|has\s+been)\s+)?not\s+(?:yet\s+)?(read|seen|sent|paid|shipped|processed|answered|approved|reviewed|opened|verified|confirmed|assigned|synced|uploaded|delivered|published|resolved|acknowledged)(?:\s+yet)?\b`)
	rePoliteTailEn      = lazyRE(`(?i)[,\s]+(?:pls|plz|please|thanks|thank\s+you|thx|ty|asap)\s*[!?.~]*\s*$`)
	reOrNotEn           = lazyRE(`(?i)(^|:\s*)(?:the\s+)?((?:[a-z]+\s+){0,2}?[a-z]+)\s+(open|closed|visible|hidden|enabled|disabled|active|valid|empty|full|online|offline|ready|done|paid|expired|locked|selected|checked|loading|saved|muted|playing)\s+or\s+not\b`)
	reStateVarEn        = lazyRE(`(?i)\bstate\s+(?:var|variable)\b`)
	reSlashStateEn      = lazyRE(`(?i)\b(open|enabled|visible|on|active|shown|expanded|checked)\s*/\s*(?:closed|disabled|hidden|off|inactive|collapsed|unchecked)\b`)
	reTimesRetry        = lazyRE(`(?i)\b(max(?:imum)?)\s+(?:number\s+of\s+)?times\s+(?:(?:we|you|i|it|they)\s+(?:can\s+|will\s+|should\s+|may\s+)?|to\s+)?(?:retry|re-try)\s*(?:an?\s+|the\s+)?((?:[\w-]+\s+){0,2}?[\w-]+?)?(?:\s+(?:to|for|in|on|at|from|after|before|when|if|per)\b[^,.?!]*)?(\s*[,.?!]|\s*$)`)
	reDoesExpire        = lazyRE(`(?i)\bdoes\s+((?:[\w']+\s+){1,4}?)expire\s+soon\b`)
	reStepsWalked       = lazyRE(`(?i)\bsteps\s+(?:walked|taken)\b`)
)

const reToOrderBy = lazyRE(`(?i)\bto\s+order\s+((?:[a-z]+\s+){1,3}by)\b`)

// reTimeOfNext: a time of the next (upcoming, first) thing is the thing's
// time, said the way a name says it; the thing ends before a preposition or
// clause. (The last one's time is read elsewhere: last_heartbeat_at.)
const reTimeOfNext = lazyRE(`(?i)\b(date|timestamp|instant|datetime|day|start time|end time|time)(?:_point)?\s+of\s+(?:the|its)\s+(next|upcoming|first)\s+((?:[a-z]+\s+){0,2}?[a-z]+?)(\s+(?:given|for|in|on|at|from|after|before|that|which|when|with|of|to|and|or|is|was|will|should|by)\b|\s*[,.?()!:;]|\s*$)`)

const (
	reSomeone         = lazyRE(`(?i)\b(?:someone|somebody|anyone|anybody)\s+`)
	reReactsTo        = lazyRE(`(?i)\b(that|which|method|function|fn)\s+reacts?\s+to\b`)
	reWhichDateIs     = lazyRE(`(?i)\bwhich\s+(?:date|day|time)\s+is\s+(?:the\s+)?`)
	reSoItsClause     = lazyRE(`(?i)\s+so\s+(?:that\s+)?(?:its|it|they|their)\b[^,.?]*`)
	reAfterChange     = lazyRE(`(?i)\s+after\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:change|changes|changed|have\s+moved|has\s+moved|move|moved|have\s+changed|has\s+changed)\b`)
	reInThisCall      = lazyRE(`(?i)\s+in\s+(?:this|that|each|the)\s+\S+\s+call\b`)
	reGlobalHolding   = lazyRE(`(?i)\bglobal\s+(?:volatile\s+|static\s+)?(holding|for|that|storing)\b`)
	reNewtypeOn       = lazyRE(`\bon\s+(?:a|an|the)\s+([A-Z]\w*)\s+(?:newtype|wrapper|value\s+type)\b`)
	reUsedOnAll       = lazyRE(`(?i)\b([a-z]+(?:\s+[a-z]+)?)\s+used\s+(?:on|by|for|in|across)\s+(?:all|every|each)\s+(?:the\s+)?([a-z]+?)s?\b`)
	reDoesSupport     = lazyRE(`(?i)\bdoes\s+(?:the|this|a|an|our|my)\s+[a-z]+\s+support\s+`)
	reSharedFor       = lazyRE(`(?i)\b(module|mixin|concern|trait|interface|protocol)\s+(?:of|with)\s+shared\s+(?:behaviou?r|logic|methods|code)\s+for\s+`)
	reAccessorReturns = lazyRE(`(?i)\baccessor\s+(?:that|which)\s+returns\s+`)
	reFiresWhen       = lazyRE(`(?i)\b(that|which)\s+fires\s+(?:when|once|after)\b`)
	reCountingLead    = lazyRE(`(?i)^\s*counting\s+`)
	reLongPress       = lazyRE(`(?i)\blong-press(es|ed|ing)?\b`)
	reTextInChanges   = lazyRE(`(?i)\bthe\s+(text|value|content|selection)\s+in\s+the\s+((?:[a-z]+\s+){0,2}[a-z]+)\s+(changes|changed|is\s+edited)\b`)
	reWalkAnd         = lazyRE(`(?i)\b(?:walks|traverses|scans|iterates\s+over|loops\s+over|goes\s+through)\s+(?:a|the|each|every)\s+[a-z]+(?:\s+[a-z]+)?\s+and\s+`)
	reTrueWhileEn     = lazyRE(`(?i)(^\s*|[—–:,]\s*|\s-\s)true\s+(?:while|when|if|as\s+long\s+as)\s+`)
	reCommaSoThe      = lazyRE(`(?i),\s*so\s+(?:the|that|we|users?)\s+[^.?]*`)
	reBodyWhen        = lazyRE(`(?i)\brequest\s+body\s+(?:when|for\s+when)\s+(?:a|the)\s+[a-z]+\s+([a-z]+)s\s+(?:their|his|her|its|the|a)\s+([a-z]+)`)
	reRatherThan      = lazyRE(`(?i)\s+(?:rather\s+than|as\s+opposed\s+to)\s+[^,.?]*`)
	reTypeGuardTo     = lazyRE(`(?i)\btype\s+guard\b[^,?]*?\b(?:to|into|as)\s+(?:an?\s+)?([A-Za-z]\w*)\b.*$`)
	reHowManyTimeLeft = lazyRE(`(?i)\bhow\s+many\s+(seconds|minutes|hours|days|milliseconds)\s+(?:are|is)\s+(?:left|remaining)`)
	reInMyStructEn    = lazyRE(`(?i)\s+(?:in|inside)\s+(?:my|our)\s+\w+(?:\s+\w+)?\s+(?:struct|class|object)\b`)
	reFullyDoneEn     = lazyRE(`(?i)\bfully\s+(paid|loaded|synced|charged|refunded|downloaded|uploaded|signed)\b`)
	reDtoPropertyEn   = lazyRE(`(?i)\b\w+\s+(?:dto|entity|model)\s+(property|field|attribute)\b`)
	reAfterNowEn      = lazyRE(`(?i)\s+(?:after|from)\s+(?:right\s+)?now\b`)
	reRunsOutEn       = lazyRE(`(?i)\bwhen\s+(?:the\s+)?((?:\w+\s+)?\w+)\s+runs\s+out\b`)
	reRunOutEn        = lazyRE(`(?i)\bruns\s+out\b`)
	reSoFarEn         = lazyRE(`(?i)\s+(?:(?:attempted|made|done|tried|used|seen|sent)\s+)?so\s+far\b`)
	reAtomicTailEn    = lazyRE(`,\s*(?:an?\s+)?Atomic(?:U8|U16|U32|U64|Usize|I32|I64|Isize|Bool|Integer|Long|Int)\s*$`)
	reIsShowingEn     = lazyRE(`(?i)\bis\s+(?:showing|shown|displayed|on\s+screen)(\s*[?.,]|\s*$)`)
	reNotEnoughEn     = lazyRE(`(?i)\bwhen\s+there\s+(?:isn't|is\s+not|aren't|are\s+not)\s+enough\s+(\w+)`)
	reKindLabelEn     = lazyRE(`(?i)^\s*(constant|const|var|variable|enum|struct|class|interface|boolean|bool)\s*:\s*(how|the|a|an|number|max|min|list|whether)\b`)
	reOnesOfEn        = lazyRE(`(?i)\b(?:from\s+)?(?:a|an|the)\s+(?:slice|list|array|vec|vector|collection)\s+of\s+(\w+),?\s+keep\s+(?:only\s+)?the\s+(\w+)\s+ones\b`)
	reForSceneDashEn  = lazyRE(`(?i)^[\w\s'-]*?\b(?:script|app|backend|system|service|firmware|tool|bot|site|project)\s+for\s+(?:an?\s+|the\s+|our\s+|my\s+)?[\w\s'-]+?\s+[-–—]\s+`)
	reEveryHourEn     = lazyRE(`(?i)\b(\w+\s+)?(\w+)\s+(?:collected|taken|recorded|sampled|logged|measured)\s+every\s+hour\b`)
	reDependingOnEn   = lazyRE(`(?i),?\s+(?:depending\s+on|based\s+on\s+(?:which|whether|how))\s+[^,.?]*`)
	reMapperEn        = lazyRE(`(?i)\b(?:mapstruct\s+)?mapper(?:\s*:|\s+(method|function|fn)\b)`)
	reTypeArrowEn     = lazyRE(`(^|[:,]\s*)([A-Z]\w*(?:\s+(?:entity|model|row|record|object|dto|DTO))?)\s*(?:->|→|=>)\s*([A-Z]\w*)`)
	reValueInUnitEn   = lazyRE(`(?i)(,\s*|\s)\d+(?:\.\d+)?\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|seconds?|secs?|ms|milliseconds?|kb|mb|gb|mib|kib|gib)\s+(?:expressed\s+|written\s+|given\s+|stored\s+|kept\s+)?in\s+(seconds|milliseconds|ms|minutes|bytes)\b`)
	reResolvesWith    = lazyRE(`(?i)\s+and\s+(?:resolves|returns|responds|replies|comes\s+back)\s+with\s+[^,.?]*`)
	reTailAdjective   = lazyRE(`(?i),\s*(?:configurable|optional|nullable|required|read-only|readonly|immutable|thread-safe)\s*([.?!]?)\s*$`)
	rePlainType       = lazyRE(`(?i)\b(?:normal|regular|plain|ordinary)\s+(int|integer|number|string|float|double)\b`)
	reFromChip        = lazyRE(`(?i)\s+from\s+the\s+[a-z0-9]+\s+(?:chip|module|board)\b`)
	reSinceBoot       = lazyRE(`(?i)\b(milliseconds|seconds|microseconds|ms|ticks)\s+(?:elapsed\s+|passed\s+)?since\s+(?:boot|startup|power[- ]on|reset)\b`)
	reHowLongAgo      = lazyRE(`(?i)\bhow\s+long\s+ago\s+(?:the\s+|a\s+|an\s+)?([a-z]+)\s+was\s+([a-z]+)\b`)
	reNMin            = lazyRE(`(?i)\b(\d+)\s*mins?\b`)
	reInACopy         = lazyRE(`(?i)\s+in\s+a\s+copy\s+of\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?`)
	reWidgetChanged   = lazyRE(`(?i)\b(changes|changed|picks|selects|toggles)\s+the\s+((?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:dropdown|drop-down|select|picker|selector|combo\s*box|slider|checkbox|radio\s+buttons?)\b`)
	reGeneratorYields = lazyRE(`(?i)\b(?:a\s+)?generator(?:\s+function)?\s+(?:that|which)\s+yields\s+(?:the\s+|each\s+|all\s+)?(lines|rows|records|entries|events|messages|files|results|pages|tokens|words)\b`)
	reRAIIGuard       = lazyRE(`(?i)\bRAII\s+(guard|wrapper|handle)\b`)
	reOneAtATime      = lazyRE(`(?i)\s+one\s+(?:at\s+a\s+time|by\s+one)\b`)
	reAlphabetically  = lazyRE(`(?i)\s+(?:alphabetically|in\s+alphabetical\s+order)\b`)
	reParseTimeString = lazyRE(`(?i)\b(parse|parses|parsing|decode|decodes)\s+(?:a|an|the)?\s*((?:[a-z0-9]+\s+){0,2}?)(timestamp|date|time|datetime)\s+string\b`)
	reIntoTimeType    = lazyRE(`\binto\s+(?:a\s+|an\s+)?(?:DateTime|NaiveDateTime|NaiveDate|ZonedDateTime|OffsetDateTime)<[^>]*>`)
	reTailItSentence  = lazyRE(`(?i)(\?)\s*(?:it|they|this|that)\s+[^?.]*[.?]?\s*$`)
)

// placeEvents happen on a thing, which names them (the click on the
// Cancel button).
const placeEvents lazySet = `click clicks tap taps press presses hover change changes scroll drop swipe keypress focus blur
	submit toggle selection input event events tap long`

// nonNouns are words no operand of a conversion is made of.
const nonNouns lazySet = `time how long many much ready used going want need able due next close back up down wait max min
	get go set add send move run turn come ok okay way`

const (
	// sceneStops are function words: a lead with one is a phrase of the question's own.
	sceneStops lazySet = `a an the for of to in on with from into by that which who when whether if how what is are was were be
		i we my our you your it its this these those as at than then and or but not where while after before per each every all`
	// restOpeners open a phrase that goes on about the lead.
	restOpeners lazySet = `only except excluding including plus minus sorted grouped filtered newest oldest latest first last
		both either neither also too`
	// requestWords name what is asked for.
	requestWords lazySet = `function functions fn func method methods variable variables var val let const constant constants
		class classes struct structs enum enums interface interfaces trait traits handler handlers callback callbacks closure
		property properties field fields name names naming dataclass array arrays list lists vector vec dict dicts map maps hash
		set sets flag flags bool boolean booleans comparator coroutine type types protocol module mixin scope getter setter
		define record tuple slice hashmap hashset job worker listener hook util helper predicate lambda static`
)

const (
	reSceneLeadEn   = lazyRE(`^\s*([A-Za-z][\w'/+&-]*(?:\s+[\w'/+&-]+){0,4}?)\s*(?:\s[—–-]|[—–]|\.|,)\s+`)
	reLangName      = lazyRE(`^(?:c|c\+\+|c#|cpp|java|kotlin|go|golang|rust|ruby|php|swift|python|typescript|javascript|js|ts|node|nodejs|pep|psr-12|google|style|homework|pandas|numpy|sql|css|html)$`)
	reKindKo        = lazyRE(`핸들러|함수|메서드|메소드|변수|상수|클래스|콜백|리스너|구조체|인터페이스`)
	reDashLeadKo    = lazyRE(`^\s*(\S+(?:\s+\S+){0,3}?)\s+[-—–]\s+`)
	reFrameworkWord = lazyRE(`^(?i:qt|django|rails|laravel|spring|flutter|unity|swiftui|compose|react|vue|angular|express|fastapi|flask|nestjs|next\.?js|wpf|winforms|javafx|swing|tkinter|pyqt|electron)$`)
	reDeclKeyword   = lazyRE(`(?:\bconst\s+val|\bstatic\s+final|#define|\bconstexpr|\bstatic\s+let)\s*(?:하나|으로|로|를|을)?\s+(\p{Hangul})`)
	reUnitStated    = lazyRE(`(?i)(밀리초|초|분|시간|바이트|킬로바이트|메가바이트|\bms|\bsec|\bseconds?|\bminutes?|\bbytes?|\bKB|\bMB)\s*단위`)
	reAMeasure      = lazyRE(`(?i)\d+(?:\.\d+)?\s*(?:밀리초|초|분|시간|바이트|킬로바이트|메가바이트|ms\b|s\b|sec\b|MB\b|KB\b|GB\b|bytes?\b)`)
)

// unitStated: a unit said as such (값은 바이트 단위, ms 단위로요, 초 단위로
// 쓸 거고) is the unit of the value, whatever unit the number before was
// written in (5MB 제한 … 값은 바이트 단위: _BYTES, was _MB): the number
// takes it, and the clause that said it goes.
func unitStated(q string) string {
	m := reUnitStated.FindStringSubmatchIndex(q)
	if m == nil {
		return q
	}
	unit := pairGet("ms=밀리초, sec=초, second=초, seconds=초, minute=분, minutes=분, byte=바이트, bytes=바이트, kb=킬로바이트, mb=메가바이트", strings.ToLower(q[m[2]:m[3]]))
	if unit == "" {
		unit = q[m[2]:m[3]]
	}
	start := strings.LastIndexAny(q[:m[0]], ".?!,") + 1
	end := len(q)
	if i := strings.IndexAny(q[m[1]:], ".?!"); i >= 0 {
		end = m[1] + i
	}
	if before := q[start:m[0]]; reAMeasure.MatchString(before) || len(strings.Fields(before)) > 3 {
		// 주기 5초를 #define 하려는데 ms 단위로요: only the unit phrase goes
		start, end = m[0], m[1]
		for end < len(q) && q[end] != ' ' && q[end] != '.' && q[end] != '?' {
			end++ // 로요, 로
		}
	}
	rest := q[:start] + q[end:]
	if loc := reAMeasure.FindStringIndex(rest); loc != nil {
		return rest[:loc[0]] + "1" + unit + rest[loc[1]:]
	}
	return q
}

// shortAskTail: a short closing sentence that only asks ("Name?", "fn
// name?", "Local variable name?", "What should I call that variable?",
// "what would you call it?", "any good name ideas?") is the request: it
// goes, and the kind word it carries closes what is left ("a map from
// SKU to … variable"); the words of asking are requestFill's and
// askWords'.
func shortAskTail(q string) string {
	i := strings.LastIndexAny(strings.TrimRight(q, "?.! "), ".?!")
	if i < 0 {
		return q
	}
	tail := strings.ToLower(q[i+1:])
	ws := strings.FieldsFunc(tail, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	if len(ws) == 0 || len(ws) > 8 || !(slices.Contains(ws, "name") || slices.Contains(ws, "names") || slices.Contains(ws, "call") || slices.Contains(ws, "called") || slices.Contains(ws, "ideas")) {
		return q
	}
	kind := ""
	for _, w := range ws {
		if !askWords.has(w) && !requestFill.has(w) {
			if tailKinds.has(w) {
				kind = w
				continue
			}
			return q // it says something of its own
		}
	}
	body := strings.TrimRight(strings.TrimSpace(q[:i+1]), ".?!")
	if kind == "" {
		return body
	}
	if k, ok := pairOf("fn=function, func=function, var=variable, const=constant, accessor=function, getter=function, predicate=function, helper=function", kind); ok {
		kind = k
	}
	if f := strings.Fields(body); kind == "function" && len(f) > 1 && (strings.HasSuffix(strings.ToLower(f[0]), "ing") && len(f[0]) > 5 || timeCountLead.has(strings.ToLower(f[0]))) {
		// "converting a hex string into an Rgb struct. fn name?"; "minutes
		// until the next bus comes, fn name?" (was minutesUntilNextBusFn)
		return "function for " + body
	}
	if strings.HasPrefix(strings.ToLower(body), "how ") && kind != "function" {
		// "how many seats are still unsold. property name?": a value,
		// and the kind after an adjective would be its noun (unsold
		// property: SeatCount)
		return body
	}
	return body + " " + kind // "how many retries are left field": the kind closes the sentence that asks
}

// timeCountLead are the words a function's value opens with (minutes until
// …, number of …).
const timeCountLead lazySet = `seconds minutes hours days weeks months years milliseconds ms number count total how time`

// askWords are the words of a closing request; tailKinds the kind words it
// may carry.
const (
	askWords lazySet = `whats what's how do does we it this that them these those thing so shall name names call
	called best nice suggestion suggestions idea ideas any pls are to use pick recommend local
	column prop key`
	tailKinds lazySet = `fn func function method var variable const constant class struct enum trait interface
	field property type hook handler callback accessor getter predicate helper`
)

// restate applies the rewrites in order; what someone is building
// (…만드는 중인데,) is context and goes last.
const reDoingThing = lazyRE(`([가-힣])는\s?(?:거|것)(들?만)?(?:\s*함수)?`)

const (
	reTimesDone  = lazyRE(`몇\s?번\s*([가-힣A-Za-z ]*?[가-힣A-Za-z]+)했는지`)
	reCountTotal = lazyRE(`([가-힣][가-힣 ]*?(?:건수|횟수|개수))\s*합계`)
)

// reCallsBackDone: 읽기 시작하고 다 읽으면 콜백 불러주는, starts a read
// and calls back when done: the callback is how the function reports, not
// the function (the Korean form keeps the verb before 고 with 하는).
const (
	reCallsBackDoneKo = lazyRE(`하고\s*(?:(?:다|모두|전부)\s*)?(?:끝나면|완료되면|끝났을\s*때|완료\s*시|완료\s*후|끝난\s*뒤|읽으면|받으면|보내면|쓰면)?\s*콜백(?:을|으로|도)?\s*(?:받는|불러주는|불러\s*주는|호출하는|호출해주는|호출해\s*주는|부르는|실행하는|넘겨받는|실행해주는)`)
	reObjectStart     = lazyRE(`(\S+)(?:을|를)\s+((?:비동기로|비동기적으로|논블로킹으로|백그라운드에서|백그라운드로)\s+)?(\S+기)\s*시작`) // 파일을 읽기 시작하는: 파일 읽기 시작하는 (start_file_read; was start_file)
	reCallsBackDoneEn = lazyRE(`(?i),?\s+and\s+(?:then\s+)?(?:calls?\s+back|(?:calls?|invokes?|fires?|runs?)\s+(?:a|the|your|its)\s+callback)(?:\s+(?:when|once|after)\s+(?:it\s+is\s+|it'?s\s+|it\s+)?(?:done|finished|finishes|complete|completed|ready))?`)
)

const reReturnsFuture = lazyRE(`(?:\bTask|\bValueTask|\bPromise|프로미스|\bCompletableFuture|\bFuture|\bDeferred)(?:<[^>]*>+)?\s*(?:를|을|로)?\s*(?:리턴|반환|돌려주)(?:하는|하고|해서|하며)?\s*`)

const reNotOnes = lazyRE(`([가-힣A-Za-z]+?)(?:(?:이|가)?\s아닌|\s안\s?된)\s*([가-힣]+)`)

const reCallbackFunction = lazyRE(`콜백\s*함수(?:명)?(?:\s*(?:이름|좀|추천|뭐|뭘|어떻게|[?？.])|\s*$)`)

// holdsCallback: words of a question about a callback held, not one written.
const holdsCallback = "담|저장|변수|프로퍼티|필드|인자|파라미터|매개변수|타입|포인터|배열|목록|리스트|등록|인터페이스|클래스"

const reUntilPassive = lazyRE(`(?:[\p{Hangul}A-Za-z]+\s+)?\p{Hangul}*(?:취소|종료|중단|중지)될\s*때까지\s+`)
const reLeftUn = lazyRE(`\b([a-z]+)\s+(?:are\s+|is\s+|were\s+|was\s+)?left\s+(un[a-z]+)\b`)
const reDoingSlot = lazyRE(`(\p{Hangul}+(?:하는|는))\s+슬롯`)
const reDaysUntilCount = lazyRE(`(\p{Hangul}+)까지\s*남은\s*(?:날\s*수|일수|날짜\s*수)`)
const reHowManyNights = lazyRE(`몇\s*박(?:인지|일지|이나|을)?`)
const reHandsBack = lazyRE(`(?i),?\s+and\s+(?:hands?|gives?|passes?|sends?)\s+(?:them|it|those|the results?)\s+back\b[^,.?]*`)
const reGoesState = lazyRE(`\b(?:goes|went|gone|becomes|became|turns|turned)\s+(offline|online|idle|inactive|active|stale|empty|full|invalid|unavailable|available|visible|hidden|dirty|ready)\b`)
const reCatchThen = lazyRE(`예외\s*(?:를|을)?\s*잡(?:아서|고|아|는)\s+.*?(함수|메서드|메소드)`)
const reDateMapType = lazyRE(`(?:Map|HashMap|MutableMap|Dictionary|TreeMap|SortedMap)\s*<\s*(?:LocalDate|LocalDateTime|Date|Instant|DateTime|DateOnly)\s*,\s*(?:List|MutableList|Set|Array|ArrayList)\s*<\s*(\w+)\s*>\s*>`)
const reTotalAfter = lazyRE(`(\p{Hangul}+)\s+총\s*(개수|갯수|수)(\s|$)`)
const reMinScreen = lazyRE(`(최소|최대)\s+화면`)
const reDetectedWhen = lazyRE(`(변경|변화|수정|추가|삭제)\s*감지\s*(?:시|하면|되면|됐을\s*때|될\s*때|했을\s*때)`)
const reShortUnitIn = lazyRE(`\bin (min|h|m|g|l|L)\b`)
const reHappeningHandler = lazyRE(`(\p{Hangul}\s+(?:완료|성공|실패|취소|변경|시작|종료|만료))\s*(콜백|핸들러|리스너)`)
const reEventProcessed = lazyRE(`이벤트\s*(?:(?:를|을)\s*)?(?:(?:받았을\s*때|받으면|받을\s*때|오면|왔을\s*때|들어오면|들어왔을\s*때|발생하면|발생했을\s*때)\s*)?처리(?:하는|할)?(?:\s*(?:함수|메서드|메소드)명?)?`)

const reHappenedBefore = lazyRE(`(?:완료|실패|취소|만료|변경|생성|삭제|등록|가입|도착|종료|시작|승인|거절|결제|됐을\s*때|되면|했을\s*때|하면)\s*$`)

const (
	reFilterOutKo = lazyRE(`(걸러내는|걸러내고|걸러내서|걸러낸|거르는|거른)`)
	reKeptOnes    = lazyRE(`만\s|만을\s|[가-힣)](?:으로|로)\s|기준`)
)

const (
	filterOutKo lazyPairs = "걸러내는=제거하는, 걸러내고=제거하고, 걸러내서=제거해서, 걸러낸=제거한, 거르는=제거하는, 거른=제거한"
)

const reEnteredPlace = lazyRE(`([가-힣A-Za-z]{2,})(?:에|으로|로)\s*(?:들어갔|들어왔|들어가\s*있|들어와\s*있|입장했|진입했|돌입했|들어섰)(?:는지|나|는가)`)

const reDaysOf = lazyRE(`([가-힣]{2,})\s+(일수|명수)`)

const reHelperLast = lazyRE(`([는은]\s*)헬퍼(\s*(?:함수|메서드)?\s*(?:이름|명)?\s*(?:뭐|좀|추천|[?？.!]|$))`)

const reBareOrder = lazyRE(`((?:[가-힣]+[은는]|최신|인기|이름|가나다|날짜|등록|조회|거리|나이|점수|가격|최근|오래된|임박한)\s?)순(?:으로)?\s*[?.!]*\s*$`)

// reRoute is an HTTP route: a method and a path (POST /reservations, GET
// /users/{id}).
const (
	reNetHTTPKo      = lazyRE(`net/http(?:로|으로)?(?:\s*(?:만든|짠|구현한)\s*(?:서버|API|api)(?:에서|의)?)?`)
	reRouteHandlerKo = lazyRE(`(\b(?:GET|POST|PUT|PATCH|DELETE)\s+/[\w/{}<>:.\-]*)\s*(?:을|를)?\s*(?:(?:처리하는|처리할|받는|담당하는)\s*)?(?:라우트\s*)?핸들러`)
	reDoneByMethodKo = lazyRE(`(\p{Hangul}+)\s+(?:GET|POST|PUT|PATCH|DELETE)\s*(?:처리하는|처리할|처리)(\s|$)`)
)

const reRoute = lazyRE(`(?i)(\b(?:for|of|on|at|handling|serving)\s+)?\b(GET|POST|PUT|PATCH|DELETE)\s+(/[\w/{}<>:.\-]*)`)

// routeAction says what a route does to what (POST /reservations: create
// reservation; GET /users/{id}: fetch user), which names its handler
// (createReservation; were handleReservation, handleUserID).
func routeAction(q string) string {
	return reRoute.replaceSubmatches(q, func(m []string) string {
		var segs []string
		for _, s := range strings.Split(m[3], "/") {
			if s != "" {
				segs = append(segs, s)
			}
		}
		one, res := false, "" // one: the path names one thing (/users/{id})
		for i := len(segs) - 1; i >= 0; i-- {
			s := segs[i]
			if strings.ContainsAny(s, "{}<>:") || strings.Trim(s, "0123456789") == "" {
				one = true
				continue
			}
			res = strings.ToLower(strings.NewReplacer("-", " ", "_", " ").Replace(s))
			break
		}
		if res == "" {
			return m[0]
		}
		verb := map[string]string{"GET": "fetch", "POST": "create", "PUT": "update", "PATCH": "update", "DELETE": "delete"}[strings.ToUpper(m[2])] // (fetches, creates …)
		if verb == "create" && routeActions.has(res) {
			verb = "handle" // POST /login: the login itself (was create_login)
		}
		if verb == "create" && strings.Contains(strings.ToLower(m[3]), "webhook") {
			verb = "handle" // POST /webhooks/github: the GitHub webhook (was create_github)
			if res = strings.TrimSuffix(res, "webhooks"); !strings.HasSuffix(res, "webhook") {
				res += " webhook"
			}
		}
		ws := strings.Fields(res)
		if verb != "fetch" || one { // (GET /products: fetch products)
			ws[len(ws)-1] = singularNoun(ws[len(ws)-1])
		}
		if m[1] != "" && !naming.QuestionIsKorean(q) {
			return "that " + verb + "s the " + strings.Join(ws, " ")
		}
		return verb + " " + strings.Join(ws, " ")
	})
}

// routeActions are routes named for what a POST to them does (POST /login
// logs in; it creates nothing).
const routeActions lazySet = `login logout signup register checkout search refresh verify subscribe unsubscribe`

func restate(question string) string {
	// 01012345678 같은 숫자를 010-1234-5678 형태로: a phone number, put in
	// hyphenated form (formatPhoneNumber, was convertCount); "into
	// 010-1234-5678" too
	// "the cutoff datetime - anything older … gets purged": why, no word of
	// the name (was purged_days); first, as sceneLeadEn reads what stands
	// before a dash as a scene
	question = reDashWhy.ReplaceAllString(question, "")
	if strings.Contains(question, "-") {
		question = rePhoneLikeKo.ReplaceAllString(question, "전화번호")
		question = reHyphenFormKo.ReplaceAllString(question, "${1}하이픈 넣은 $2")
		question = reHyphenFormEn.ReplaceAllString(question, "$1 hyphenated format$2")
	}
	if naming.QuestionIsKorean(question) {
		// GET /books/{id} 처리하는 핸들러, 예약 생성 POST 처리: an HTTP
		// handler is named for what the route does (fetch_book,
		// createReservation; were handle_book, handleScheduledCreation)
		question = reNetHTTPKo.ReplaceAllString(question, "") // Go's package: where the handler lives
		// 색상을 hex 문자열로 바꾸는: the format names the target; 문자열로
		// 바꾸다 alone is stringify, which took hex for the object
		// (colorToHex, was hexToHexadecimal)
		question = reFormatStringKo.ReplaceAllString(question, "$1 문자열로 변환하")
		// 삭제해도 되는지, 개장해도 되는지: whether one may, can
		// (can_delete_file, was is_file_deleted)
		question = reMayDoKo.ReplaceAllString(question, "${1}할 수 있는지")
		question = reRouteHandlerKo.ReplaceAllString(question, "$1")
		question = reDoneByMethodKo.ReplaceAllString(question, "$1$2")
		// CLI 도구 전체에서 쓰는 에러 타입, Google C++ Style 쓰는 서버: 쓰는
		// is used there, not written (CommandLineToolError; was WriteError);
		// 검증하는 쪽 인터페이스: the side that checks, its doer
		// (IInsuranceClaimValidator; was IPage); 알람 발생 횟수: how many
		// alarms (alarm_count); 권한 받았는지: authorized; dict로: a dict
		// (to_dict; was change_emr); 유효시간 지났는지, 기간 끝났는지: expired
		// (isCodeExpired, expired?); typedef 포함해서요: an aside
		question = reUsedInKo.replaceSubmatches(question, func(m []string) string {
			switch {
			case m[1] != "":
				return "" // 여러 화면에서 쓰는 유틸: shared, said by 공통 or not at all
			case suffixOf(m[2], "화면|페이지|뷰|탭|창|UI|ui"):
				return m[0] // 목록 화면에서 쓰는 배열: what the screen shows (an older rule)
			}
			return m[2] + "의 "
		})
		question = reUsesLatinKo.ReplaceAllString(question, "$1 ")
		question = asidesKo.Replace(question)
		// 레이팅 비슷한 회원끼리 묶는: members grouped by rating
		// (group_members_by_rating; was group_by_similar_…_member_group)
		// 매물 벡터를 연식별로 묶는: the listings are grouped, not the vector
		// (group_by_model_year; was group_listing_vectors)
		question = reContainerByKo.replaceSubmatches(question, func(m []string) string {
			return particleFor(m[1], "을") + " " + m[2]
		})
		question = reSimilarTogetherKo.replaceSubmatches(question, func(m []string) string {
			return particleFor(m[2], "을") + " " + m[1] + "별로 묶"
		})
		question = reIncludingTailKo.ReplaceAllString(question, "")
	}
	if strings.Contains(question, "/") {
		question = routeAction(question)
	}
	// "boolean getter, is the coupon expired": the question after the kind
	// and a comma is what it asks, as after a colon (isCouponExpired; was
	// shouldGetterExpiredCoupon)
	question = reKindCommaAsk.ReplaceAllString(question, "$1: $2")
	// "sealed class 로 만들건데": the particle is the kind's (class로)
	question = reKindSpacedRo.ReplaceAllString(question, "${1}로${2}")
	// 배달 나가야 되는: to deliver (was leftTodayDeliveryBouquets); 배송
	// 시작됐는지: shipped, not delivered (isOrderShipped). Then 결제해야 되는
	// 주문, 반납해야 될 책: 해야 하는, what is still to do (ordersToPay; were
	// paidOrders, returned_books), and 만들건데 spaced as 만들 건데.
	question = mustDoKo.Replace(outForKo.Replace(question))
	// 거리를 km로 계산하는: the distance in km (calculateDistanceKm; was
	// calculateWithKm)
	question = reCalcInUnit.replaceSubmatches(question, func(m []string) string {
		if !noteUnit(strings.ToLower(m[2])) {
			return m[0]
		}
		return m[1] + " " + m[2] + " " + m[3]
	})
	// 이미지 로딩 실패 시 대체 이미지 보여주는: when it fails, as 실패할 때
	// (showPlaceholderImage; was handleFailedShow)
	question = reWhenSiKo.ReplaceAllString(question, "${1}할 때${2}")
	// 이미지 여러 장 병렬 리사이즈하는: in parallel, how it is done
	// (was resizeParallelImages)
	question = reParallelKo.ReplaceAllString(question, "${1}병렬로 ${2}") // (병렬 처리: a noun)
	// 등급별 할인율 해시: a Ruby Hash, the map, not hashing (was
	// hash_discount_rate)
	question = reHashKindKo.ReplaceAllString(question, "${1} 해시맵${2}")
	// 주문 중에 이번주 것만 가져오는: this week's orders (were
	// get_order_this_week, and the scope order_this_weeks)
	question = reOnesOfPeriod.ReplaceAllString(question, "${2} ${1}만")
	// 전송 시작하고 기다리지 않고 바로 리턴하는: async work (start_dma_send;
	// was waitDmaSend)
	question = reNoWaitKo.ReplaceAllString(question, "${1} 비동기로 ")
	// 6자리 인증번호, 뒤 4자리만, 소수점 둘째 자리까지: a count of digits,
	// no seat (were generate_seat_verification_code, FormatSeat,
	// roundDecimalSeat)
	if !strings.Contains(question, "소수") { // (소수점 둘째 자리까지: the phrasebook's roundTo)
		question = reDigitsKo.ReplaceAllString(question, "$1")
	}
	// onChange에 넘길 핸들러, 삭제할 때 넘기는 람다:
	// where a callback is handed is no verb of its name (was
	// handlePhoneNumberInputPass, handleComposePass)
	question = reHandedToKo.ReplaceAllString(question, " $1")
	// cli 플래그로 받은 제외할 디렉토리, 환경변수로 넘어온 포트: where a
	// value came in is no word of its name (excludedDirs; were
	// isCommandLine, isExceededPort)
	question = reBodyReceivedKo.ReplaceAllString(question, "요청 바디 $1") // 회원가입 요청 바디로 받는 pydantic 모델: the request body is the model (was Signup)
	question = reCameInAsKo.replaceSubmatches(question, func(m []string) string {
		if m[1] != "" {
			return m[0] // 함수 인자로 받는 최대 재시도 횟수: a parameter, the kind asked
		}
		return ""
	})
	// python-telegram-bot 에서, discord.py로: the library is where the
	// code lives (was handle_telegram_bot_start_command)
	question = reLibInKo.ReplaceAllString(question, "")
	// 예약 취소 API 부르는, 주문 조회 API 호출하는: the call does what the
	// API is named for (cancelReservation, fetchOrder; were fetchApi,
	// callOrderGetApi)
	question = reCallsActionAPIKo.ReplaceAllString(question, "${1}하는${2}")
	// 견적 폼 서버로 POST 보내는: submits the form (was sendPost)
	question = rePostsFormKo.ReplaceAllString(question, "${1} 제출하는")
	// 온라인 장터 오늘 들어온 주문 갯수, 골프장 오늘 티타임 예약 건수: the
	// place said before today is the scene, no word of the name
	// (todayOrderCount; was onlineMarketplaceTodayOrderCount)
	question = reSceneBeforeTimeKo.replaceSubmatches(question, func(m []string) string {
		for _, w := range strings.Fields(m[1]) {
			if r, _ := utf8.DecodeLastRuneInString(w); strings.ContainsRune("가이는은에서도를을의와과랑만로", r) {
				return m[0]
			}
		}
		return m[2]
	})
	// 세탁기 중에 비어있는 것만 filter한 배열: the array of the empty
	// machines (emptyWashingMachines; was no variable), and 수강생 중에
	// 미납한 사람만: the students who did not pay (was …TuitionPeople)
	question = reCandidatesKo.ReplaceAllString(question, "후보자$1") // 매칭 후보 중에: candidates, not a request for names
	question = reOnesKeptKo.ReplaceAllString(question, "${2} ${1} 목록")
	question = reOnesKeptFromKo.ReplaceAllString(question, "${2} ${1} 목록")
	// 여러 모델에 섞어 쓸 모듈: where a module is used is no word of it, and
	// 쓸 is use, not write (SoftDelete; was SoftWriter)
	question = reSharedUseKo.ReplaceAllString(question, " ")
	question = rePeopleAmongKo.ReplaceAllString(question, "${2} ${1}만 ")
	// 배달 기사 현재 위치, 지금 타고있는 승객 수: now is when the value is
	// read, no word of its name (RiderLocation, passengerCount; were
	// RiderCurrentLocation, currentPassengerCount); 현재 페이지, 현재
	// 사용자 keep it (currentPage, currentUser)
	question = reCurrentKo.replaceSubmatches(question, func(m []string) string {
		lead, now, noun, info := m[1], m[2], m[3], m[4]
		switch {
		case now == "지금" && hasAnyPrefix(noun, "쓰이", "쓰는", "사용", "실행", "일하", "접속", "연결", "진행", "돌아"):
			return m[0] // 지금 쓰이고 있는 커넥션: the active ones
		case now == "현재" && lead == "":
			return m[0] // 현재 위치 가져오는 함수: whose is not said, so current says it (getCurrentLocation)
		case noun == "위치" && info != "":
			return lead + noun // 현재 위치 정보: the location (was Geolocation)
		case hasAnyPrefix(noun, "사용자", "유저", "회원", "페이지", "단계", "인덱스", "탭", "시간", "시각", "날짜", "테마", "언어", "라운드", "턴", "차례", "레벨", "곡", "재생", "장면", "상태", "버전", "세션", "요금제", "플랜", "플레이어", "화면", "선택", "프레임", "연도", "월", "주", "날씨", "시점", "로그인", "접속"):
			return m[0]
		}
		return lead + noun + info
	})
	// 테스트 돌린 결과 실패한 테스트 수: the run the count comes from is no
	// word of it (failedTestCount; was runFailedTestResultTestCount)
	question = reRunResultKo.ReplaceAllString(question, "$1")
	// 주문 들어왔을 때 이벤트 처리 함수: the when says the event; 이벤트 is
	// no word of it (onOrderReceived; was handle_event)
	question = reWhenEventKo.ReplaceAllString(question, "$1 $2")
	// 새 멤버 서버 들어왔을때: the place entered, its 에 left out (was
	// handle_new_member_server)
	question = rePlaceEnteredKo.ReplaceAllString(question, "${1}에 $2")
	// 한 팀 최대 인원, 한 반 최대 정원: the size of the group (MAX_TEAM_SIZE,
	// MAX_CLASS_SIZE; were TEAM_SEATS, KINDERGARTEN_CAPACITY)
	question = reGroupSizeKo.ReplaceAllString(question, "$1 최대 크기")
	// 최근 5년치만 남기는: the recent ones (filter_recent; was no name), and
	// 마감일 LocalDate로 계산해서: the type it comes as is no word (was
	// calculateAvailableLocalDeadline)
	question = reSpanWorthKo.ReplaceAllString(question, "것$1")
	question = reAsDateTypeKo.ReplaceAllString(question, "$1")
	// 할인 대상인지, 공제 대상 여부: eligible (isDiscountEligible; was
	// isDiscountVendor, 대 + 상인)
	question = reEligibleKo.ReplaceAllString(question, "${1}대상이 되는지")
	if containsOf(question, "인지|는지|은지|여부") {
		// 지금 손님 태우고 운행중인지: whether, now; 지금 is no word of
		// the name (was isCurrentCustomerInService)
		question = reNowKo.ReplaceAllString(question, "$1")
	}
	// "Map<String, User> keyed by email", "HashMap<String, List<Order>>
	// mapping customer ids to their orders": a map of its values (were no
	// name, and mappingCustomerIds)
	if !naming.QuestionIsKorean(question) { // (Map<Long, Product>로 바꾸는: the type converted to)
		question = reGenericMap.replaceSubmatches(question, func(m []string) string {
			if v := strings.ToLower(m[1]); !primitiveTypes.has(v) && !typeNote.has(v) && !oneOf(v, "integer|number|any|object") &&
				!strings.Contains(strings.ToLower(question), " "+plural(v)) {
				return "map of " + plural(v)
			}
			return "map"
		})
	}
	// Task 반환하는 주문 저장 메서드, 프로미스 리턴하는 딜레이 함수: async
	// work, said by its type (SaveOrderAsync, delay; were SaveOrder and
	// getPromise)
	question = reReturnsFuture.ReplaceAllString(question, "비동기 ")
	// 재고를 Promise.all로 한꺼번에 동기화하는, "with Promise.all": at once,
	// not a promise the name is about (was syncPromise)
	atOnce := " concurrently "
	if naming.QuestionIsKorean(question) {
		atOnce = " 동시에 "
	}
	question = rePromiseAll.ReplaceAllString(question, atOnce)
	// 소켓 읽기 시작하고 다 읽으면 콜백 불러주는 함수: a function that starts
	// the read (start_socket_read; was on_socket_read, a handler)
	question = reCallsBackDoneKo.ReplaceAllString(question, "하는")
	question = reCallsBackDoneEn.ReplaceAllString(question, "")
	question = reObjectStart.ReplaceAllString(question, "$2$1 $3 시작")
	// 채팅방에 들어갔는지, 회의실에 입장했는지: whether it is in there now
	// (isInChatRoom; was isUserJoined, the place lost)
	question = reEnteredPlace.ReplaceAllString(question, "${1}에 있는지")
	// 만료된 토큰 걸러내는 함수: filtering out is removing (remove_expired_
	// tokens; was filter_expired_tokens, which keeps them); with 만 (성인만
	// 걸러내는) or a criterion (가격으로 걸러내는) it stays a filter
	if strings.Contains(question, "걸러") || strings.Contains(question, "거르") || strings.Contains(question, "거른") {
		if loc := reFilterOutKo.FindStringSubmatchIndex(question); loc != nil && !reKeptOnes.MatchString(question[:loc[0]]) {
			question = question[:loc[0]] + filterOutKo.get(question[loc[2]:loc[3]]) + question[loc[1]:]
		}
	}
	// 결제 완료 이벤트 처리, …이벤트 받았을때 처리하는 메서드: the event's
	// handler (onPaymentCompleted; was processPaidEvent)
	if loc := reEventProcessed.FindStringIndex(question); loc != nil && loc[0] > 0 && (reHappenedBefore.MatchString(question[:loc[0]]) || literalType(lastField(question[:loc[0]]))) &&
		(strings.TrimSpace(question[loc[1]:]) == "" || prefixOf(strings.TrimSpace(question[loc[1]:]), "함수|메서드|메소드|이름|좀|추천|뭐|?|？|.")) {
		question = question[:loc[0]] + "이벤트 핸들러" + question[loc[1]:] // (이벤트 처리 순서: the order stays)
	}
	// 결제 완료 콜백, 주문 상태 변경 리스너: a happening's handler, as with
	// 이벤트 (onPaymentCompleted; was nothing, or updateOrderStatus)
	holds, when := containsOf(question, holdsCallback), strings.Contains(question, "때") // (neither changes below)
	if !holds && !strings.Contains(question, "이벤트") {
		question = reHappeningHandler.ReplaceAllString(question, "$1 이벤트 $2")
	}
	// 버튼 클릭 콜백 함수: the callback is the function asked for, not a
	// variable that holds one (onButtonClick; was buttonClickCallback)
	if loc := reCallbackFunction.FindStringIndex(question); loc != nil && !holds && !when {
		question = question[:loc[0]] + "콜백 메서드" + question[loc[1]:]
	}
	// Qt 슬라이더 값 변경 슬롯 함수: a slot is Qt's handler
	// (on_slider_value_changed; was get_slider_update_slot)
	if !when {
		question = strings.ReplaceAll(question, "슬롯 함수", "핸들러 함수") // (…눌렸을때 슬롯 함수: the phrasebook's Qt line)
		// 다른 이름으로 저장하는 슬롯 이름: a slot that does something is a
		// function named for it (saveAs; was no name)
		question = reDoingSlot.ReplaceAllString(question, "${1} 함수")
	}
	// 최소 화면 너비: the screen's (was 최소화 + 면, "if minimized");
	// 파일 변경 감지 시: when it changes (onFileChanged; was onFileUpdated)
	question = reMinScreen.ReplaceAllString(question, "$1 스크린")
	question = reDetectedWhen.ReplaceAllString(question, "$1 시")
	// context 취소될 때까지 메시지 구독하는: how long it runs, no word of the
	// name (subscribeMessages; was subscribeCancelledContextMessage); what
	// one waits for stays (요청 끝날 때까지 기다리는)
	if loc := reUntilPassive.FindStringIndex(question); loc != nil && !prefixOf(question[loc[1]:], "기다|대기") {
		question = question[:loc[0]] + question[loc[1]:]
	}
	// 결혼식까지 남은 날 수, 몇 박인지: how many days until it
	// (daysUntilWedding; was calculateRemainingWeddingDayCount), how many
	// nights (calculateNights)
	question = reDaysUntilCount.ReplaceAllString(question, "${1}까지 며칠 남았는지")
	question = reHowManyNights.ReplaceAllString(question, "숙박일수")
	// Map<LocalDate, List<Schedule>>: the schedules by date (schedulesByDate;
	// was calendarScreen)
	question = reDateMapType.ReplaceAllString(question, " 날짜별 $1 목록 맵 ")
	// 재고 부족 예외 잡아서 409 내려주는 메서드: the exception's handler
	// (handleStockShortageException; was decrementStockShortage)
	question = reCatchThen.ReplaceAllString(question, "예외 핸들러 $1")
	// 페이지 총 개수: the total number of pages (total_pages; was
	// page_total_count)
	question = reTotalAfter.ReplaceAllString(question, "총 $1 $2$3")
	// 결석 일수, 참가자 명수: how many days, how many people (absence_day_count,
	// attendeeCount; were absence and participants); a period's 일수 is its
	// length in days, and 남은 일수 the phrasebook's daysLeft
	question = reDaysOf.replaceSubmatches(question, func(m []string) string {
		if oneOf(m[1], "기간|시간|남은|잔여|경과|유효|보관|만료|최대|최소|기본|연체|초과|유예") || suffixOf(m[1], "한|된|는|은|난|던|린|진") {
			return m[0] // (연체 일수: daysOverdue; 경과한 일수: daysSince…)
		}
		if m[2] == "명수" {
			return m[1] + " 수"
		}
		return m[1] + " 날 수"
	})
	// 형식으로 바꾸는 헬퍼: a helper after what it does is a function (was
	// a price_integer variable); 날짜 헬퍼 클래스 stays a class
	question = reHelperLast.ReplaceAllString(question, "${1}함수$2")
	question = dropLabel(question)
	// (최대 10개까지 저장함), (atomic으로 관리함): a remark, no word of the
	// name (was maxRecentSearches for a list of recent searches)
	question = reParenRemark.ReplaceAllString(question, "")
	// 킬로그램을 파운드로, 문자열을 LocalDate로 변환: a conversion asked with no
	// verb or kind (was kg, stringDate)
	question = reBareConvert.replaceSubmatches(question, func(m []string) string {
		if suffixOf(m[1], "경로|도로|회로|통로|진로|선로|미로|항로") || keptAs(m[1]) {
			return m[0] // 파일을 저장하는 경로: a path, no 로; 여부를 상수로: the kind it is kept as
		}
		return m[1] + " 바꾸는 함수"
	})
	// Swift's async throws 함수: how it is declared, not an action
	// (throwDogWalkPath, was the verb throw)
	question = reThrowsKind.ReplaceAllString(question, "$1$2")
	// 투표 마감 시각 DateTime 프로퍼티, "when the file was last modified, as a
	// time_t": the type of a moment or a span says nothing the time word
	// does not (was PollDueTimeDate, duration_chrono)
	question = reTimeTypeEn.ReplaceAllString(reTimeTypeKo.ReplaceAllString(question, "$1$2$3"), "")
	question = projectLead(question)     // context3.go: 운영체제 과제 - 스케줄러에서
	question = purposeClause(question)   // context3.go: 바코드로 상품 찾으려고 만든 Dictionary
	question = requestSentence(question) // context3.go: …함수요. 배송 시작 전이면 취소 가능
	question = restateContext(question)  // context3.go: 에러 나면, null이면, 타임스탬프 Long을
	question = reRedo.ReplaceAllString(question, "re$1")
	// 최대 크기 2GB를 바이트로 계산해 둔 상수: the value in bytes
	// (MAX_VIDEO_SIZE_BYTES, was …_GB)
	question = reInUnitKo.ReplaceAllString(question, "$1 단위")
	// 대시보드 통계 API 호출해서 가져오는: the API is how, the statistics
	// what (fetchDashboardStats, was fetchDashboardStatisticsApi)
	question = reApiCalled.ReplaceAllString(question, " $1")
	// pthread로 클라이언트 하나씩 처리하는 스레드 함수: the thread's function
	// is named by what it handles (process_client, handle_client; was the
	// entry idiom thread_main and get_processed_client_thread)
	question = reThreadDoing.ReplaceAllString(question, "$1 $2")
	// 회원가입 POST 요청 받는 컨트롤러 메서드: a route is named for the
	// action it serves (signUp, handleSignup; was getReceivedSignupPostRequestController)
	question = reRouteRequest.ReplaceAllString(question, "처리하는 함수")
	// 현재 시각을 … 문자열로 만드는: made into text is converted
	// (time_to_timestamp, format_time; was create_logged_current_time)
	question = reMadeIntoText.ReplaceAllString(question, "$1$2 바꾸는")
	question = reSpeedUnit.replaceSubmatches(question, func(m []string) string {
		if u := speedUnits.get(strings.ToLower(m[1] + "/" + m[2])); u != "" {
			return u // km/h: one unit (ToKmh, was ToKmH)
		}
		return m[0]
	})
	if !containsOf(question, "변수|상수|클래스|여부|플래그|워커|잡|job|worker|리스너|핸들러|콜백|타입|구조체|쓰는 거|쓰는거|사용하는 거|사용하는거|키|저장하는 거|저장하는거|담는 거|담는거|담을 거|담아두는 거|저장해두는 거") { // (컨펌 받았는지 저장하는 거: a value held)
		// 이메일 보내는거 함수, 메시지 전송하는거: the doing, a function (were
		// get_sent_email and a sentMessage variable)
		question = reDoingThing.replaceSubmatches(question, func(m []string) string {
			if m[2] != "" {
				return m[0] // 85% 넘는 것만 골라내는: the ones kept (listOnes)
			}
			return m[1] + "는 함수"
		})
	}
	// 몇 번 클릭했는지: the clicks counted (clickCount; was a bare count;
	// 몇 번 틀렸는지 is in koRewrites); 주문 건수 합계: a total count said
	// once (was numTotalTotals). The patterns' prefilters skip questions
	// without 몇, 합계 or 아닌.
	question = reTimesDone.ReplaceAllString(question, "$1 횟수")
	question = reCountTotal.replaceSubmatches(question, func(m []string) string {
		if strings.Contains(question, "총") {
			return m[1]
		}
		return "총 " + m[1]
	})
	// 관리자 아닌 유저 목록, 에러 아닌 결과만: the others, as 제외한 says
	// (nonAdminUsers; were adminUsers and collectErrorResults, the
	// opposite); 아닌 것만 after a list (메뉴에서 품절 아닌 것만) and 안 된
	// after a Latin word (Ready 안 된) too; a Korean word before 안 된 has
	// its own reading (결제 안 된: unpaid)
	question = reNotOnes.replaceSubmatches(question, func(m []string) string {
		if oneOf(strings.ToLower(m[1]), "null|널|nil|none|undefined|것|게|거") || !isASCII(m[1]) && !strings.Contains(m[0], "아닌") || prefixOf(m[2], "값|지") || prefixOf(m[2], "것|거") && !containsOf(question, "에서|중에") {
			return m[0] // null 아닌 값, 품절 아닌 것만, 관리자인지 아닌지: the phrasebook's
		}
		return m[1] + " 제외한 " + m[2]
	})
	if !containsOf(question, "sort|정렬|상위|하위|top") {
		// 가입일 오래된순, 댓글 좋아요 많은순: an order, the question's last
		// words, with no verb: sorting by it (was signupDate, or no name)
		question = reBareOrder.ReplaceAllString(question, "${1}순으로 정렬")
	}
	if containsOf(question, "filter|sort|필터|정렬|걸러|골라|거르|순으로") {
		// "filter the movies by the selected genre", 선택한 장르로 필터링:
		// the key is the genre (filterByGenre, was filterBySelectedGenre)
		question = reChosenKey.ReplaceAllString(question, "$1 $2$3 ")
	}
	// 연락해야 하는 고객 리스트: the customers to contact, a list, no
	// yes/no (customersToContact, was shouldContactCustomer)
	question = reMustListed.ReplaceAllString(question, "${1}할 $2")
	// 엑셀 시트 돌면서 빈 셀 세는, 디렉토리 돌면서 중복 파일 찾는: what is
	// walked is where the work happens; the work is named (empty_cell_count,
	// find_duplicate_files; was find_duplicate_directory)
	question = reWhileWalking.ReplaceAllString(question, "")
	// 항공편 검색 결과로 받은 배열: what came is what it holds
	// (flightSearchResults; no name was given)
	question = reReceivedAsKo.ReplaceAllString(question, "$1 $2")
	// 음악 앱 재생 모드, 배달앱 찜한 가게들: the app a question opens with
	// is its scene (PlayMode, was MusicAppPlayMode), unless the app's
	// own attribute follows (앱 버전, 앱 설정)
	question = reAppLead.replaceSubmatches(question, func(m []string) string {
		if prefixOf(m[1], "이름|버전|설정|아이콘|실행|종료|시작|업데이트|상태|언어|테마|권한|알림") {
			return m[0]
		}
		for _, w := range strings.Fields(m[0])[:len(strings.Fields(m[0]))-1] {
			if r, _ := utf8.DecodeLastRuneInString(w); strings.ContainsRune("을를은는에의", r) || slices.ContainsFunc([]string{"해서", "하고", "하면", "했을", "부트"}, func(x string) bool { return strings.HasSuffix(w, x) }) {
				return m[0] // 찍은 사진을 사진 앱 앨범에, 알림 탭해서 앱 들어왔을 때, 스프링 부트 앱: no scene
			}
		}
		return m[1]
	})
	// 콜백 prop, 람다 파라미터: the function passed is the callback (was
	// handleProp; a variable where a function was asked)
	question = reCallbackParam.ReplaceAllString(question, "$1")
	// 에러 난 요청들: the failed ones (was error_requests); 처리 못 한
	// 이벤트: unprocessed (was process_events); a request 응답 안 온: pending
	// (was requestResponses; 응답 없는 노드 stays unresponsive); 연결 끊긴
	// 클라이언트: disconnected (was disconnectedConnectClients)
	question = reErrored.ReplaceAllString(question, "실패한 ")
	question = reCouldNot.ReplaceAllString(question, "$1 안 된 ")
	question = reNoReply.ReplaceAllString(question, "응답 대기 중인 $1")
	question = reCutLink.ReplaceAllString(question, "$1 ")
	// 타임스탬프를 Date 객체로 변환: to a Date (fromTimestamp; was the
	// variable unixTimestampDate)
	if !containsOf(strings.ToLower(question), "딕셔너리|dict|json|맵|map|해시|hash") {
		question = reTypeObject.ReplaceAllString(question, "$1$2$3") // (딕셔너리를 Order 객체로: from_dict, a phrasebook line's)
	}
	// 게시판 전체 글 개수: the total count (totalPostCount, was the board
	// post count)
	question = reAllCounted.replaceSubmatches(question, func(m []string) string {
		if m[1] != "" && !slices.ContainsFunc(strings.Fields(m[1]), endsInParticle) {
			m[1] = "" // 게시판 전체 글: all of the board's posts, the total (was boardTotalPostCount)
		} else if m[1] != "" {
			m[1] += " "
		}
		return m[1] + "총 " + m[2] + m[3]
	})
	// 예약 생성된 다음 실행되는 콜백: after it was created (was on_next)
	question = reAfterNext.ReplaceAllString(question, "$1 후 ")
	// Qt 슬롯 이름, 풍속계 값 바뀌었을 때; 결제 버튼 clicked 시그널에 연결할
	// 슬롯 이름: a slot is the handler function (was a variable, or none)
	question = reQtSlotLead.ReplaceAllString(question, "$1 호출되는 슬롯 함수")
	question = reClickedSlot.ReplaceAllString(question, "클릭했을 때 호출되는 슬롯 함수")
	question = reSlotTail.ReplaceAllString(question, "$1 슬롯 함수")
	if containsOf(question, "0초|타이머|카운트다운") {
		question = reReachesZero.ReplaceAllString(question, "끝나면") // 타이머가 0초 되면: when it ends
	}
	question = reOnceMore.ReplaceAllString(question, "다시 ")    // 초대 메일 한번 더 보내는: resend (was send_add)
	question = reComputedProp.ReplaceAllString(question, "$1") // Swift's 계산 프로퍼티 is a computed property, no calculation
	// 팀원 목록 이름 가나다순으로: the list, by name (was sorted by the
	// team member's name, a key of its own)
	question = reListKey.ReplaceAllStringFunc(question, func(m string) string {
		s := reListKey.FindStringSubmatch(m)
		return s[1] + pairGet("목록=을, 배열=을, 리스트=를", s[1]) + " " + s[2]
	})
	// 승인받은 주문, 점검받은 날짜, 인증받았는지: a verbal noun with 받다 is
	// its passive (approvedOrders; was receivedApproveOrders)
	question = reConfirmedByKo.replaceSubmatches(question, func(m []string) string { // y/n 확인받는: confirms (was checkToUser)
		return "컨펌" + map[string]string{"는": "하는", "을": "할", "기": "하기", "아서": "해서", "고": "하고"}[m[1]]
	})
	question = reYesNoKo.ReplaceAllString(question, " ") // y/n 확인: the answer's form, no word of the name
	question = reBatPassive.ReplaceAllStringFunc(question, func(m string) string {
		s := reBatPassive.FindStringSubmatch(m)
		for _, km := range loadGlossary().ko[s[1]] {
			if km.t.Class == 'v' && km.form == formNoun && s[1] != "입력" { // (입력받은 값: the input taken)
				return s[1] + batPassive.get(s[2]+s[3])
			}
		}
		return m
	})
	// 해당 사용자의 주문: the user in question; 해당하는 (matching) stays
	question = reDeterminerThe.ReplaceAllString(question, "$1")
	question = reEndsInExtKo.ReplaceAllString(question, "파일이 $1 파일인$2") // 파일 이름이 .png로 끝나는지: a png file (was isFileNameComplete)
	question = reJobThenWork.replaceSubmatches(question, func(m []string) string {
		// Sidekiq 잡 클래스, 매일 밤 연체료 계산하는거: the job is named for
		// its work (LibraryLateFeeJob; were Library, Job)
		w := strings.TrimSpace(m[3])
		if !strings.HasSuffix(w, "는") {
			w += "하는"
		}
		return m[1] + w + " " + m[2] + " 클래스"
	})
	question = reExtFilesKo.ReplaceAllString(question, "$1 $2")
	question = reNameAskKo.ReplaceAllString(question, "$1$2")     // 클래스 이름 골라주세요, 이름 뭐가 젤 좋아요, 이름 뭐 쓰면 돼요: the ask (were selectClassName, Like, useClassName)
	question = reWithinKmKo.ReplaceAllString(question, "${1}근처 ") // 반경 5km 안에 있는 가게, 거리 10km 이내인 사람: nearby (were kilometerStores, …WithinMatchDistanceKm…)
	question = reMaxLimitKo.replaceSubmatches(question, func(m []string) string {
		// 사진 최대 10장 제한, 로그인 최대 5회: the most of a count (was
		// MaxPhotoLimit); 개 stays (파일 최대 5개 is the phrasebook's)
		c := "개수"
		if m[1] == "회" || m[1] == "번" {
			c = "횟수"
		}
		return "최대 " + c + m[2]
	})
	question = reTogetherKo.ReplaceAllString(question, " $1")                   // 유저 정보랑 주문 내역 같이 불러오는: together, no same (was fetchSameUserInfo…)
	question = reTaskFnKo.replaceSubmatches(question, func(m []string) string { // celery로 … 보내는 태스크: a function (was the class ReportEmailTask)
		if m[3] != "" {
			return m[0] // 태스크 함수 says it already
		}
		return m[1] + m[2] + "함수"
	})
	question = reMutableType.ReplaceAllString(question, "$1")           // 기록들 MutableList 변수: a list (was mutableHistory)
	question = reRangeParen.ReplaceAllString(question, "")              // 등급(A~F)으로: the range of the grades (was f_to_grade)
	question = reFirstFree.ReplaceAllString(question, "무료 시간 ($1 단위) ") // 최초 30분 무료, 그 30분 상수명: the free time (was MINUTES)
	question = reGoesInto.ReplaceAllString(question, "$1 ")             // 레시피에 들어가는 재료들: the recipe's ingredients (was entered_ingredients)
	// 예약을 미리 잡을 수 있는, 회의 일정 잡는: 잡다 books it, no job
	question = reBookIt.ReplaceAllStringFunc(question, func(m string) string {
		s := reBookIt.FindStringSubmatch(m)
		return s[2] + s[1] + pairGet("을=할, 는=하는, 은=한, 아=해, 기=하기, 고=하고", s[3])
	})
	question = reBgJob.ReplaceAllString(question, "백그라운드에서")        // 백그라운드 작업으로 보내는: in the background (was send_with_task)
	question = reRunAgain.ReplaceAllString(question, "$1 재실행")      // 파이프라인을 다시 실행: rerun it (다시 실행 alone is the editor's redo)
	question = reTurnAgain.ReplaceAllString(question, "재실행하")       // 실패한 작업 다시 돌리는: reruns them (was run_failed_task)
	question = reFirstTime.ReplaceAllString(question, "첫 $1 여부")    // 앱이 처음 실행된 것인지: 첫 실행 여부 (isFirstLaunch)
	question = reJamoRun.ReplaceAllString(question, " ")            // 과제ㅠ, ㄱㄱ, ㅋㅋ: a feeling, no word (was AssignmentCalculation…)
	question = reDontUseKo.ReplaceAllString(question, "")           // atoi 쓰지 말고: an aside (was should_convert_string)
	question = reLeftOnesKo.ReplaceAllString(question, "제외한 ${1}만") // 만료된 쿠폰 빼고 남은 쿠폰들만: the others (was coupons)
	question = koRewrites.Replace(question)
	if hasAny(question, "냈", "낸", "내는", "낼") {
		// 레슨비 냈는지, 회비 안 낸: a fee paid (paid?; was check_fee)
		question = reFeePaidKo.replaceSubmatches(question, func(m []string) string {
			if m[3] != "" {
				return m[1] + m[2] + "미납" + feeEndings.get(m[4])
			}
			return m[1] + m[2] + "납부" + feeEndings.get(m[4])
		})
	}
	question = reThrownCustomKo.ReplaceAllString(question, "$1") // 실패하면 던질 커스텀 에러: the error, named for what failed (was CustomError)
	question = reWeekNumKo.ReplaceAllString(question, "${1}주")   // 3주차: a week, not parking
	question = reMomentKo.ReplaceAllString(question, "시각$1")     // 교체한 시점 변수: a moment (시점 alone is when)                      // one replacer: each call with a pair list costs code
	question = rePeriodKo.ReplaceAllStringFunc(question, periodAdjective)
	question = reOrderThenCmp.ReplaceAllString(question, "$1 $2")        // 짧은 순으로 qsort 할 때 넘길 비교 함수: the comparator of that order (was no function)
	question = reExpiredKo.ReplaceAllString(question, "${1}만료된 ")        // 유효기간 지난 약: expired medications (was past_expiry_date_medications)
	question = reNearExpiryKo.ReplaceAllString(question, "${1}만료 임박한 ")  // 유통기한 임박한 혈액팩: expiring blood bags (was bestBeforeDateBloodBags)
	question = reToStringKo.ReplaceAllString(question, "${1}로 바꾸")       // AST 노드를 소스코드 문자열로 찍어내는: a conversion (was printWithString)
	question = reAmongKo.ReplaceAllString(question, "$2 $1 $3")          // 보험 청구 중에 반려된 건수: the rejected claims' count (was rejected_count)
	question = reTTLPassedKo.ReplaceAllString(question, "만료되었")          // 캐시 항목 TTL 초과했는지: whether it expired (isExpired; was isCacheEntryTtlExceeded)
	question = reRateLimitKo.ReplaceAllString(question, "${1}당 최대 요청 수") // 레이트 리밋 분당 60회: requests per minute (was no name)
	question = reLeftWithKo.ReplaceAllString(question, "$1")             // 세탁소에 맡긴 옷: the clothes (was canPickUpEntrustedClothes)
	question = reRepsKo.ReplaceAllString(question, "$1 렙 수")             // 스쿼트 반복 횟수: reps (반복 횟수 alone is an iteration count)
	question = reDailyCountKo.ReplaceAllString(question, "${1}일일 $2")    // 하루에 출금한 횟수: the daily withdrawal count (was withdrawalCount)
	question = rePerOne.ReplaceAllString(question, "${1}당 ")             // 번역 요청 한 번에 보낼 최대 글자 수: per request
	question = reRetryOnFail.ReplaceAllString(question, "$1")            // "sends a webhook and retries on failure": sends a webhook
	question = reRoleRight.ReplaceAllString(question, "${1}권한이 있")       // 관리자 권한 있는지: has the admin permission
	question = dropLanguage(question)
	question = reDotNet.ReplaceAllString(question, " ") // ASP.NET Core 미들웨어: where the code lives (was AspNetCoreRequestLogger)
	question = restateEnglish(question)
	question = colloquialPurpose(question)
	question = reNotDone.ReplaceAllStringFunc(question, func(m string) string {
		// 답변 안 한 문의, 결제 안 했는지, 처리 안된 작업: 답변하지 않은,
		// 결제하지 않았는지, 처리되지 않은 (한, 했는지 and 된 alone after
		// 안 read as nothing)
		s := reNotDone.FindStringSubmatch(m)
		if v, ok := pairOf("된=은, 됐는지=았는지, 되는지=는지, 됐나=았나", s[2]); ok {
			return s[1] + "되지 않" + v + s[3]
		}
		return s[1] + "하지 않" + pairGet("한=은, 했는지=았는지, 하는지=는지, 했나=았나", s[2]) + s[3]
	})
	question = reManyOf.ReplaceAllStringFunc(question, func(m string) string {
		// 상품 페이지 수백개를: 상품 페이지들을
		s := reManyOf.FindStringSubmatch(m)
		return s[1] + "들" + pairGet("를=을, 을=을, 가=이, 이=이, 의=의", s[2])
	})
	question = rePackageNote.ReplaceAllString(question, "")           // 다른 패키지에서도 불러야 됨, (패키지 내부용): where it is used
	question = reWorthDoing.ReplaceAllString(question, "${1}할 수 있는지") // 재시도 해볼만한 건지: whether it can be retried
	question = reAgo.ReplaceAllStringFunc(question, agoName)
	question = reZeroLen.replaceWith(question, "가 비어 있는지", "0")              // 리스트 길이가 0인지: whether it is empty
	question = reTimeUntil.ReplaceAllString(question, "${1}how long until ") // "time until the next alarm": how long (timeUntilNextAlarm)
	question = reSeeingKo.ReplaceAllString(question, "$1")                   // 보드 상태 보고 승자 판정하는: the winner determined (was judge_report_winner)
	question = reThanQ.ReplaceAllStringFunc(question, func(m string) string {
		// 가격이 0보다 큰지: positive; 점수가 100보다 낮은지: below a
		// threshold (not isPriceLarge, isScoreLow)
		s := reThanQ.FindStringSubmatch(m)
		up := strings.ContainsAny(s[2], "크큰많높밝")
		if s[1] == "0" {
			return map[bool]string{true: "양수인지", false: "음수인지"}[up]
		}
		return map[bool]string{true: "기준치 초과인지", false: "기준치 미만인지"}[up]
	})
	question = reIsItThat.ReplaceAllStringFunc(question, func(m string) string {
		// 사용된건지, 결제한 건지: 사용됐는지, 결제했는지
		s := reIsItThat.FindStringSubmatch(m)
		switch s[2] {
		case "된":
			return s[1] + "됐는지"
		case "한":
			return s[1] + "했는지"
		}
		return s[1] + s[2] + "지"
	})
	question = reColumnName.ReplaceAllString(question, "필드 이름")                 // 만료 시각 컬럼명, 만료 시각 컬럼: a column is a field
	question = reOnePer.ReplaceAllString(question, "${1}당")                     // 에폭 하나당, 배치 하나마다: per epoch, per batch
	question = codeKinds(question)                                              // kindhead.go: unordered_map, Vec, @Published, companion object 안의
	question = reWaitUntil.ReplaceAllString(question, "${1} for the ${3} ${2}") // "waits until the websocket is connected": waits for the connected websocket
	question = reCheckWhether.ReplaceAllString(question, "${1}whether ")        // "check whether the user can edit the post", "function to check whether …": whether
	question = reTimeBefore.ReplaceAllString(question, "how long until ")       // "the amount of time before the session expires"
	question = reCountsHowOften.ReplaceAllString(question, "of ${1} counts")    // "dictionary that counts how often each word appears"
	question = reCurrentlyBeing.ReplaceAllString(question, "being")             // "the element currently being dragged"
	question = reOlderThan.ReplaceAllString(question, "${2} ${1}")              // "archives posts older than a year": the old posts
	question = rePoolOf.ReplaceAllStringFunc(question, func(m string) string {
		// "manages a pool of worker threads": the worker thread pool
		// (WorkerThreadPoolManager, WorkerThreadPool), not a pool
		s := rePoolOf.FindStringSubmatch(m)
		last := s[4]
		if one, ok := singular(last); ok {
			last = one
		}
		return s[1] + " " + strings.TrimSpace(s[3]+" "+last) + " " + s[2]
	})
	question = reLocallyDone.ReplaceAllString(question, "local $1") // "locally saved drafts": local drafts
	if naming.QuestionIsKorean(question) && strings.ContainsFunc(question, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }) {
		// 작업 갯수 (atomic.Int64) 필드, 수면 시간 TimeInterval 변수: the
		// value's machine type is its declaration, not its name
		question = reMachineType.ReplaceAllString(question, "$1 $2")
	}
	// 유저 수 보여줘야 되는데 그거 구하는 메서드: 그거 is the thing before
	// the clause, which stays; the clause's verb goes
	question = reThatOne.ReplaceAllString(question, " ")
	question = reNearestBy.ReplaceAllStringFunc(question, func(m string) string {
		// 가까운 순으로 가게 k개 찾는: the nearest stores, a search in an
		// order; 가격 낮은 순으로 (an attribute's order) stays a sort key
		s := reNearestBy.FindStringSubmatch(m)
		if s[1] != "" && !suffixOf(strings.TrimSpace(s[1]), "에서|에|로|은|는|이|가|을|를|서") {
			return m
		}
		return s[1] + "가장 " + s[2] + " " + s[3]
	})
	question = reWhenNone.ReplaceAllStringFunc(question, func(m string) string {
		// 검색 결과 없을 때 보여줄 메시지: the empty search result message;
		// 장바구니에 상품 없을 때 보여줄 화면: the empty cart screen
		s := reWhenNone.FindStringSubmatch(m)
		if s[1] != "" {
			return "빈 " + s[1] + " "
		}
		return "빈 " + s[2] + " "
	})
	question = reLivesOn.ReplaceAllStringFunc(question, func(m string) string {
		// Course 모델에 수강 완료한 학생 수 돌려주는 메서드: where the method
		// lives is no part of its name (was ..._to_course); 모델에 저장하는
		// (a target) stays.
		if reLivesOnVerb.MatchString(question[strings.Index(question, m)+len(m):]) {
			return m
		}
		return ""
	})
	question = reHeldPlural.ReplaceAllString(question, "$1 변수") // 사용자가 붙인 태그들 상태 변수: the tags (was attachedTagStatus)
	question = reReturnedAs.ReplaceAllString(question, "$1")    // 카테고리별로 묶어서 배열로 돌려주는: what is returned, not its container
	if containsOf(question, "끝나|끝날|종료") {
		question = reEndsAt.replaceSubmatches(question, func(m []string) string {
			// 예약 끝나는 시각: the end time (was calculate_reservation_time);
			// 유효기간 끝나는 날짜, 체험 14일 끝나는 날짜 keep their own reading
			if strings.HasSuffix(m[1], "기간") || suffixOf(m[1], "가|이") || strings.ContainsAny(m[1], "0123456789") {
				return m[0]
			}
			return m[1] + " 종료 " + m[2]
		})
	}
	question = reReturnNoun.ReplaceAllString(question, "${1}반환하는 $2") // 책 개수 반환 메서드: returns the count (was returnBorrowedBookCount)
	question = reWaitTime.ReplaceAllString(question, "$1 타임아웃")       // graceful shutdown 기다리는 시간: the shutdown timeout
	question = reGathered.ReplaceAllString(question, "목록을 담는")        // 세션 토큰 모아놓은 변수: the tokens (was session_token)
	question = reOwnerNext.replaceSubmatches(question, func(m []string) string {
		// 구독의 다음 결제일: the next billing date (was
		// next_subscription_billing_date); 주의 마지막 날 and 분기의 첫
		// 날 keep the period they are of
		if periodOwners.has(m[1]) {
			return m[0]
		}
		return " " + m[2] + " "
	})
	question = reErrorOnly.ReplaceAllString(question, "에러만")     // ERROR 레벨만 걸러내는: the errors (filter_errors)
	question = reJustOne.ReplaceAllString(question, "$1 하나$2$3") // 사용자 한 명을: one user (was get_users)
	question = reReturnsTail.ReplaceAllString(question, "")      // …메서드, CompletableFuture 반환: the type it returns, not its action
	question = reHeldIn.ReplaceAllString(question, "$1 $2 $3")   // 해시 테이블에 들어 있는 항목 수: the item count (was contained_item_counts)
	question = reToQueue.ReplaceAllString(question, "큐에 넣는")     // 큐 작업으로 넘기는: enqueues it
	question = reSumUp.ReplaceAllString(question, "합산하는")        // 지역별로 합계 내는: sums by region (was get_revenue)
	question = reWrittenBy.replaceSubmatches(question, func(m []string) string {
		// 유저가 쓴 글: the user's posts (countUserPosts, was
		// countWrittenPosts); 내가 쓴 글 is the phrasebook's (myPosts)
		if m[1] == "내" || m[1] == "제" || m[1] == "우리" {
			return m[0]
		}
		return m[1] + " "
	})
	question = reGroupedInto.replaceWith(question, "묶는 ", "묶어", "그룹", "모아") // 부서별로 묶어서 HashMap 만드는: grouping (was create_by_department)
	if m := reSettingAt.FindStringSubmatchIndex(question); m != nil {
		// C# 재고관리에서, 가계부 앱인데: where the code lives (was
		// stockByCode); 채팅방 목록 화면에서 쓰는 배열 is what the screen
		// uses, and stays.
		if rest := question[m[2]:]; len(strings.Fields(rest)) >= 3 && !prefixOf(rest, "쓰|사용|쓰이|보여|띄우|표시") {
			question = rest
		}
	}
	question = reMadeKind.ReplaceAllString(question, "$1 ")                // Dictionary 만들었는데 지역변수명: the Dictionary is what is named, no setting
	question = reFindUse.ReplaceAllString(question, " 찾는")                 // 사용자 id로 세션 찾아 쓰는 Map, 계좌 객체 찾는: finds sessions, finds accounts
	question = reKeyedByKo2.ReplaceAllString(question, "${2}들을 ${1}별로 담는") // 창고 코드로 Warehouse 객체 빠르게 찾으려고: warehouses by code
	question = reKeyedByKo.replaceSubmatches(question, func(m []string) string {
		// 세션들을 플레이어ID로 관리하는 맵: sessionsByPlayerId; 비동기로
		// 조회하는 is how, not a key
		if adverbialRo.has(strings.TrimSpace(m[2])) {
			return m[0]
		}
		return m[1] + " " + m[2] + "별로 담는"
	})
	question = reBuiltWith.ReplaceAllString(question, "")                          // C로 만든 간단한 스케쥴러에서: the setting (was created_pending_run_tasks)
	question = reLeftAfter.ReplaceAllString(question, "")                          // 만료된 쿠폰 걸러내고 남은 사용 가능 쿠폰들: the usable coupons
	question = reArrowConvKo.replaceSubmatches(question, func(m []string) string { // 바이트 슬라이스 → 헥스 문자열 바꾸는: from the left to the right (was parse_bytes)
		return josa(m[1], "을", "를") + " " + josa(m[2], "으로", "로") + m[3] + m[4]
	})
	question = arrowConversion(question)
	question = reArrowMap.ReplaceAllStringFunc(question, func(m string) string {
		// [상품ID => 담은 수량], 이름->타입: quantities by product ID; a key's
		// 이름 goes (카테고리 이름 → 상품 리스트: productsByCategory, where 이름
		// read as the request for a name)
		s := reArrowMap.FindStringSubmatch(m)
		k, _ := strings.CutSuffix(s[1], " 이름")
		return k + "별 " + s[2]
	})
	question = reEventTaken.ReplaceAllString(question, "$1 이벤트 핸들러 ") // 재고 변경 이벤트 받는 메서드: onStockChanged (was receiveStockUpdateEvent)
	question = reFormattedAs.ReplaceAllString(question, "포맷된 $1 $2")  // 재생 시간(초)을 '01:23:45' 형식으로 변환한 문자열: the formatted duration
	if !reRunsWhenQ.MatchString(question) {
		question = reJobMethod.ReplaceAllString(question, "$1") // 배치 메서드, 잡 메서드, @Scheduled 메서드: a method (batch read as the object)
	}
	if strings.ContainsAny(question, "0123456789") || strings.Contains(question, "자정") || strings.Contains(question, "정오") {
		// (the schedule needs an hour, a day, 자정 or 정오)
		question = reSchedule.replaceSubmatches(question, func(s []string) string {
			// 매달 1일에, 매일 새벽 4시에: when it runs (was startOfMonth); 매일
			// 자정에 실행되는 함수 is about when, and stays.
			if reRunsWhen.MatchString(question[strings.Index(question, s[0])+len(s[0]):]) {
				return s[0]
			}
			return ""
		})
	}
	question = reSinceDone.ReplaceAllString(question, "$1 ") // 탈퇴한 지 30일 지난 회원: withdrawn members (was delete_past_members)
	question = reByMeans.ReplaceAllString(question, "")      // celery 태스크로, 사이드킥 잡으로: how it runs, not what it does (was create_with_task)
	question = reTwoLevel.ReplaceAllString(question, "$1")
	question = reTwoKeys.ReplaceAllString(question, "${1}와 ${2}별로") // 부서별, 직급별로: by department and job title       // 부서별, 직급별로 두 단계 그룹핑: the levels are the two keys
	question = reComputedOf.ReplaceAllString(question, "$1 $2")     // 장바구니 총액 계산하는 computed 속성: the total (was calculatedCartTotal)
	question = rePrefixFront.ReplaceAllString(question, " $1")      // 키 앞에 붙이는 접두사: the prefix
	question = reKeyPrefixWhen.ReplaceAllString(question, "$1 $2")  // 세션 저장할 때 키 접두사: the session key prefix (was session)
	question = reCountKey.ReplaceAllString(question, "$1 count 키")  // 앱 실행 횟수 저장하는 SharedPreferences 키: the launch count's key (was APP_LAUNCH_KEY_COUNT)
	question = reCalledWhen.replaceSubmatches(question, func(s []string) string {
		// 수신될 때마다 불리는 콜백, 받았을 때 이벤트 함수: called then (was
		// handle_message_receive); the kind word it stood for stays
		if hasAnyPrefix(strings.TrimSpace(strings.TrimPrefix(s[0], s[1])), "불", "트리거") {
			return s[1] + " 호출되는 "
		}
		return s[1] + " 호출되는 함수"
	})
	question = reListLike.ReplaceAllString(question, "")         // A, B, ..., AA 같은 열 이름: the column names (the examples go)
	question = reNotArrived.ReplaceAllString(question, "대기 중인 ") // 아직 ACK 안 온 패킷들: pending packets (was ack_packets)
	question = reCaseStyle.replaceFuncWithAny(question, []string{"case", "대문자", "소문자"}, func(m string) string {
		// 주문 취소하는 함수, snake_case로: the room's convention cases
		// the names; the style is no word of them (was to_snake_case).
		// snake_case로 바꾸는 is a conversion and stays.
		if !strings.HasSuffix(strings.TrimSpace(m), "로") && !strings.HasSuffix(strings.TrimSpace(m), "요") && strings.TrimSpace(m) != "" &&
			suffixOf(m, "바꾸|바꿔|변환|변경|convert|된|되|돼") {
			return m
		}
		return " "
	})
	question = reFieldsHeld.ReplaceAllStringFunc(question, func(m string) string {
		// HTTP 응답 상태코드, 헤더, 바디 담는 구조체: the type is what owns
		// the fields, the HTTP response (was HttpResponseStatusCodeHeaderBody);
		// 패킷 헤더의 출발지 포트, … : the packet header.
		s := reFieldsHeld.FindStringSubmatch(m)
		owner := strings.TrimSpace(s[1])
		if i := strings.LastIndex(owner, "의 "); i > 0 {
			owner = owner[:i]
		} else if strings.HasSuffix(s[2], "의") {
			owner = strings.TrimSpace(s[1] + strings.TrimSuffix(s[2], "의"))
		}
		if owner == "" {
			return m
		}
		return owner + " " + s[3]
	})
	question = reShowsUIKo.ReplaceAllString(question, "${1} ${2} 클래스") // 주문 내역 보여주는 화면: OrderHistoryScreen (was shownOrderHistoryScreen)
	question = reHasInList.ReplaceAllStringFunc(question, func(m string) string {
		// 배열에 해당 ID가 있는지: whether the array contains the id
		// (containsId), not whether it has ids
		s := reHasInList.FindStringSubmatch(m)
		return particleFor(s[1], "가") + " " + particleFor(s[2], "를") + " 포함하는지"
	})
	question = reInsideOf.ReplaceAllString(question, "$1 내의 ") // 폴더 안의 파일, 채팅방 안에 있는 메시지: the folder's files
	// 5년치만 남기는, 지연된 것만 남기는: keeping only some is filtering (was
	// log, record: 남기다 also leaves a log); 숫자만 남기 stays, for the
	// phrasebook's removeNonDigits (the replacer's first pair maps it to itself)
	question = keepOnlyKo.Replace(question)
	// 100달러 넘는 주문, 5만원 이상 결제, 만 원 미만 상품: a bound on the price is the
	// things' value (고액 주문: highValueOrders; was FilterExceededDollarOrders)
	question = reMoneyBoundKo.replaceSubmatches(question, func(m []string) string {
		if m[1] != "" {
			return m[0] // 가격이 만원 이하인: the price names the bound (filterProductsBelowPriceThreshold)
		}
		if containsOf(m[2], "이하|미만|싼|저렴") {
			return "저가 "
		}
		return "고액 "
	})
	// 수급 자격이 있는지, 할인 받을 자격이 되는지: eligible (was
	// HasBasicQualifications), as the glossary's 자격 있다
	question = eligibleKo.Replace(question)
	question = reOnlyAdmins.ReplaceAllStringFunc(question, func(m string) string {
		// 관리자만 뽑기: the admins, filtered (관리자만 접근 is admin only)
		if strings.HasSuffix(m, "기") {
			return "관리자들만 필터링하기"
		}
		return "관리자들만 필터링하는"
	})
	question = reOnlyCertain.ReplaceAllStringFunc(question, func(m string) string {
		// 특정 IP 요청만 골라내는, 특정 사용자 주문만 필터링하는: the
		// requests by IP (filterByIP), not the IP requests
		s := reOnlyCertain.FindStringSubmatch(m)
		verb := "필터링하는"
		if strings.HasSuffix(s[3], "기") {
			verb = "필터링하기"
		}
		if s[2] == "" {
			return s[1] + " 기준으로 " + verb
		}
		return particleFor(s[2], "를") + " " + s[1] + " 기준으로 " + verb
	})
	// 마지막 입장 가능 시간: the entry time (lastEntryTime; was
	// lastAvailableEnterTime); 다음 예약 가능한 일시: the next available
	// time (was nextReservationAt)
	question = reDoesHandlerKo.replaceSubmatches(question, func(m []string) string { // 환영 메일 보내는 receiver 함수: the function sends it (send_welcome_email; was get_sent_welcome_email_receiver); 불리는 콜백 stays
		if hasAnyPrefix(m[1], "불리", "호출", "실행", "트리거", "발생", "돌아가", "작동") || strings.HasSuffix(m[1], "되는") {
			return m[0]
		}
		return " " + m[1] + " " + m[2]
	})
	question = reStoredKeyKo.ReplaceAllString(question, "$1 키")      // 다크모드 켜져있는지 저장하는 UserDefaults 키: the dark mode key (was userDefaultsKeys)
	question = reManagedHolderKo.ReplaceAllString(question, "$1 $2") // 이펙트 풀 관리하는 클래스: the pool is the class (EffectPool; was EffectManager)
	question = reActPossibleTime.ReplaceAllString(question, "$1 $2")
	question = reAvailTime.ReplaceAllString(question, "이용 가능 $1")
	if !strings.Contains(question, "몇") { // (단어 몇 개인지 세는 변수: 몇 says the count)
		question = reCountingVarKo.replaceSubmatches(question, func(m []string) string { return " " + cmp.Or(m[1], "개수") + " " + m[2] }) // 펄스 세는 변수: a count of pulses (was encoder_pulse)
	}
	question = reHowManyKo.ReplaceAllStringFunc(question, func(m string) string {
		// 바이트 몇 개 있는지, 몇 명인지: how many, a count
		if strings.Contains(m, "남") {
			return "남은 개수"
		}
		return "개수"
	})
	question = whenKo(question)
	question = reShownOnKo.ReplaceAllString(question, " $1")                          // 뱃지에 표시하는 변수: shown there, holding it (was no name)
	question = reMultiSelectKo.ReplaceAllString(question, "선택$1")                     // 다중 선택한 사진: the selected ones (was multiSelectPhotoUris)
	question = reReceiptConfirmedKo.ReplaceAllString(question, "받았는지")                // 수령확인 됐는지: received
	question = reRetryContextKo.ReplaceAllString(question, "")                        // 배포 실패하면 재시도하는데 그 재시도 횟수: the retry count
	question = rePDFOutKo.ReplaceAllString(question, "PDF 생성하")                       // 견적서 PDF로 뽑는: generates the PDF (was pick_quote)
	question = reCanDayKo.ReplaceAllString(question, "$1 $2")                         // 찾아갈 수 있는 날 계산: the pickup day, not whether one can (was canCalculateDay)
	question = reCompletedActKo.replaceSubmatches(question, func(m []string) string { // 본인인증 완료했는지: verified (was is_identity_verification_completed)
		return strings.Replace(m[1], "본인", "신원", 1) + m[2] + " " + m[3]
	})
	question = reUnspacedNotKo.ReplaceAllString(question, " 안 $1 ")                  // 안읽은 알림: not read (was no name)
	question = reRequestSentKo.replaceSubmatches(question, func(m []string) string { // 승인 요청을 보내는: requests approval (was sendPaymentApprovalRequest)
		if !strings.HasSuffix(m[1], "승인") && !strings.HasSuffix(m[1], "환불") && !strings.HasSuffix(m[1], "취소") {
			return m[0] // 결제 요청 보내는, 친구 요청: sends the request
		}
		return m[1] + " 요청하" + m[2]
	})
	question = reOthersDidKo.ReplaceAllString(question, "이미 ")           // 이미 다른 사람이 예약했는지: reserved (was isSelectedSeatPersonReserved)
	question = reWhileDoingKo.ReplaceAllString(question, "")             // 요금 계산하는데 최초 무료 시간: the scene (was CALCULATED_…)
	question = reDidRecordKo.ReplaceAllString(question, "$1 $2")         // 점검한 기록: an inspection record (was History)
	question = reMislabeledKo.ReplaceAllString(question, " mislabeled ") // 라벨 잘못 붙은 샘플들
	if reMembersAskedKo.MatchString(question) {
		question = reProgressStatusKo.ReplaceAllString(question, "상태") // 수리 진행 상태 (접수, 진단중, …) 유니온 타입: the repair status
	}
	if !strings.Contains(question, "버튼") { // (버튼 눌렸을 때 슬롯: on_save_button_clicked, Qt's own signal)
		question = reQtSlotKo.ReplaceAllString(question, "$1 호출되는 핸들러") // 텍스트 바뀔 때 연결할 슬롯: a handler (was handle_changed_slot)
	}
	question = reIncludedModuleKo.ReplaceAllString(question, " 모듈")                // 공통으로 include 할 모듈: the module
	question = rePlantCookieKo.ReplaceAllString(question, "쿠키에 저장하")               // 쿠키에 심어주는: stores (was plantRefreshToken)
	question = reNeededKindKo.ReplaceAllString(question, "$1 필요한지")                // 처방전 필요한 약인지: whether it needs one (was isPrescriptionMedication)
	question = reLessThanKo.ReplaceAllString(question, "$1 부족한지")                  // 잔액이 통행료보다 적은지: insufficient (was toll)
	question = reApprovedByKo.ReplaceAllString(question, "승인됐는지")                  // 고객 컨펌 받았는지: approved
	question = reHpZeroKo.ReplaceAllString(question, "죽으면")                        // 체력 0 되면 불리는 콜백: when it dies (onPlayerDied; was onHpDeath)
	question = reNotifiedDoneKo.ReplaceAllString(question, "$1 완료되면")              // 세차 끝났다고 알림 오면: when the wash completes (was onNotification)
	question = reJSONToObjectKo.ReplaceAllString(question, "$1 파싱하")               // 로스팅 프로파일 json을 객체로 바꾸는: parses a roast profile (was toObject)
	question = reBothHistoryKo.ReplaceAllString(question, "$1")                    // 적립/사용 내역: the history (was PointEarningUsageHistory)
	question = reValidityPassedKo.ReplaceAllString(question, "만료됐는지")              // 접종 유효기간 지났는지: expired
	question = reLookingAtKo.ReplaceAllString(question, "$1 기준으로 $2")              // 물때표 보고 다음 만조 시각 구해 주는: from the table (was …TideTableReport…)
	question = reBareObjAtKo.replaceSubmatches(question, func(m []string) string { // 적 캐릭터 화면에 스폰시키는: the enemy is spawned (was spawn_to_enemy_screen)
		return m[1] + m[2] + josa(m[2], "을", "를") + " " + m[3] + m[4] + " " + m[5]
	})
	question = reHandledDoneKo.replaceSubmatches(question, func(m []string) string {
		// 하원처리 됐는지: picked up (was isProcessed); 작업에서 처리 완료된:
		// processed, as it reads; 이미 처리됐는지 is processed (이미 is no
		// verbal noun: was is_file)
		if particleEnd(m[1]) || oneOf(m[1], "이미|벌써|아직|모두|전부|제대로|정상적으로|성공적으로|방금|완전히|이제|다시|잘") {
			return m[0]
		}
		return m[1] + " " + m[2]
	})
	question = reAwaitingKo.replaceSubmatches(question, func(m []string) string {
		// 입양 기다리는 유기견들: pending adoption (was waitedAdoptionDogs);
		// 끝날 때까지 기다리는 함수, 결과를 기다리는: waiting, as it reads
		if strings.HasSuffix(m[1], "까지") || hasAnyPrefix(m[1], "결과", "응답", "완료", "입력", "연결", "로딩", "데이터", "작업", "요청") || m[2] != "" {
			return m[0]
		}
		return m[1] + " 대기 중인 "
	})
	question = reNotebookKo.ReplaceAllString(question, "")                         // 노트북에서 이상치 날려버리는: where the code runs (was remove_note_outlier)
	question = rePolledDoneKo.ReplaceAllString(question, "$1 상태 $2")               // 발급 끝났는지 계속 폴링하는: polls the status (was isIssueComplete)
	question = reHowManyDoingKo.ReplaceAllString(question, "고 있는 인원 수")            // 몇 명 타고 있는지: the number of people riding (was has)
	question = reFellBelowKo.replaceSubmatches(question, func(m []string) string { // 기준치 밑으로 떨어졌는지: below it (was get_threshold)
		if strings.HasPrefix(m[1], "위") || strings.HasPrefix(m[1], "넘") || strings.HasPrefix(m[1], "초과") {
			return "초과인지"
		}
		if strings.HasPrefix(m[1], "이하") {
			return "이하인지"
		}
		return "미만인지"
	})
	question = reFetchedAvailKo.ReplaceAllString(question, "가용 여부를 $1") // 예약 가능여부 async로 받아오는: fetches the availability (was isAvailable)
	question = reFetchedAnyKo.ReplaceAllString(question, "$1 목록 $2")    // 빈 칸 있는지 조회하는 비동기 함수: fetches the empty ones (was isGot)
	question = reOrNotKo.ReplaceAllString(question, "$1")               // 있는지 없는지, 했는지 안 했는지: whether (was has_no_queen_bees first)
	question = reKeptHolderKo.ReplaceAllString(question, "저장하는 $1")     // 저장해둘 bool 변수: the variable holds it (was should_save_queen_bee)
	question = reChangedValueKo.ReplaceAllString(question, "새 $1")      // 바뀐 출항 시각: the new departure time (was changedDepartureTime)
	question = reDueOfKo.replaceSubmatches(question, func(m []string) string {
		if hasAnyPrefix(m[1], "배송", "도착", "반납", "갱신", "계약", "결제", "시작", "종료", "출산", "입금", "지급") {
			return m[0] // (estimated delivery date, due date …: terms of their own)
		}
		return m[1] + " 날짜" // 교체 예정일: the replacement date (was replace_scheduled_date)
	})
	question = reParsedStringKo.ReplaceAllString(question, "$1 $2") // 좌석번호 문자열 파싱하는: parses a seat number (was parseString)
	question = reCalledWhenKo.ReplaceAllString(question, "$1 호출되는") // 죽으면 부르는 메서드: called then, a handler (was GetDeadPlayer)
	if !reToldWhomKo.MatchString(question) {
		// 남은 시간 알려주는 함수: a function that tells a value returns
		// it, as 구하는 (was notify_remaining_stock); one that tells
		// someone, or tells when something happens, notifies
		question = reTellsValueKo.replaceSubmatches(question, func(m []string) string {
			if strings.HasSuffix(m[1], "지") {
				return m[0] // 찾아갈 수 있는지 알려주는: a check, as it reads
			}
			return m[1] + " 구하는 " + m[2]
		})
	}
	loc := reMakingNow.FindStringIndex(question) // (anchored at the start: one match at most)
	if loc == nil {
		return question
	}
	if reOnlyAskKo.MatchString(question[loc[1]:]) && (reKindWord.MatchString(question[:loc[1]]) || reTypeHeadKo.MatchString(question[:loc[1]])) {
		// 장바구니 비우는 함수 작성 중인데 이름 추천: what is being built is
		// the thing asked, the rest only asks (was no name)
		return reMakingTail.ReplaceAllString(question[:loc[1]], "") + " " + question[loc[1]:]
	}
	return question[loc[1]:]
}

// particleEnd: a Korean word that ends in a particle (작업에서, 주문을).
func particleEnd(w string) bool {
	for _, p := range []string{"에서", "에", "을", "를", "이", "가", "은", "는", "의", "로", "와", "과", "도", "만"} {
		if strings.HasSuffix(w, p) {
			return true
		}
	}
	return false
}

// signedUpStates are the states of things a clause says someone signed
// up for.
const signedUpStates lazyPairs = "signed up for=subscribed, subscribed to=subscribed, enrolled in=enrolled, registered for=registered, opted into=opted in"

// whenEventNoun maps the verb of "when the X ends" and "the date a X
// expires" to the event's noun (end, expiry), which names its time.
const whenEventNoun lazyPairs = "ends=end, starts=start, begins=start, closes=closing, opens=opening, expires=expiry, finishes=finish, arrives=arrival, departs=departure"

// whenKo: 언제 만료되는지, 버스가 언제 오는지: when something happens is
// its time (expiry date, arrival time), not whether it does (was
// coupon_expired?; 언제 was no word). The time said again right after it
// (언제 만료되는지 만료일) is said once.
func whenKo(question string) string {
	if !strings.Contains(question, "언제") && !strings.Contains(question, "몇 시") && !strings.Contains(question, "몇시") {
		return question
	}
	var b strings.Builder
	last := 0
	for _, m := range reWhenKo.FindAllStringSubmatchIndex(question, -1) {
		var noun string
		if m[2] >= 0 {
			noun = question[m[2]:m[3]]
		} else {
			noun = whenNativeKo.get(question[m[4]:m[5]])
		}
		b.WriteString(question[last:m[0]])
		last = m[1]
		if noun == "" {
			b.WriteString(question[m[0]:m[1]])
			continue
		}
		if strings.HasPrefix(strings.TrimLeft(question[m[1]:], " "), noun) {
			continue // 언제 만료되는지 만료일 계산: the date it names
		}
		if noun == "만료" {
			b.WriteString("만료일") // a date (expiry date, expires_on)
		} else {
			b.WriteString(noun + " 시각")
		}
	}
	b.WriteString(question[last:])
	return b.String()
}

// asidesKo: words that say how a thing is asked about, not what it is.
var asidesKo = replacerOf("하는 쪽 |하는 |발생 횟수|횟수|발생한 횟수|횟수|발생 건수|건수|권한 받았는지|권한 있는지|권한 받은지|권한 있는지|동네별|지역별|권한 얻었는지|권한 있는지|dict로|딕셔너리로|dict으로|딕셔너리로|유효시간 지났는지|유효기간 지났는지|유효시간이 지났는지|유효기간 지났는지|기간 끝났는지|만료됐는지|기간이 끝났는지|만료됐는지")

// whenNativeKo: the verbal noun of a native verb asked when of.
const whenNativeKo lazyPairs = "오는지=도착, 올지=도착, 끝나는지=종료, 끝날지=종료, 열리는지=오픈, 떠나는지=출발, 나오는지=출시, 돌아오는지=복귀, 들어오는지=입고, 바뀌는지=변경, 풀리는지=해제"

// dropLanguage drops the room's language named in passing (JS에서, C++에서,
// Rust HashMap으로): it is no part of the name. A style named after it
// (Google C++ Style, 자바 컨벤션) stays: it says how to case the name.
func dropLanguage(q string) string {
	var b strings.Builder
	last := 0
	for _, m := range reLangIn.FindAllStringSubmatchIndex(q, -1) {
		if prefixOf(strings.ToLower(q[m[1]:]), "style|스타일|컨벤션|convention|코딩") {
			continue
		}
		b.WriteString(q[last:m[0]])
		b.WriteString(q[m[2]:m[3]])
		last = m[1]
	}
	b.WriteString(q[last:])
	return reLangLead.ReplaceAllString(b.String(), "$1")
}

// colloquialPurpose writes the spoken purpose ending as it is spelled:
// 낼라고, 할라고 and 할려고 are 내려고, 하려고 (a syllable ending in ㄹ, then
// 라고; 려고 only after 할, as 열려고 and 만들려고 are spelled right).
func colloquialPurpose(q string) string {
	rs := []rune(q)
	for i := 0; i+2 < len(rs); i++ {
		r := rs[i]
		if r < 0xAC00 || r > 0xD7A3 || (r-0xAC00)%28 != 8 || rs[i+1] != '라' && !(rs[i+1] == '려' && r == '할') || rs[i+2] != '고' && rs[i+2] != '구' {
			continue
		}
		if i+3 < len(rs) && unicode.Is(unicode.Hangul, rs[i+3]) {
			continue // part of a longer word
		}
		rs[i] = r - 8 // drop the final ㄹ
		rs[i+1], rs[i+2] = '려', '고'
	}
	return string(rs)
}

// The rewrites' patterns (reProperty and reGoExported are read by
// asksPublic, on the question as typed).
const (
	reBookIt       = lazyRE(`(예약|약속|진료)(?:을|를)?\s*(미리\s*)?잡(을|는|은|아|기|고)`)
	reBgJob        = lazyRE(`백그라운드\s*(?:작업|잡|태스크|job|워커)\s*(?:으로|로)`)
	reRunAgain     = lazyRE(`(\p{Hangul}(?:을|를))\s*다시\s*실행`)
	reTurnAgain    = lazyRE(`다시\s*돌리`)
	reOrderThenCmp = lazyRE(`(순으로|순서로)\s+[^,.?]{0,30}?(?:넘길|넘겨줄|넘기는|넘겨주는|전달할|전달하는|쓰는|쓸|사용할|사용하는)\s+(비교\s*함수|비교자|비교\s*메서드|[Cc]omparator|컴패레이터)`)
	reExpiredKo    = lazyRE(`(^|\s)(?:유효\s*기간|유효\s*기한|사용\s*기한)(?:이|가)?\s+(?:지난|넘은|넘긴|지나버린)\s+`)
	reNearExpiryKo = lazyRE(`(^|\s)(?:유효\s*기간|유효\s*기한|사용\s*기한|유통\s*기한)(?:이|가)?\s+(?:임박한|얼마\s*안\s*남은|다\s*된)\s+`)
	reToStringKo   = lazyRE(`(문자열|스트링|텍스트|string)로\s*(?:찍어\s*내|뽑아\s*내|출력하|찍)`)
	reAmongKo      = lazyRE(`((?:\p{Hangul}+\s+)?\p{Hangul}+)\s+중(?:에서|에)\s+(\p{Hangul}+[된한인은])\s+(건수|개수|수|목록|리스트|비율)`)
	reTTLPassedKo  = lazyRE(`(?i)\bTTL\s*(?:이|가|을|를)?\s*(?:초과했|초과됐|초과되었|지났|넘었|넘겼)`)
	reRateLimitKo  = lazyRE(`(?i)(?:레이트\s*리밋|rate\s*limit|요청\s*제한|호출\s*제한|API\s*제한)\s*(초|분|시간|하루|일)당\s*\d+\s*(?:회|번|건|개)?`)
	reLeftWithKo   = lazyRE(`(^|\s)\p{Hangul}+에\s*맡긴\s+`)
	reRepsKo       = lazyRE(`(스쿼트|푸시업|팔굽혀펴기|턱걸이|런지|데드리프트|벤치프레스|윗몸일으키기|세트)\s*반복\s*(?:횟수|수)`)
	reDailyCountKo = lazyRE(`(^|\s)하루에\s+(\p{Hangul}+[한된낸은]\s+(?:\p{Hangul}+\s+){0,2}(?:횟수|건수|개수|수)(?:\s|$))`)
	rePeriodKo     = lazyRE(`(^|[^달월\s]\s)(하루|1일|월|연)\s+(\p{Hangul}+)`)
	reFirstTime    = lazyRE(`처음\s*(?:으로\s*)?(실행|시작|로그인|방문|접속|설치|구매|결제|가입)(?:된|한|하는|되는)\s*(?:것|거)(?:인지|이야|인가)`)
	reRedo         = lazyRE(`(?i)\bre-([a-z]{3,})`)
	rePerOne       = lazyRE(`(\p{Hangul}{2,})\s+(?:한\s?번에|하나에|하나당|한\s?개에|한\s?개당|한\s?명이|한\s?명당|1개당|1명당|1회에|1건당|한\s?건당)\s*`)
	reIsCurrently  = lazyRE(`(?i)\b(is|are)\s+(?:currently|now)\s+([a-z]+ing)\b`)
)

var (
	koRewrites = replacerOf("A/B|AB|a/b|ab|e스포츠|이스포츠|E스포츠|이스포츠|켜고 끄는|토글하는|껐다 켜는|토글하는|켰다 끄는|토글하는|켜고 끄기|토글|별로 분류하는|별로 묶는|별로 분류한|별로 묶은|별로 분류해|별로 묶어|별 분류하는|별로 묶는|되어있는지|되어 있는지|돼있는지|돼 있는지|되있는지|되어 있는지|몇 번 틀렸는지|오답 횟수|몇번 틀렸는지|오답 횟수|담겼을 때|추가됐을 때|담겼을때|추가됐을 때|담기면|추가되면|출근 체크한|출근한|출석 체크한|출석한|출근체크한|출근한|출석체크한|출석한|출근 체크 한|출근한|출석 체크 한|출석한|시험 볼|시험 응시할|시험을 볼|시험을 응시할|시험 보는|시험 응시하는|시험을 보는|시험을 응시하는|시험 봤|시험 응시했|시험을 봤|시험을 응시했|시험 본|시험 응시한|시험을 본|시험을 응시한|까지 돈 반복|까지 반복|까지 돈 횟수|까지 반복 횟수|컨트롤러 액션|컨트롤러 메서드|상위 클래스|부모 클래스|상위클래스|부모 클래스|슈퍼클래스|부모 클래스|슈퍼 클래스|부모 클래스|값 객체 클래스|클래스|값객체 클래스|클래스|값 객체|클래스|값객체|클래스|만료일 지난|만료된|만료일이 지난|만료된|만료 기한 지난|만료된|마감일 지난|기한 지난|마감일이 지난|기한 지난|마감 지난|기한 지난|마감 기한 지난|기한 지난|마감기한 지난|기한 지난|순서를 랜덤으로 섞|섞|순서 랜덤으로 섞|섞|순서를 무작위로 섞|섞|순서를 섞|섞|순서 섞|섞|남은 빈|빈|남아 있는 빈|빈|남아있는 빈|빈|접종 다 맞았|접종했|접종을 다 맞았|접종했|접종 맞았|접종했|접종을 맞았|접종했|접종 맞은|접종한|접종 다 맞은|접종한|백신 다 맞았|접종했|백신 맞았|접종했|백신을 맞았|접종했|백신 맞은|접종한|주사 맞았|접종했|주사 맞은|접종한|문 연 가게|영업중인 가게|문 연 매장|영업중인 매장|중복 있는지|중복이 있는지|중복 있나|중복이 있나|횟수 카운터|횟수|건수 카운터|건수|개수 카운터|개수|마리수|수|마리 수|수|까지 남은 기간|까지 남은 시간|완료 웹훅|웹훅|완료 webhook|webhook|빼는 필터|제외하는 필터|빼주는 필터|제외하는 필터|주차별|week별|주별|week별|몇 주차|몇 주째|명단 배열|명단 변수|명단 리스트|명단 변수|명단 목록|명단 변수|명단 list|명단 변수|명단 array|명단 변수|최대 출석 인원|최대 출석 인원|최대 참가 인원|최대 참가 인원|최대 참여 인원|최대 참여 인원|최대 방문 인원|최대 방문 인원|최소 출석 인원|최소 출석 인원|최소 참가 인원|최소 참가 인원|최소 참여 인원|최소 참여 인원|최소 방문 인원|최소 방문 인원|출석 인원|출석자 수|출석인원|출석자 수|참가 인원|참가자 수|참가인원|참가자 수|참여 인원|참여자 수|참여인원|참여자 수|방문 인원|방문자 수|방문인원|방문자 수|수 있는 상태인지|수 있는지|수 있는 상태인가|수 있는지|수 있는 상태 여부|수 있는지|수 없는 상태인지|수 없는지|예약 잡혔|예약됐|예약이 잡혔|예약됐|예약 잡힌|예약된|예약이 잡힌|예약된|예약 잡는|예약하는|예약 잡아|예약해|밑인지|미만인지|아래인지|미만인지|별로 묶은 객체|별로 묶은 맵|별로 묶은 오브젝트|별로 묶은 맵|별로 그룹핑한 객체|별로 묶은 맵|별 객체|별 맵|코루틴 함수|비동기 함수|연결하는 슬롯|슬롯|연결할 슬롯|슬롯|연결될 슬롯|슬롯| 대수 | 개수 | 대수를| 개수를| 대수$| 개수|장사중|영업중|장사 중|영업 중|장사하는 중|영업 중|키보드 리턴|리턴|키보드 엔터|엔터|키보드 스페이스|스페이스|키보드 esc|esc|키보드 ESC|ESC|것들만|것만|거들만|거만|멤버 함수|함수|멤버함수|함수|파일 이름 바꾸|파일 리네임하|파일 이름을 바꾸|파일 리네임하|파일명 바꾸|파일 리네임하|파일명을 바꾸|파일 리네임하|파일 이름 변경하|파일 리네임하|파일명 변경하|파일 리네임하|폴더 이름 바꾸|폴더 리네임하|폴더명 바꾸|폴더 리네임하|끝까지 다 본|완료한|끝까지 본|완료한|QR이 찍혔|QR이 스캔됐|QR 찍혔|QR 스캔됐|QR이 찍히|QR이 스캔되|QR 찍히|QR 스캔되|QR 찍|QR 스캔하|바코드 찍으면|바코드로|바코드를 찍으면|바코드로|바코드가 찍혔|바코드가 스캔됐|바코드 찍혔|바코드 스캔됐|바코드 찍|바코드 스캔하|인터페이스 하나 만드는데|인터페이스|클래스 하나 만드는데|클래스|구조체 하나 만드는데|구조체|인터페이스를 만드는데|인터페이스|인터페이스 만드는데|인터페이스|뭐가 좋아요|뭐가 좋을까요|뭐가좋아요|뭐가 좋을까요|머가 좋아요|뭐가 좋을까요|뭐가 나아요|뭐가 좋을까요| 때 쓰는 함수| 함수| 때 쓸 함수| 함수| 때 사용하는 함수| 함수| 때 쓰는 메서드| 메서드| 때 사용하는 메서드| 메서드|묶는 구조체|담는 구조체|묶은 구조체|담는 구조체|묶어주는 구조체|담는 구조체|묶는 클래스|담는 클래스|묶어주는 클래스|담는 클래스|묶는 타입|담는 타입|묶는 레코드|담는 레코드|서비스 객체 메서드|메서드|서비스 객체의 메서드|메서드|서비스객체 메서드|메서드| LiveData 이름| 변수 이름| LiveData 변수| 변수| LiveData 프로퍼티| 프로퍼티|빼고 남은 것들만|제외한 것만|빼고 남은 것만|제외한 것만|리뷰 안 쓴|리뷰 없는|리뷰 미작성|리뷰 없는|리뷰 안 남긴|리뷰 없는|후기 안 쓴|후기 없는|후기 미작성|후기 없는|후기 안 남긴|후기 없는|로그 찍는|로그 남기는|로그를 찍는|로그를 남기는|로그 찍기|로그 남기기|전부 더한 값|합계|다 더한 값|합계|모두 더한 값|합계|로직 모아둘 서비스|서비스|로직 모아둔 서비스|서비스|로직 모아놓은 서비스|서비스|로직 담을 서비스|서비스|서비스 객체 클래스|서비스 클래스|모음 개수|vowel 개수|모음의 개수|vowel 개수|모음 수|vowel 수|하고 새 길이 리턴하는|하는|하고 새 길이를 리턴하는|하는|하고 새 길이 반환하는|하는|올리고 URL 배열 돌려주는|올리는|올리고 URL 돌려주는|올리는|업로드하고 URL 배열 돌려주는|업로드하는|업로드하고 URL 반환하는|업로드하는|지금 참여중인 사람|참여자|참여중인 사람|참여자|참여 중인 사람|참여자|유닉스 초로 들어있는 값|유닉스 시간|유닉스 초로 저장된 값|유닉스 시간| 직접 구현하래요|| 직접 구현하라고 함|| 직접 구현해야 함||웹훅 URL로 POST 보내는|웹훅 보내는|웹훅 URL로 POST 요청 보내는|웹훅 보내는|웹훅으로 POST 보내는|웹훅 보내는|앱 전체에서 쓸 에러|앱 에러|앱 전체에서 쓰는 에러|앱 에러|공백만 있는 줄|빈 줄|남은 제한시간|남은 시간|남은 제한 시간|남은 시간|검색창에 친 글자로|검색어로|검색창에 입력한 글자로|검색어로|검색창에 입력한 값으로|검색어로|액션 메서드|메서드|재고 다시 채워|재고 복구해|재고를 다시 채워|재고를 복구해|CSV 한줄|CSV 한 줄|사용 가능 마지막 날짜|만료일|사용 가능한 마지막 날짜|만료일|사용가능 마지막 날짜|만료일|중복없이 담|담|중복 없이 담|담|점으로 시작하는 숨김파일|숨김파일|점으로 시작하는 숨김 파일|숨김 파일|하나 끝날때마다 호출되는|끝날 때 호출되는|끝날때마다 호출되는|끝날 때 호출되는|끝날 때마다 호출되는|끝날 때 호출되는|document.cookie|쿠키| 파싱해서 키-값 객체로 만드는| 파싱하는| 파싱해서 객체로 만드는| 파싱하는|매 프레임마다 ||위치 갱신|위치 업데이트|ERROR 레벨 찍힌 줄|에러 줄|ERROR 찍힌 줄|에러 줄|에러 레벨 찍힌 줄|에러 줄|ERROR 레벨인 줄|에러 줄|모드 설정 저장할때|모드 저장할때|모드 설정 저장할 때|모드 저장할 때|부팅하고 나서 흐른 시간|부팅 후 경과 시간|부팅 후 흐른 시간|부팅 후 경과 시간|부팅하고 흐른 시간|부팅 후 경과 시간|여러 회차|회차들|중간 측정지점|측정지점|중간 측정 지점|측정 지점|사용 가능 기간의 시작일|사용 시작일|사용 가능 기간 시작일|사용 시작일|사용 가능 기간의 종료일|사용 종료일|사용 가능 기간 종료일|사용 종료일|장바구니 담기|장바구니 추가|장바구니에 담기|장바구니에 추가|줄마다 읽어서 ||한 줄씩 읽어서 ||줄 단위로 읽어서 ||열림/닫힘 상태값|열림 여부|열림/닫힘 상태|열림 여부|열림/닫힘|열림 여부|on/off 상태값|켜짐 여부|on/off 상태|켜짐 여부|ON/OFF 상태값|켜짐 여부|ON/OFF 상태|켜짐 여부|쓰이고 있는지|사용 중인지|쓰이고있는지|사용 중인지|이미 쓰이는지|이미 사용 중인지|사용되고 있는지|사용 중인지|연체 중인지|연체됐는지|연체중인지|연체됐는지|연체 중인|연체된|연체중인|연체된|콜백 방식으로 ||콜백 방식의 ||콜백 스타일로 ||HTTP GET 요청|HTTP 요청|오래된 로그 파일들|오래된 로그들|오래된 로그 파일|오래된 로그들|가격만 뽑아내는|가격 추출하는|가격만 추출하는|가격 추출하는|구현하는데 |구현 중인데 |구현 중, |구현 중인데 |작성 중, |작성 중인데 |개발 중, |개발 중인데 |만드는 중, |만드는 중인데 |처리 실패한|실패한|처리에 실패한|실패한|나중에 다시 돌리려고 ||다시 돌리려고 ||재시도하려고 ||다시 시도하려고 ||나중에 처리하려고 ||나중에 보내려고 ||나중에 다시 보내려고 ||재전송하려고 ||다시 보내려고 ||나중에 재실행하려고 ||재실행하려고 ||검사해서 bool 리턴하는|검사하는|확인해서 bool 리턴하는|확인하는|체크해서 bool 리턴하는|체크하는|검사해서 bool 반환하는|검사하는|확인해서 bool 반환하는|확인하는|검사해서 bool로 돌려주는|검사하는|확인해서 bool로 돌려주는|확인하는|있는지 없는지 True/False로 돌려주는|있는지 확인하는|있는지 없는지 true/false로 돌려주는|있는지 확인하는|있는지 없는지 bool로 돌려주는|있는지 확인하는|있는지 없는지|있는지|쓸 수 있는 기기인지|사용할 수 있는지|사용할 수 있는 기기인지|사용할 수 있는지|사용 가능한 기기인지|사용할 수 있는지|지원하는 기기인지|지원하는지|했는지 판정하는|했는지 확인하는|됐는지 판정하는|됐는지 확인하는|인지 판정하는|인지 확인하는|0일간|0일 동안|1일간|1일 동안|2일간|2일 동안|3일간|3일 동안|4일간|4일 동안|5일간|5일 동안|6일간|6일 동안|7일간|7일 동안|8일간|8일 동안|9일간|9일 동안|뜨게 하는|띄우는|뜨게하는|띄우는|뜨게 하기|띄우기|인지 상태값|인지 변수|인지 상태 변수|인지 변수|중인지 상태|중인지 변수|적 스폰|적군 스폰|적을 스폰|적군을 스폰|적 처치|적군 처치|적을 처치|적군을 처치|재고가 0인|재고 없는|재고 0인|재고 없는|재고가 0개인|재고 없는|좋아요 누른 사람 수|좋아요 수|좋아요 누른 사람들|좋아요 누른 사용자들|좋아요 누른 사람|좋아요 누른 사용자|검사 bool 반환|검사하는 함수|확인 bool 반환|확인하는 함수|체크 bool 반환|체크하는 함수|답변 안 달린|답변 없는|답변이 안 달린|답변 없는|답글 안 달린|답글 없는|눌렀다 취소했다 토글하는|토글하는|눌렀다 취소했다 하는|토글하는|눌렀다 취소했다|토글|못 찾았을 때|없을 때|못 찾을 때|없을 때")
)

const (
	reOnlyAskKo         = lazyRE(`^\s*(?:(?:(?:클래스|함수|메서드|메소드|변수|상수|구조체|인터페이스|모델|타입|enum)\s*)?(?:이름|네이밍|작명|변수명|함수명|메서드명|클래스명|상수명)(?:은|을|이)?\s*(?:좀\s*)?(?:(?:추천|뭐|머|뭘|어떻게|지어|짓|부탁|골라|알려|plz|pls|괜찮|좋은|생각|떠오|안\s*떠오).*)?[\s?.!]*$|(?:좀\s*)?(?:추천|뭐|머|뭘|어떻게|지어|짓|부탁|골라|알려|plz|pls))`)
	reMakingTail        = lazyRE(`\s*(?:(?:작성|개발|구현|코딩|작업)\s*)?(?:(?:만드는|짜는|개발하는|작업하는)\s*중(?:이에요|이야|입니다|임|이요|인데)?|중인데|하고\s*있는데|짜고\s*있는데|만들고\s*있는데|만드는데|짜는데)[,，.]?\s*$`)
	reTypeHeadKo        = lazyRE(`모델|DTO|dto|엔티티|스키마|레코드|뷰|컴포넌트`)
	reMakingNow         = lazyRE(`^.{2,60}?(?:중인데|하고 있는데|짜고 있는데|만들고 있는데|(?:만드는|짜는|개발하는|작업하는)\s*중(?:이에요|이야|입니다|임|이요)?|(?:다운받|다운로드\s*하|업로드\s*하|만드|짜)는데)[,，.]?\s+`)
	reRetryOnFail       = lazyRE(`(?i)([a-z])\s*,?\s+and\s+retries(?:\s+(?:it|them))?\s+(?:on|upon|after)\s+(?:failure|errors?)\b`)
	reLocallyDone       = lazyRE(`(?i)\blocally\s+(?:saved|stored|cached|kept)\s+([a-z]+)`)
	reRoleRight         = lazyRE(`(\p{Hangul}\s+)권한\s*있`)
	reDotNet            = lazyRE(`(?i)(?:\bASP)?\.NET(?:\s+Core)?\b`)
	reOnTypeGives       = lazyRE(`\b(method|function|fn|func)\s+on\s+(?:the\s+|an?\s+|my\s+|our\s+)?([A-Z]\w*)\s+(?:that|which)\s+(?:returns|gives\s+back|gives|hands\s+back)\s+(?:an?\s+|the\s+|its\s+)?(?:equivalent\s+|value\s+)?(?:in\s+|as\s+)?(?:an?\s+)?([A-Z]\w*)\b`)
	reSimilarTogetherKo = lazyRE(`(\p{Hangul}+|[A-Za-z]+)(?:이|가)?\s+비슷한\s+(\p{Hangul}+?)끼리\s+(?:(?:한\s*)?(?:그룹|조|팀|반)(?:으로|로)\s+)?묶`)
	reContainerByKo     = lazyRE(`(\p{Hangul}{2,})\s+(?:벡터|배열|어레이|슬라이스|(?i:vec|vector|array|slice))(?:을|를)\s+(\S+별로\s+(?:묶|그룹|정렬|분류|나누))`)
	reUsedInKo          = lazyRE(`(?:(여러|모든|각|다른|전체)\s+)?(\S+)에서\s*(?:같이\s*|공통으로\s*|공용으로\s*|다\s*|두루\s*)?(?:쓰는|쓰이는|사용되는)\s+`)
	reUsesLatinKo       = lazyRE(`([A-Za-z+#]{2,})\s+(?:를\s+|을\s+)?쓰는\s+`)
	reIncludingTailKo   = lazyRE(`\s*(?:[A-Za-z]+|\p{Hangul}+)(?:도|까지)?\s+포함해서(?:요)?\s*[.?!~]*\s*$`)
	reAskTailEn         = lazyRE(`(?i)\s*[,.;—–-]?\s*(?:so\s+)?what\s+(?:do|should|would|can)\s+(?:i|we|you)\s+(?:call|name)\s*(?:it|this|that|them)?\s*[?.!]*\s*$`)
	reAnnotationLeadEn  = lazyRE(`^\s*@[A-Z][A-Za-z]+\s+((?i:method|function|fn|func|class|var|property|field|bean|component)\b)`)
	reSendOutEn         = lazyRE(`(?i)\b(sends?|sending|mails?|mailing|hands?|handing|gives?|giving)\s+out\b`)
	reCameFromEn        = lazyRE(`(?i)\b(request|requests|message|messages|call|calls|order|orders|payment|event|email|submission|login|change|update)\s+(?:came|comes|is\s+coming|was\s+sent|is\s+sent|was\s+made|is)\s+from\s+(?:an?\s+|the\s+)?([a-z]+)\b`)
	reRoomToEn          = lazyRE(`(?i)\b(whether\s+|if\s+)there(?:'s|’s|\s+is)\s+(?:still\s+)?(?:room|space|capacity)\s+(?:to|for\s+(?:one\s+more|another)\s+(?:[a-z]+\s+)?to)\s+`)
	reButAlwaysEn       = lazyRE(`(?i),?\s+but\s+(?:always|never|still)\s+[^,.?]*`)
	reCurrentlyOnEn     = lazyRE(`(?i)\b((?:array|list|vec|vector|slice|set|collection)\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?)([a-z]+s)\s+(?:that\s+are\s+|which\s+are\s+)?(?:currently|still|now)\s+(on\s+(?:the\s+)?screen|in\s+play|in\s+flight|running|active|alive|visible|playing|online|connected|open)\b[^,.?]*`)
	reWaitingForEn      = lazyRE(`(?i)\b((?:pending|queued)\s+[a-z]+s)\s+(?:that\s+are\s+)?waiting\s+(?:for|on)\s+[^,.?]*`)
	reTheMakerMadeEn    = lazyRE(`(?i)\b(?:the\s+)?([a-z]+s)\s+(?:the|our|my|this)\s+[a-z]+\s+(?:produced|produces|generated|generates|emitted|emits|spat\s+out|spits\s+out)\b`)
	reForWhenLeavesEn   = lazyRE(`(?i)\b((?:for|:)\s+when\s+(?:the|a|an|this|our|my|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+)(?:leaves|sets\s+off|sets\s+sail|takes\s+off)\b`)
	reLibQueryEn        = lazyRE(`\b(?:Room\s+)?DAO\s+query\b`)
	reReturnsFlowOfEn   = lazyRE(`\b(?:returns|emits|exposes)\s+(?:a\s+|an\s+)?(?:Flow|LiveData|Observable|Publisher|StateFlow|AsyncStream)\s+of\s+`)
	reAttrEn            = lazyRE(`(?i)(^|\s)attr\b`)
	reGotDoneEn         = lazyRE(`(?i)\b(got|gets|get)\s+((?:[a-z]+ed|taken|broken|chosen|stolen|frozen|written|hidden|forgotten|sent|built|paid|sold|lost|hit|shut|put)\b)`)
	reKindCommaAsk      = lazyRE(`(?i)\b(getter|method|function|func|fn|property|prop|var|variable|field|flag|bool|boolean|predicate)\s*,\s+((?:is|are|was|were|has|have|does|do|did|can|should)\s)`)
	reLangLead          = lazyRE(`^\s*(?i:c\+\+|c#|c|js|ts|go|golang|rust|kotlin|swift|java|python|ruby|php|typescript|javascript)\s+((?i:function|fn|func|method|var|variable|const|constant|class|struct|enum|interface|extension|property|field|util|helper|closure|lambda|macro|trait)\b)`) // c function to flush …: function to flush …
	reLangIn            = lazyRE(`(^|\s)(?:C\+\+|C#|C|JS|TS|Rust|Go|Golang|Kotlin|Swift|Java|Python|Ruby|PHP|Node\.?js|자바스크립트|타입스크립트|파이썬|자바|코틀린|스위프트|러스트|루비)(?:에서는|에서|으로|로)?\s+`)
	reManyOf            = lazyRE(`(\p{Hangul})\s+(?:수십|수백|수천|수만|수많은|여러)\s*(?:개|건|장|명|곳)(을|를|이|가|의)?`)
	rePackageNote       = lazyRE(`[,(]?\s*(?:(?:다른|외부)\s*패키지(?:에서)?도?\s*(?:불러야|써야|쓸|쓰는|사용할|사용하는|호출할|호출하는|부를)\s*\S*(?:\s*(?:됨|함|해|돼|거야|거임|예정))?|패키지\s*(?:내부용|내부에서만\s*\S+|내부|외부용))\s*\)?`)
	reProperty          = lazyRE(`(?i)프로퍼티|propert(?:y|ies)`)
	reGoExported        = lazyRE(`(?i)(다른|외부)\s*패키지(에서|에서도|가|도)|패키지\s*밖|\bexported|export해|[(（]\s*(?:export|public|공개)\s*[)）]|익스포트|공개\s*(함수|메서드|타입|상수|변수|API)|other packages?`)
	reWorthDoing        = lazyRE(`(\p{Hangul}+)\s*(?:해\s*볼|할)\s*만한\s*(?:건지|것인지|지|거인지)`)
	reIsItThat          = lazyRE(`(\p{Hangul})(된|한|인|던|는|은)\s?(?:건지|것인지|거인지)`)
	reColumnName        = lazyRE(`(?:컬럼|칼럼)(?:\s*(?:명|이름|추천)|\s*[?.!]*$)`)
	reOnePer            = lazyRE(`(\p{Hangul})\s+(?:하나|한\s*개|1\s*개|한\s*건|1\s*건|한\s*명|1\s*명|한\s*사람|1\s*인|한\s*번|1\s*회)\s*(?:당|마다)`)
	reMachineType       = lazyRE(`(\p{Hangul})\s*[(（]?\s*(?:atomic\.|(?:std::)?atomic<)?(?:TimeInterval|U?Int(?:8|16|32|64)?|u?int(?:8|16|32|64)_t|Long|long|Double|double|Float(?:32|64)?|float(?:32|64)?|CGFloat|NSInteger|usize|isize|[iu](?:8|16|32|64|128)|f32|f64|AtomicInteger|AtomicLong|BigDecimal|int|size_t|bool)>?(?:\s*타입)?\s*[)）]?(\s*(?:변수|필드|프로퍼티|속성|멤버|상수|$))`)
	reThatOne           = lazyRE(`(?:\S+(?:야|려고|려)\s+)?\S+(?:는데|은데|인데|던데)(?:요)?[,.]?\s+(?:그거|그걸|그것을|그것|이거를|이걸|이거)\s+`)
	reFieldsHeld        = lazyRE(`((?:[^\s,()]+\s+){0,4}?)([^\s,()]+)\s*,\s*[^,]{1,20}?(?:\s*,\s*[^,]{1,20}?)*\s*(?:(?:을|를|이|가|등을|등이)\s*)?(?:담는|담은|담을|담아두는|들어있는|들어\s*있는|들어가는|가진|갖는|가지는|포함하는|포함된|묶는|묶은|있는)\s+(구조체|클래스|타입|모델|레코드|DTO|dto|VO|데이터\s*클래스|struct|class|엔티티|객체|인터페이스)`)
	reLivesOn           = lazyRE(`(?:\S+\s*)(?:모델|클래스|엔티티|컨트롤러|서비스|구조체|객체|뷰모델|리포지토리|레포지토리)(?:에|에다|에다가|안에|내부에)\s+(?:있는\s+|넣을\s+|붙일\s+|추가할\s+|만들\s+)?`)
	reLivesOnVerb       = lazyRE(`^\S*?(?:저장|추가|넣|등록|반영|매핑|바인딩|연결|주입|전달|보내|기록|업데이트|담|쓰는|써|저장)`)
	reHeldPlural        = lazyRE(`(\S+들)\s*(?:의\s*)?(?:상태\s*변수|상태값|상태|state\s*변수|state)(?:\s|$)`)
	reReturnedAs        = lazyRE(`((?:묶어서|묶어|그룹핑해서|그룹화해서|정렬해서|모아서|걸러서|골라서|필터링해서)\s+)(?:배열|리스트|목록|딕셔너리|맵|해시맵|객체|dict|map)(?:로|으로)\s+(?:돌려주|반환|리턴|만드|만들)`)
	reEndsAt            = lazyRE(`(\S+)\s+(?:끝나는|끝날|종료되는|종료될)\s*(시각|시간|일시|시점)`)
	reReturnNoun        = lazyRE(`(개수|갯수|건수|권수|횟수|수|목록|리스트|여부|값|금액|합계|시각|날짜)\s+(?:반환|리턴)\s+(메서드|메소드|함수|method)`)
	reWaitTime          = lazyRE(`(\S+?)(?:을|를)?\s+(?:최대로?\s+)?기다리는\s+(?:최대\s+)?(?:시간|대기\s*시간)`)
	reGathered          = lazyRE(`모아\s*(?:놓은|둔|놓는|두는)`)
	reOwnerNext         = lazyRE(`(?:^|\s)(\p{Hangul}+)의\s+(다음|이전|마지막|최근|첫)\s`)
)

const (
	periodOwners lazySet = `주 달 월 해 년 연도 분기 학기 시즌 기간 구간 주간 월간 하루 일주일 한달 이번주 이번달 올해 작년 작년도`
)

const (
	reErrorOnly   = lazyRE(`(?:ERROR|Error|error|ERR)\s*(?:레벨|로그|level)?\s*(?:만|인\s*것만|인\s*것들만|인\s*항목만|인\s*로그만)`)
	reJustOne     = lazyRE(`(\p{Hangul}+)\s+한\s*(?:명|개|건|장|권|곳|대)(을|를|의|만|)(\s|$)`)
	reReturnsTail = lazyRE(`,\s*[A-Za-z][\w<>\[\].?]*\s*(?:을|를)?\s*(?:반환|리턴)(?:함|해요|합니다|하는\s*거)?\s*[.?!]?\s*$`)
	reHeldIn      = lazyRE(`(\S+?)(?:에|안에|속에)\s+(?:들어\s*있는|들어간|담긴|담겨\s*있는|저장된)\s+(\S+)\s+(수|개수|갯수|건수)`)
	reToQueue     = lazyRE(`큐\s*(?:작업|잡|job)?(?:으로|로|에)\s*(?:넘기는|던지는|태우는|보내는|올리는)`)
	reSumUp       = lazyRE(`합계(?:를)?\s*(?:내는|구하는|계산하는)|합(?:을)?\s*구하는`)
	reWrittenBy   = lazyRE(`(\p{Hangul}+?)(?:가|이)\s+(?:쓴|작성한|올린|남긴)\s+`)
)

const (
	adverbialRo lazySet = `비동기 동기 병렬 한번에 일괄 실시간 주기적 자동 수동 랜덤 무작위 순서대로 빠르게 안전하게 재귀적`
)

const (
	reGroupedInto       = lazyRE(`(?:묶어서|묶어|그룹핑해서|그룹화해서|모아서)\s+(?:[A-Za-z][\w:]*\s*(?:로|으로)?\s+|(?:맵|해시맵|딕셔너리|사전)(?:을|를|으로|로)?\s+)?(?:만드는|만들어\s*주는|생성하는|돌려주는|반환하는|리턴하는)\s+`)
	reSettingAt         = lazyRE(`^\s*(?:\S*[^\s가이을를로은는에의도]\s+){0,2}?\S*(?:관리|시스템|앱|어플|서비스|플랫폼|프로젝트|사이트|봇|게임|엔진|툴|어드민|대시보드|포털|백오피스|쇼핑몰|커뮤니티|게시판|화면)(?:에서는|에서|인데요|인데)[,]?\s+(\S)`)
	reMadeKind          = lazyRE(`(?i)\b(dictionary|map|hashmap|set|list|array|queue|enum|struct|맵|딕셔너리|배열|리스트|셋|큐|클래스|구조체|상수|변수|함수)\s*(?:를|을)?\s*(?:하나\s*)?(?:만들었는데|만드는데|만들려는데|만들\s*건데|만들려고\s*하는데|쓰는데|쓰려는데|선언했는데|선언하려는데)[,]?\s+`)
	reTurnedIn          = lazyRE(`(?i)\b(?:turn|hand)(ed|s|ing)?\s+in\b`)
	reTimeBetween       = lazyRE(`(?i)\b(?:the\s+)?(?:duration|time|interval|period|gap)\s+between\s+(?:two\s+|consecutive\s+|successive\s+|each\s+)?([a-z]+s)\b`)
	reFindUse           = lazyRE(`\s+객체(?:를|을)?\s+찾는|\s+찾아\s*(?:서\s*)?(?:쓰는|쓸|사용하는|사용할|꺼내\s*쓰는)`)
	reKeyedByKo2        = lazyRE(`((?:\S+\s+)?\S+?)(?:로|으로)\s+(\S+?)(?:\s+객체)?(?:들을|를|을)?\s+(?:빠르게\s+|바로\s+)?(?:찾으려고|찾으려구|조회하려고|찾을\s*수\s*있게|찾기\s*쉽게)`)
	reKeyedByKo         = lazyRE(`(을|를)\s+((?:\S+\s+)?\S+?)(?:로|으로)\s+(?:관리하는|관리할|찾으려고|찾으려구|찾을\s*수\s*있게|찾기\s*쉽게|빠르게\s*찾으려고|조회하려고|조회하는|인덱싱하는|인덱싱해서)`)
	reBuiltWith         = lazyRE(`^\s*(?:(?:\S+\s+){0,3}?\S+(?:로|으로)\s*)?(?:만든|짠|개발한|작성한|구현한)\s+(?:\S+\s+){0,4}?\S+?(?:에서는|에서|인데요|인데)[,]?\s+`)
	reLeftAfter         = lazyRE(`(?:\S+\s+)?\S+\s+(?:걸러내고|걸러낸\s*뒤|걸러낸\s*후|빼고|제외하고|제거하고|지우고|거르고)\s+남은\s+`)
	reArrowBrackets     = lazyRE(`\[\s*([^\[\]=>-]+?)\s*(?:=>|->|→)\s*(?:담은\s+|들어갈\s+)?([^\[\]]+?)\s*\]`)
	reEventTaken        = lazyRE(`(\S+\s+\S+?)\s*이벤트(?:를|을)?\s*(?:받는|수신하는|구독하는|리스닝하는|듣는|컨슘하는|consume하는)\s+`)
	reFormattedAs       = lazyRE(`(\S+?)(?:\([^()]*\))?(?:을|를)\s+\S*\s*(?:같은\s+)?(?:형식|포맷|형태)(?:으로|로)\s*(?:변환한|바꾼|포맷한|포맷팅한|만든)\s+(문자열|텍스트|값|스트링)`)
	reRunsWhen          = lazyRE(`^\S*(?:실행|돌|호출|트리거|동작|도는|울리)`)
	reRunsWhenQ         = lazyRE(`(?:에|마다)\s*(?:실행|돌|호출|트리거|동작|도는)`)
	reSinceDone         = lazyRE(`(\p{Hangul}+(?:한|된))\s*지\s*\d+\s*(?:일|주|개월|달|년|시간|분)\s*(?:이상\s*)?(?:지난|넘은|넘게\s*지난|경과한|된)\s+`)
	reJobMethod         = lazyRE(`(?:배치|잡|스케줄러|스케쥴러|크론|cron|@Scheduled|스케줄)\s*(메서드|메소드|함수)`)
	reSchedule          = lazyRE(`(?:매일|매주|매달|매월|매년|평일|주말마다|매주\s*\S요일)?\s*(?:새벽|아침|밤|오전|오후|저녁)?\s*(?:\d+\s*(?:일|시)(?:\s*\d+\s*분)?|자정|정오)(?:에|마다)\s+`)
	reByMeans           = lazyRE(`(?i)(?:\b[a-z]+\s*)?(?:태스크|잡|워커|백그라운드\s*잡|백그라운드\s*태스크)(?:으로|로)\s+`)
	reTwoKeys           = lazyRE(`(\p{Hangul}+?)별?\s*(?:,|과|와|및|하고)\s*(\p{Hangul}+)별로`)
	reTwoLevel          = lazyRE(`(?:두|세|2|3)\s*단계(?:로)?\s+(그룹핑|그룹화|묶|분류|나누)`)
	reComputedOf        = lazyRE(`(\S+)\s+(?:계산하는|구하는|계산해주는|구해주는)\s+((?:computed|계산된|계산|getter|게터)\s*(?:속성|프로퍼티|property|값)?)`)
	reCalledWhen        = lazyRE(`(때(?:마다)?)\s+(?:(?:불리는|불릴|불려지는|트리거되는)\s+|이벤트\s*(?:(?:함수|메서드|메소드|콜백|핸들러|리스너)(?:명|\s*이름)?)|(?:함수|콜백|핸들러|리스너)(?:명|\s*이름)?)`)
	reCountKey          = lazyRE(`(\S+)\s+(?:횟수|개수|건수|카운트)(?:를)?\s+(?:저장하는\s+|담는\s+|보관하는\s+)?(?:[A-Za-z]+\s+|로컬스토리지\s+|프리퍼런스\s+)?키`)
	reKeyPrefixWhen     = lazyRE(`(\S+)\s+(?:저장할|캐싱할|캐시할|넣을|쓸)\s*때\s+(?:쓰는\s+|사용하는\s+|쓸\s+)?((?:키|key)\s*(?:접두사|프리픽스|prefix))`)
	rePrefixFront       = lazyRE(`\s*앞에\s*(?:붙이는|붙는|붙일|달리는)\s*(접두사|프리픽스|prefix)`)
	reListLike          = lazyRE(`(?:[^\s,]+\s*,\s*){2,}[^\s,]+\s*같은\s+`)
	reTogetherKo        = lazyRE(`\s(?:같이|함께|한꺼번에\s같이)\s+(\p{Hangul}*(?:불러|가져|받아|보내|로드|조회|요청|호출|저장|업로드|다운로드|처리|실행|돌리|지우|삭제))`)
	reTaskFnKo          = lazyRE(`(?i)((?:celery|셀러리|tokio|asyncio|goroutine|고루틴|rq|dramatiq)(?:로|으로)\s)(.*?)태스크(\s*함수)?`)
	reMutableType       = lazyRE(`\bMutable(List|Set|Map)\b`)
	reRangeParen        = lazyRE(`\s*[(（]\s*[A-Za-z0-9]{1,3}\s*[~∼〜\-–]\s*[A-Za-z0-9]{1,3}\s*[)）]`)
	reFirstFree         = lazyRE(`(?:최초|처음|첫)\s*\d+\s*(분|시간|일)\s*(?:간\s*)?무료[,.]?\s*(?:그\s*\d+\s*(?:분|시간|일)\s*)?`)
	reGoesInto          = lazyRE(`(\p{Hangul}+)에\s*들어가는\s+`)
	reNotArrived        = lazyRE(`아직\s*(?:\S+?(?:이|가)?\s+)?(?:안\s*온|안\s*받은|안\s*들어온|도착\s*안\s*한|오지\s*않은|받지\s*못한|못\s*받은|안\s*돌아온)\s+`)
	reCaseStyle         = lazyRE(`(?i)(?:,\s*)?(?:\S+\s+(?:스타일|컨벤션|규칙)(?:대로|에\s*맞게)\s+)?(?:\b(?:snake_case|camelCase|PascalCase|kebab-case|UPPER_SNAKE_CASE|SCREAMING_SNAKE_CASE|snake\s+case|camel\s+case|pascal\s+case)|대문자|소문자)(?:로|으로)\s*(?:(?:해\s*주세요|해줘|부탁|요)\S*)?(?:\s+|$)(?:(?:바꾸|바꿔|변환|변경|convert|된|되|돼)|$)?`)
	reNotDone           = lazyRE(`(\p{Hangul}{2,})\s+안\s*(했는지|하는지|했나|한|됐는지|되는지|됐나|된)(\s|$)`)
	reInsideOf          = lazyRE(`([\p{Hangul}A-Za-z0-9])\s+(?:안의|안에\s*있는|안에\s*든|안에\s*들어\s*있는|속의|속에\s*있는|속에\s*든)\s+`)
	reNearestBy         = lazyRE(`(\S+\s+)?(가까운|먼|오래된|최근|최신|새로운|싼|저렴한|비싼|빠른|느린|큰|작은|긴|짧은|높은|낮은|많이 팔린|인기 있는|인기있는)\s*순(?:서)?(?:으로|대로)\s+((?:\S+\s+){0,3}?\S*(?:찾|가져|뽑|고르|골라|구하|조회|추리|꺼내|불러))`)
	reWhenNone          = lazyRE(`(?:(\p{Hangul}+?)(?:에는|에)\s+)?((?:\p{Hangul}+[^\s이가은는을를에도]\s)?\p{Hangul}+?)(?:이|가)?\s+(?:하나도\s+|아무것도\s+|아무\s*\S+도\s+)?없을\s*(?:때|경우|시)(?:에)?\s+(?:보여줄|보여주는|보일|표시할|표시하는|표시될|띄울|띄우는|나오는|나올|출력할|출력하는|쓸|사용할|노출할)\s+`)
	reHasInList         = lazyRE(`(벡터|배열|리스트|목록|집합|셋|맵|딕셔너리|슬라이스|컬렉션|해시셋|해시맵)에\s*(?:특정\s+|해당\s+|주어진\s+)?(\p{Hangul}+?|[A-Za-z]+)(?:이|가)\s+(?:있는지|포함돼\s*있는지|포함되어\s*있는지|들어\s*있는지|존재하는지)`)
	reWaitUntil         = lazyRE(`(?i)\b(waits?|waiting)\s+(?:until|till)\s+(?:the\s+|a\s+|an\s+|all\s+)?(?:[a-z]+'s\s+)?([a-z]+(?:\s[a-z]+){0,3}?)\s+(?:is|are|has\s+been|have\s+been|gets|get)\s+([a-z]+ed|done|ready|open|closed|empty|full)\b`)
	reCheckWhether      = lazyRE(`(?i)^(?:please\s+)?((?:an?\s+)?(?:function|method|helper|fn|func|util)\s+)?(?:(?:to|that|which)\s+)?check(?:s|ing)?\s+(?:whether|if)\s+`)
	reTimeBefore        = lazyRE(`(?i)\b(?:the\s+)?(?:amount\s+of\s+time|time\s+left|time\s+remaining|how\s+long)\s+before\s+|(?:the\s+)?amount\s+of\s+time\s+until\s+`)
	reCountsHowOften    = lazyRE(`(?i)\b(?:that|which)?\s*counts?\s+how\s+(?:often|many\s+times)\s+(?:each\s+|every\s+|a\s+)?([a-z]+)\s+(?:appears|occurs|shows\s+up|is\s+used|comes\s+up)\b`)
	reCurrentlyBeing    = lazyRE(`(?i)\b(?:currently|now)\s+being\b`)
	reShowsUIKo         = lazyRE(`^(\p{Hangul}+(?:\s+\p{Hangul}+){0,2}?)(?:을|를)?\s*(?:보여\s*주는|보여줄|표시하는|표시할|띄우는|렌더링하는|나열하는)\s+(화면|뷰|프래그먼트|액티비티|컴포넌트|페이지|위젯|다이얼로그|모달|뷰컨트롤러|뷰 컨트롤러)(?:\s*(?:클래스|이름|명))?\s*[?.!]?$`)
	reOlderThan         = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+are\s+|which\s+are\s+)?(old)er\s+than\s+(?:a|an|one|two|three|\d+|the|n|x)\s+(?:[a-z]+\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|cutoff|threshold|date)\b`)
	rePoolOf            = lazyRE(`(?i)\b(a|an|the|its|our)\s+(pool|cache|buffer|registry)\s+of\s+(?:the\s+)?((?:[a-z]+\s+)?)([a-z]+s)\b`)
	reMoneyBoundKo      = lazyRE(`((?:가격|금액|요금|비용|단가|총액|결제액|판매가)(?:이|가|은|는)?\s*)?(?:\d[\d,.]*\s*(?:만\s*|천\s*)?|(?:^|\s)(?:십|백|천|만|십만|백만|천만)\s*)(?:원|달러|불|엔|유로)\s*(이상인?|넘는|넘은|넘게|초과인?|초과하는|넘어가는|이하인?|미만인?|보다\s*싼|보다\s*저렴한)\s*`)
	reOnesOfPeriod      = lazyRE(`(\p{Hangul}+)\s*(?:중에서|중에|목록에서|리스트에서)\s+(이번\s?주|이번\s?달|지난\s?주|지난\s?달|오늘|어제|올해|작년|다음\s?주|다음\s?달|내일)\s*(?:거|것)들?만`)
	reKindSpacedRo      = lazyRE(`(?i)\b(class|enum|interface|struct|trait|protocol|record|object)\s+(?:으로|로)(\s)`)
	reCalcInUnit        = lazyRE(`(\S+?)(?:을|를)?\s+(\S+?)\s*(?:으로|로|단위로)\s+(계산|구하)`)
	reWhenSiKo          = lazyRE(`(실패|성공|완료|로그인|로그아웃|회원가입|가입|결제|취소|업로드|다운로드|클릭|입력|저장|삭제|변경|수정|전송|요청|응답|종료|시작|에러|오류|접속|연결|만료)\s+시(\s|$)`)
	reParallelKo        = lazyRE(`(^|\s)병렬\s+([^처\s])`)
	reHashKindKo        = lazyRE(`(별\s+\S+(?:\s+\S+){0,3}?)\s+해시(\s+(?:변수|이름|명|상수)|\s*[?.!]*\s*$)`)
	reNowKo             = lazyRE(`(^|\s)지금\s+`)
	reNoWaitKo          = lazyRE(`(하고|하는데|해서)?\s*(?:(?:완료|응답|결과)(?:를|을|가|이|될 때까지)?\s*)?(?:안\s*기다리고|기다리지\s*않고|기다리지\s*말고)(?:\s*(?:바로\s*)?(?:리턴|반환)하는)?\s*`)
	reDigitsKo          = lazyRE(`(?:\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|첫째|둘째|셋째|넷째)\s*자리(?:\s*수)?(?:까지|만|로|의)?(\s|$)`)
	reHandedToKo        = lazyRE(`(?:에|으로|로)?\s+(?:넘길|넘기는|넘겨줄|넘겨주는|넘겨 줄|전달할|전달하는)\s*(핸들러|콜백|리스너|람다|클로저)`)
	reLibInKo           = lazyRE(`(?:^|\s)[a-zA-Z][a-zA-Z0-9]*(?:[-.][a-zA-Z][a-zA-Z0-9]*)+\s*(?:에서|써서|쓰는데|기반으로)\s+`)
	reCallsActionAPIKo  = lazyRE(`(\p{Hangul}+\s+(?:조회|취소|생성|등록|삭제|수정|변경|환불|발송|전송|업로드|다운로드|탈퇴|신청|승인|거절|저장|갱신|동기화|해지|충전|추적|발급|접수))\s*(?:API|api|Api)\s*(?:를|을)?\s*(?:부르는|불러오는|호출하는|때리는|쏘는|요청하는|찌르는|날리는|호출(\s+(?:함수|메서드|메소드)))`)
	rePostsFormKo       = lazyRE(`(폼|양식|신청서|form)\s*(?:을|를)?\s*(?:서버로|서버에|백엔드로|API로)?\s*(?:POST|post)\s*(?:로|요청)?\s*(?:보내는|전송하는|요청하는|날리는|쏘는)`)
	reSceneBeforeTimeKo = lazyRE(`^((?:[\p{Hangul}A-Za-z]+\s+){1,3})((?:오늘|이번\s?달|이번\s?주|어제|내일)\s)`)
	reOnesKeptKo        = lazyRE(`(\p{Hangul}+)\s+중(?:에서|에)\s+(.+?)\s+(?:것|거|애|애들|놈|분|사람)(?:들)?만\s+(?:filter한|필터링한|필터한|걸러낸|골라낸|추린|뽑은|남긴|거른|필터링된)\s+(배열|리스트|목록|결과|결과값|변수|set|Set|컬렉션|벡터|vector)`)
	rePeopleAmongKo     = lazyRE(`(\p{Hangul}+)\s+중(?:에서|에)\s+(.+?)\s+(?:사람|애|애들|분|분들|친구|친구들|놈|놈들|인원)만\s+`)
	reCandidatesKo      = lazyRE(`후보(만|들|를|을|가|\s+중|\s+목록|\s+리스트|\s+배열|\s+수)`)
	reCurrentKo         = lazyRE(`(^|\s)(현재|지금)\s+(\p{Hangul}+)(\s+정보)?`)
	reOnesKeptFromKo    = lazyRE(`((?:\p{Hangul}+\s+)?\p{Hangul}+)\s+(?:목록|리스트|배열)(?:에서|중에서|중에)\s+(.+?)\s+(?:것|거|애|애들|놈|분|사람)(?:들)?만\s+(?:filter한|필터링한|필터한|걸러낸|골라낸|추린|뽑은|남긴|거른|필터링된)\s+(배열|리스트|목록|결과|결과값|변수|set|Set|컬렉션|벡터|vector)`)
	reSharedUseKo       = lazyRE(`\s+(?:(?:여러|다른|모든)\s+\p{Hangul}+(?:에서|에)\s+)?(?:섞어|같이|공통으로|재사용해서|가져다)\s*(?:쓸|쓰는|쓰려는|쓸려는)\s+`)
	reRunResultKo       = lazyRE(`(^|\s)(?:\p{Hangul}+\s+)?(?:돌린|돌려본|실행한|수행한|돌려서\s*나온)\s+결과(?:에서|중에|로)?\s+`)
	reWhenEventKo       = lazyRE(`(때|시|하면|되면|오면|으면)\s*이벤트\s*(처리|핸들러|핸들링|콜백|리스너)`)
	rePlaceEnteredKo    = lazyRE(`(서버|방|채널|채팅방|단톡방|사이트|매장|가게|게임|로비|음성채널)\s+(들어오|들어왔|들어온|들어올|나가|나갔|나간|나갈|입장|퇴장)`)
	reGroupSizeKo       = lazyRE(`(?:한\s*)?(팀|반|조|그룹|모임|파티|분반|학급|동아리)\s*(?:당\s*|의\s*)?최대\s*(?:인원\s*수|인원수|인원|정원)`)
	reSpanWorthKo       = lazyRE(`\d+\s*(?:년|개월|달|주|일|시간)\s*치(만)?`)
	reAsDateTypeKo      = lazyRE(`\b(?:LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Instant|DateTimeOffset|DateOnly|TimeOnly|NaiveDate|NaiveDateTime)\s*(?:으로|로)\s+(계산|구하|구해|만들|저장|담|돌려|리턴|반환)`)
	reCameInAsKo        = lazyRE(`(?i)((?:함수|메서드|메소드|생성자)\s*)?(?:(?:cli|커맨드\s?라인|명령줄|명령행)\s*)?(?:플래그|인자|인수|옵션|파라미터|매개변수|환경\s?변수|쿼리\s?스트링|쿼리\s?파라미터|요청\s?바디)(?:으)?로\s*(?:받은|받는|넘어온|넘어오는|들어온|들어오는|전달된|전달받은|넘겨받은|받아온)\s+`)
	reEligibleKo        = lazyRE(`(\S\s+)(?:적용\s*)?대상(?:자)?\s*(?:인지|인가|여부|이면|이에요|이야|에 해당하는지)`)
)

var (
	outForKo   = replacerOf("배송 시작됐|출고됐|배송 시작되었|출고되었|배송 시작된|출고된|배송 시작한|출고한|배송이 시작됐|출고됐|배송이 시작된|출고된|배달 나가야|배달해야|배달 나가는|배달하는|배달 나갈|배달할|배달 나간|배달한|배송 나가야|배송해야|배송 나가는|배송하는|배송 나갈|배송할|배송 나간|배송한")
	mustDoKo   = replacerOf("야 되는|야 하는|야 될|야 할|야되는|야 하는|야될|야 할|만들건데|만들 건데|할건데|할 건데|쓸건데|쓸 건데|짤건데|짤 건데|둘건데|둘 건데")
	eligibleKo = replacerOf("자격이 있|자격 있|자격이 되|자격 있|자격 되|자격 있|자격 여부|자격 있는지 여부")
	keepOnlyKo = replacerOf("숫자만 남기|숫자만 남기|만 남기는|만 필터링하는|만 남기기|만 필터링하기|만 남기고|만 필터링하고|만 남긴|만 필터링한|만 남겨주는|만 필터링해주는")
)

const (
	reOnlyAdmins    = lazyRE(`관리자만\s*((?:뽑|골라|필터|걸러|추려|추리|가져|남기|조회)\S*)`)
	reListKey       = lazyRE(`(목록|배열|리스트)\s+(\p{Hangul}+\s*(?:가나다|알파벳|오름차|내림차|최신|오래된|높은|낮은|큰|작은)?\s*순)`)
	reStartsAsyncOp = lazyRE(`(?i)\b(?:starts|kicks\s+off|begins|initiates|launches)\s+(?:a|an|the)\s+(?:non-?blocking|asynchronous|async|background)\s+(read|write|scan|transfer|download|upload|send|receive|fetch|lookup|connect)(?:\s+(?:operation|request))?\b`)
	reAllowedPer    = lazyRE(`(?i)\b(?:allowed|permitted)\s+(?:per|(?:in|for|on)\s+(?:a|an|one|each)(?:\s+single)?)\s+`)
	reOfTheList     = lazyRE(`(?i)\b((?:size|height|width|limit|count|per\s+page|interval|timeout)\s+(?:for|of|in)\s+(?:the|a|an|each|every)\s+(?:[a-z]+\s+){0,3}?)(?:list|table|grid|feed)\b`)
	reGivingUp      = lazyRE(`(?i)\b(left|remaining)\s+before\s+(?:giving\s+up|we\s+give\s+up|it\s+gives\s+up|failing)\b.*$`)
	reAdverbVerb    = lazyRE(`(?i)\b(?:that|which|to)\s+(asynchronously|concurrently|automatically|periodically|lazily|recursively|atomically|repeatedly|silently|safely)\s+[a-z]+s?\b`)
	reBatPassive    = lazyRE(`(\p{Hangul}{2,4})(?:받(았는지|았던|았을|았다|았고|았으면|았|은|는|을|지|고|아|기)|당(했는지|했던|했을|했다|했고|했으면|했|한|하는|할|하지|하고|해|하기))`)
)

const (
	batPassive lazyPairs = "았는지=되었는지, 았던=되었던, 았을=되었을, 았다=되었다, 았고=되었고, 았으면=되었으면, 았=되었, 은=된, 는=되는, 을=될, 지=되지, 고=되고, 아=되어, 기=되기, 했는지=되었는지, 했던=되었던, 했을=되었을, 했다=되었다, 했고=되었고, 했으면=되었으면, 했=되었, 한=된, 하는=되는, 할=될, 하지=되지, 하고=되고, 해=되어, 하기=되기"
)

const (
	reCanStill      = lazyRE(`(?i)\b(can|could|may|might)\s+still\b`)
	reDeterminerThe = lazyRE(`(^|\s)해당\s+`)
	reOnlyCertain   = lazyRE(`특정\s*(\S+?)(?:의)?(?:\s+(\S+?))?만\s*((?:골라|필터|걸러|추려|추리|뽑)\S*)`)
	reDoesHandlerKo = lazyRE(`(?i)(\p{Hangul}+는)\s+(?:receiver|리시버|이벤트)\s+(함수|메서드|메소드)`)
	reJamoRun       = lazyRE(`[ㄱ-ㅎㅏ-ㅣ]+`)
	reStoredKeyKo   = lazyRE(`(?i)(\p{Hangul}+|[A-Za-z]+)\s*(?:켜져\s*있는지|켜졌는지|여부를?|설정을?|값을?|상태를?|을|를)?\s*(?:저장하는|저장할|저장해\s*두는|담는|기억하는)\s+(?:(?:UserDefaults|SharedPreferences|DataStore|localStorage|sessionStorage|로컬\s*스토리지|세션\s*스토리지|쿠키|cookie|redis|레디스|캐시|AsyncStorage|Keychain|키체인)\s*)?키`)
	reFeePaidKo     = lazyRE(`([비료금세])(\s|를\s|을\s)(안\s)?(냈|낸|내는|낼)`)
)

const (
	feeEndings lazyPairs = "냈=했, 낸=한, 내는=하는, 낼=할"
)

const (
	reThrownCustomKo     = lazyRE(`(?:던질|던지는|낼|내는|발생시킬|반환할)\s+(?:커스텀|사용자\s*정의|custom)\s+(에러|예외|오류)`)
	reWeekNumKo          = lazyRE(`(\d)\s?주차`)
	reMomentKo           = lazyRE(`시점(\s?(?:을\s)?(?:변수|필드|프로퍼티|속성|멤버|담|저장|기록|타임스탬프|컬럼|칼럼))`)
	reManagedHolderKo    = lazyRE(`(?i)(풀|캐시|큐|레지스트리|버퍼|pool|cache|queue|registry|buffer)\s*(?:을|를)?\s*(?:관리하는|관리할|관리해\s*주는|관리해주는|담당하는)\s+(클래스|구조체|타입|객체|struct|class)`)
	reActPossibleTime    = lazyRE(`(입장|체크인|체크아웃|출입|탑승|승차|접수|주문|신청|제출|출차|입차)\s*가능(?:한)?\s*(시간|시각)`)
	reAvailTime          = lazyRE(`(?:예약|대여|이용|구매|방문|렌트|렌탈)\s*가능(?:한)?\s*(일시|시각|날짜|일자)`)
	reCountingVarKo      = lazyRE(`\s*(?:의\s*)?(수|횟수|개수|갯수|건수)?\s*(?:세는|세어\s*주는|세\s*주는|세주는|세어서\s*담는|세서\s*담는|카운트하는|카운팅하는)\s+(?:(?:카운터|counter)\s+)?((?:(?:volatile|static|atomic|전역|멤버)\s+)?(?:변수|필드|프로퍼티|멤버|카운터|값))`)
	reToldWhomKo         = lazyRE(`\p{Hangul}(?:한테|에게|께)\s|\p{Hangul}(?:으면|면|때)\s|알림|푸시|메일|문자`)
	reTellsValueKo       = lazyRE(`(\S+)\s+알려\s?주는\s+(함수|메서드|메소드|method|func|function|fn)`)
	reCalledWhenKo       = lazyRE(`(\p{Hangul}(?:면|때|때마다))\s+(?:부르는|불러\s?주는)`)
	reParsedStringKo     = lazyRE(`(\p{Hangul}{2,}|[A-Za-z][\w-]*[A-Za-z0-9])\s*(?:문자열|스트링|텍스트|string|String)(?:\s*[(（][^()（）]{0,30}[)）])?(?:을|를)?\s+(파싱|파스|parse)`)
	reDueOfKo            = lazyRE(`(\p{Hangul}{2,}?)\s?예정일`)
	reChangedValueKo     = lazyRE(`(?:바뀐|변경된|변경될|바뀔)\s+((?:\p{Hangul}+\s+)?(?:시각|시간|일시|날짜|일정|비밀번호|비번|주소|가격|요금|금액|번호|전화번호|이메일|닉네임|출발\s*시각|도착\s*시각)(?:\s|$|을|를|이|가|은|는|으로|로))`)
	reOrNotKo            = lazyRE(`(있는지|했는지|됐는지|되었는지|하는지|되는지|인지)\s*(?:아닌지|없는지|안\s*\p{Hangul}{1,3}지|(?:하지|되지)\s*않\p{Hangul}{0,2}지)`)
	reKeptHolderKo       = lazyRE(`(?:저장해\s?둘|저장해\s?두는|저장해\s?놓을|저장해\s?놓는|담아\s?둘|담아\s?두는|넣어\s?둘|넣어\s?두는|기록해\s?둘)\s*((?:bool|boolean|Bool|불리언|불린)?\s*(?:변수|필드|프로퍼티|속성|플래그|멤버|리스트|목록|배열|맵|딕셔너리))`)
	reFetchedAvailKo     = lazyRE(`(?:가능\s*여부|가능한지)(?:를|을)?\s+((?:(?:async|비동기|서버|API|api)(?:로|으로|에서)\s+)?(?:받아오|가져오|불러오|조회하|조회해|fetch))`)
	reFetchedAnyKo       = lazyRE(`((?:빈|남은|비어\s?있는|사용\s?가능한|이용\s?가능한)\s+\p{Hangul}+?)(?:이|가)?\s+있는지\s+((?:(?:async|비동기|서버|API|api)(?:로|으로|에서)\s+)?(?:받아오|가져오|불러오|조회하|조회해|fetch))`)
	reFellBelowKo        = lazyRE(`(밑으로|아래로|미만으로|이하로|위로|넘게|초과로)\s*(?:떨어졌는지|떨어지는지|떨어졌나|내려갔는지|내려가는지|떨어진\s*상태인지|올라갔는지|올라가는지|치솟았는지)`)
	reHowManyDoingKo     = lazyRE(`몇\s*(?:명|분|사람)(?:이나|이)?\s*\p{Hangul}{1,4}?\s?고\s*있는지`)
	rePolledDoneKo       = lazyRE(`(\p{Hangul}{2,})\s*(?:이|가)?\s+(?:다\s+)?(?:끝났는지|완료됐는지|완료되었는지|완료\s?됐는지|처리됐는지|됐는지|되었는지|끝났나|나왔는지)\s+((?:계속\s*|주기적으로\s*|반복해서\s*)?(?:폴링|polling|체크하면서\s*기다리|확인하면서\s*기다리))`)
	reNotebookKo         = lazyRE(`(?i)(?:^|\s)(?:주피터\s*|jupyter\s*|코랩\s*|colab\s*)?(?:노트북|notebook)(?:에서|으로|로)\s+`)
	reAwaitingKo         = lazyRE(`(\p{Hangul}{2,})(?:을|를)?\s+기다리(?:는|고\s*있는)\s*(?:중인\s*)?(함수|메서드|메소드|async|비동기|Future|future|코루틴)?`)
	reHandledDoneKo      = lazyRE(`(\p{Hangul}{2,})\s?처리\s?(됐는지|되었는지|됬는지|된\s|됐|되었|완료됐는지|완료된\s|완료\s?됐는지)`)
	reYesNoKo            = lazyRE(`(?i)\s(?:y/n|yes/no|\(y/n\)|\[y/n\])\s`)
	reConfirmedByKo      = lazyRE(`확인\s?받(는|을|기|아서|고)`)
	reApprovedByKo       = lazyRE(`(?:컨펌|승인|결재|OK|오케이)\s?(?:받았는지|받은\s?상태인지|났는지|떨어졌는지)`)
	reHpZeroKo           = lazyRE(`(?:체력|HP|hp|생명력|피|에너지)(?:이|가)?\s*0\s*(?:이\s*)?(?:되면|될\s*때|됐을\s*때|되었을\s*때|이\s*되면|이면)`)
	reNotifiedDoneKo     = lazyRE(`(\p{Hangul}{2,})(?:이|가)?\s+(?:다\s+)?(?:끝났다고|완료됐다고|완료되었다고|됐다고|끝났다는)\s*(?:알림|푸시|메시지|노티|신호)(?:이|가)?\s*(?:오면|왔을\s*때|올\s*때|받으면|받았을\s*때)`)
	reJSONToObjectKo     = lazyRE(`(\p{Hangul}{2,}(?:\s\p{Hangul}{2,}){0,3})\s*(?:json|JSON|Json|제이슨)\s*(?:문자열)?(?:을|를)?\s+(?:객체|오브젝트|object|Object|구조체|struct|인스턴스|클래스|모델)(?:로|으로)\s+(?:바꾸|변환하|바꿔|파싱하|만들)`)
	reBothHistoryKo      = lazyRE(`\p{Hangul}{1,4}/\p{Hangul}{1,4}\s+(내역|이력)`)
	reValidityPassedKo   = lazyRE(`유효\s?기간(?:이)?\s*(?:지났는지|끝났는지|만료됐는지|만료되었는지|넘었는지)`)
	reLookingAtKo        = lazyRE(`(\p{Hangul}*(?:표|차트|그래프|데이터|로그|기록|예보|일정|달력|캘린더))(?:를|을)?\s+보고\s+((?:\S+\s+){0,4}?\S*(?:구하|구해|계산|찾|판단|결정|정하|정해|알아내|예측|추천|골라|고르))`)
	reBareObjAtKo        = lazyRE(`(^|\s)(\p{Hangul}{1,6}(?:\s\p{Hangul}{1,6})?)\s+(화면|맵|월드|씬|필드|스테이지|지도)(에|위에)\s+(스폰|생성|배치|소환|표시|띄우)`)
	reShownOnKo          = lazyRE(`\s*(?:뱃지|배지|badge|상단바|헤더|탭바|툴바|아이콘|화면\s*상단)(?:에|위에)\s*(?:표시하는|띄우는|보여주는|표시할|띄울|보여줄|표시되는|뜨는)\s+(변수|값|상태|프로퍼티|필드)`)
	reMultiSelectKo      = lazyRE(`(?:다중|멀티|여러\s*개|복수)\s?선택(한|된)`)
	reArrowConvKo        = lazyRE(`(\p{Hangul}{2,}(?:\s\p{Hangul}{2,})?|[A-Za-z]\w*)\s*(?:→|->|=>)\s*(\p{Hangul}{2,}(?:\s\p{Hangul}{2,})?|[A-Za-z]\w*)(\s+)(바꾸|변환|환산)`)
	reReceiptConfirmedKo = lazyRE(`수령\s?(?:확인\s?)?(?:됐는지|되었는지|했는지|됬는지)`)
	reRetryContextKo     = lazyRE(`\S+\s+(?:실패하면|실패했을\s*때|에러\s*나면)\s+재시도하는데\s*(?:그\s+)?`)
	rePDFOutKo           = lazyRE(`PDF(?:로|으로)?\s*(?:뽑|만들)`)
	reCanDayKo           = lazyRE(`(\p{Hangul}+(?:갈|올|할|될|볼|쓸|받을|찾을|살))\s*수\s*있는\s+(날|날짜|일자|시각|시간|때)`)
	reCompletedActKo     = lazyRE(`(\p{Hangul}*)(인증|검증|승인|등록|가입|접수|제출|환불|배송)\s?완료\s?(했는지|됐는지|되었는지|됬는지)`)
	reUnspacedNotKo      = lazyRE(`(?:^|\s)안(읽은|읽음|본|보낸|쓴|끝난|온|간|낸|받은|푼)(?:\s|$)`)
	reRequestSentKo      = lazyRE(`(\p{Hangul}{2,})\s*요청(?:을|를)?\s*(?:비동기로\s*|서버에\s*|서버로\s*)?(?:보내|전송하|날리)(는|고|기|는\s)`)
	reOthersDidKo        = lazyRE(`(?:이미\s+)?다른\s+(?:사람|사용자|손님|회원|유저|고객)(?:이|가)\s+(?:이미\s+)?`)
	reWhileDoingKo       = lazyRE(`(?:^|\s)\p{Hangul}{2,}\s+(?:계산|구현|개발|작업|처리)하는데\s+`)
	reDidRecordKo        = lazyRE(`(\p{Hangul}{2})한\s+(기록|내역|이력|일지)`)
	reMislabeledKo       = lazyRE(`\s*(?:라벨|레이블|label)(?:이|가)?\s*잘못\s*(?:붙은|달린|매겨진|된)\s*`)
	reMembersAskedKo     = lazyRE(`(?i)enum|열거|유니온|union|[(（][^()（）]*,[^()（）]*[)）]`)
	reProgressStatusKo   = lazyRE(`진행\s?상태`)
	reQtSlotKo           = lazyRE(`(때|면)\s+(?:연결할|연결될|연결하는)?\s*슬롯`)
	reIncludedModuleKo   = lazyRE(`\s*(?:클래스(?:들)?에\s*)?(?:공통으로\s*)?(?:include|인클루드|믹스인)\s?(?:할|하는|해서\s*쓸|해\s*쓸)\s+모듈`)
	rePlantCookieKo      = lazyRE(`쿠키에\s*(?:심어\s?주|심어\s?두|심|굽)`)
	reNeededKindKo       = lazyRE(`(\p{Hangul}{2,})(?:이|가)?\s+필요한\s+\p{Hangul}{1,4}인지`)
	reLessThanKo         = lazyRE(`(\p{Hangul}{2,})(?:이|가)\s+\p{Hangul}{2,}보다\s+(?:적은지|작은지|낮은지|모자란지|부족한지)`)
	reWhenKo             = lazyRE(`(?:언제|몇\s*시에?)\s*(?:쯤\s*)?(?:(\p{Hangul}{2,5}?)\s?(?:하는지|되는지|할지|될지|했는지|됐는지|되었는지|하게\s*되는지)|(오는지|올지|끝나는지|끝날지|열리는지|떠나는지|나오는지|돌아오는지|들어오는지|바뀌는지|풀리는지))`)
	reHowManyKo          = lazyRE(`몇\s*(?:개|명|건|장|마리|곳|줄|팀|석|대|권|편|병|잔|벌|채|척|가구|세대|칸|자리|그릇|통|켤레|송이|봉지|박스|상자|묶음|바퀴|경기|세트|회|번|차례|판|도즈)\s*(?:나\s*)?(?:있는지|인지|있나|남았는지|남아\s*있는지|남아있는지|되는지|들어\s*있는지|들어있는지|도는지|돌아가는지|나오는지|생기는지|필요한지)`)
	reAgo                = lazyRE(`(?i)\b(?:(?:the\s+)?(?:time|timestamp|date|moment)\s+)?(a|an|one|two|three|five|ten|[0-9]+)\s+(second|minute|hour|day|week|month|year)s?\s+ago\b|(?:^|\s)(한|두|세|다섯|열|하루|이틀|일주일|[0-9]+)\s*(초|분|시간|일|주|주일|달|개월|년|)\s*(전|후|뒤)(?:\s*(?:시각|시간|날짜|시점|날|의\s*시각)|\s*$)`)
	reZeroLen            = lazyRE(`\s*(?:의\s*)?(?:길이|개수|크기|사이즈|갯수)\s*(?:가|이)\s*0\s*(?:인지|인가|개인지)`)
	reDontUseKo          = lazyRE(`\S+\s*(?:을|를)?\s*(?:쓰지|사용하지)\s*말고\s*`)
	reLeftOnesKo         = lazyRE(`빼고\s+남은\s+([가-힣A-Za-z]+?들)만`)
	reSeeingKo           = lazyRE(`(?:[가-힣A-Za-z0-9]+\s+)?[가-힣A-Za-z0-9]+(?:을|를)?\s+보고\s+([가-힣A-Za-z0-9]+\s*(?:을|를)?\s*(?:판정|판단|결정|계산|선택|추천|예측))`)
	reThanQ              = lazyRE(`([0-9]+|기준치|기준값|기준|임계치|임계값|임곗값|문턱값)\s*보다\s*(큰|크|많|높|밝|작|적|낮|어두운)(?:은지|ㄴ지|지|은가|은가요)`)
)

// agoName: 한 시간 전 시각, two days ago: the moment that long ago, one
// word the parser keeps as it is (oneHourAgo, twoDaysAgo); 후 and 뒤 are
// that long later (threeDaysLater).
func agoName(m string) string {
	s := reAgo.FindStringSubmatch(m)
	n, u := strings.ToLower(s[1]), s[2]
	if n == "" {
		n, u = s[3], agoUnitsKo.get(s[4])
		switch n {
		case "하루":
			n, u = "1", "day"
		case "이틀":
			n, u = "2", "day"
		case "일주일":
			n, u = "1", "week"
		}
		if u == "" {
			return m
		}
	}
	if w, ok := agoNumbers.lookup(n); ok {
		n = w
	} else if !agoNumberWords.has(n) {
		n = ""
	}
	if n != "one" {
		u += "s"
	}
	when := "Ago"
	if s[5] == "후" || s[5] == "뒤" {
		when = "Later" // 2주 후, 한 시간 뒤: twoWeeksLater (was give, grant)
	}
	name := strings.ToUpper(u[:1]) + u[1:] + when
	if n == "" {
		return " " + strings.ToLower(name[:1]) + name[1:]
	}
	return " " + n + name
}

// agoName's words, built once: Korean units, numbers as words, and the
// English number words it takes as they are.
const (
	agoUnitsKo     lazyPairs = "초=second, 분=minute, 시간=hour, 일=day, 주=week, 주일=week, 달=month, 개월=month, 년=year"
	agoNumbers     lazyPairs = "a=one, an=one, 한=one, 두=two, 세=three, 다섯=five, 열=ten, 1=one, 2=two, 3=three, 4=four, 5=five, 6=six, 7=seven, 10=ten, 15=fifteen, 20=twenty, 30=thirty"
	agoNumberWords lazySet   = `one two three five ten`
)

// keptAs: the word before 로 is a kind word (여부를 상수로, 상태를 enum으로):
// the kind the thing is kept as, not what it is converted to.
func keptAs(s string) bool {
	w := strings.TrimSuffix(strings.TrimSuffix(lastField(s), "로"), "으")
	if g, ok := koGrammar[w]; ok && kindGram(g.g) {
		return true
	}
	g, ok := enGrammar[strings.ToLower(w)]
	return ok && kindGram(g.g)
}

// particleWords end a phrasal verb that a hyphen makes a noun (drop-off,
// hand-off, roll-out).
const particleWords lazySet = `off up in out on down over back away`

// periodAdjective: 하루, 1일, 월 or 연 before a noun is how often the noun
// counts (1일 이체 한도: the daily transfer limit, 월 구독료: the monthly
// fee), as 일일, 월간 and 연간 say; before a span, a bound or a unit it is
// the period itself (하루 동안, 하루 이상, 월 단위); after 달 or 월, 1일 is
// the first day (다음 달 1일 날짜).
func periodAdjective(m string) string {
	s := rePeriodKo.FindStringSubmatch(m)
	if prefixOf(s[3], "동안|중|전|후|뒤|종일|단위|만|이상|이하|이내|넘|안|치|말|초|별|마다|씩|기준|간") || !nounStart(s[3]) {
		return m // (오늘 하루 보지 않기: a verb follows)
	}
	return s[1] + pairGet("하루=일일, 1일=일일, 월=월간, 연=연간", s[2]) + " " + s[3]
}

// nounStart: w starts with a glossary noun or verbal noun of two syllables
// or more (이체 한도, 구독료), not a verb's form (보지).
func nounStart(w string) bool {
	g, r := loadGlossary(), []rune(w)
	for l := len(r); l >= 2; l-- {
		for _, m := range g.ko[string(r[:l])] {
			if m.form == formNoun && (m.t.Class == 'n' || m.t.Class == 'v' || m.t.Class == 'a') {
				return true
			}
		}
	}
	return false
}

// whoDoer is the doer a "who" clause names by its verb (the user who sent
// it: sender; who wrote it: author), or "" for a verb that names none.
func whoDoer(w string) string {
	base := verbBase(w, false)
	if base == "" {
		base = strings.TrimSuffix(w, "s") // owns, organizes
	}
	if !oneOf(base, whoVerbs) {
		return ""
	}
	if a, ok := pairOf("write=author, host=host, own=owner, edit=editor, organize=organizer", base); ok {
		return a
	}
	return agent(base)
}

// whoVerbs are the verbs whose doer a "who" clause names.
const whoVerbs = "send|approve|create|manage|own|invite|review|write|upload|report|edit|host|organize|request|buy|sell|follow|subscribe|book|post|assign|modify|delete|publish"

// arrowConversion: entity -> dto 변환, csv → json, "convert csv -> json":
// a conversion from one to the other (csv_to_json; was convert_by_csv, as
// the arrow of a map's key and value); a map (dict, 맵, 객체, a mapping
// with no function asked) keeps its arrow for reArrowMap.
func arrowConversion(q string) string {
	l := strings.ToLower(q)
	if !strings.Contains(q, "->") && !strings.Contains(q, "→") && !strings.Contains(q, "=>") ||
		mapWords(q) && !(containsOf(l, "함수|메서드|메소드|function|method") && !containsOf(l, "맵|map|dict|딕셔너리|객체|object")) {
		return q
	}
	korean := naming.QuestionIsKorean(q)
	return reArrowConv.replaceSubmatches(q, func(m []string) string {
		if korean {
			if i := strings.Index(q, m[0]); !containsOf(q[i+len(m[0]):], "변환|바꾸|바꿔|매핑|변경|파싱|직렬화|포맷") {
				return m[0] // 이름->타입: no conversion said, a map's key and value
			}
			return josa(m[1], "을", "를") + " " + josa(m[2], "으로", "로")
		}
		if containsOf(l, "convert|transform|map|turn|change|pars|format|serializ") {
			return m[1] + " to " + m[2]
		}
		return "convert " + m[1] + " to " + m[2]
	})
}

const reArrowConv = lazyRE(`([\p{Hangul}A-Za-z][\p{Hangul}A-Za-z0-9_]*)\s*(?:→|->|=>)\s*([\p{Hangul}A-Za-z][\p{Hangul}A-Za-z0-9_]*)`)
