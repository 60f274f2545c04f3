"""Reading the lines around a published article: bylines, review notes, dates, reading time and page chrome.

Shared by the page-text and HTML parsers. Everything works on one line of visible text and returns
offsets into that line, so each parser can map what it found back to the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from lint.model import Metadata, Person
from lint.nlp.given_names import starts_with_given_name
from lint.parse.common import (
    DATE_ORDER,
    DATE_PATTERN,
    MONTH_NAMES,
    MONTHS,
    NAME_SUFFIX,
    NUMERIC_DATE,
    ORG_SUFFIX,
    DateOrder,
    NumericDate,
    date_from_match,
    english_variant_order,
    is_clinical_reviewer,
    is_credential,
    is_listed_credential,
    is_team,
    language_order,
    listed_credentials,
    numeric_date,
    parse_person,
)

DateField = Literal["published", "updated", "reviewed", "other"]

# "Start Free", "Learn more about ...": links and buttons, never a claim
CHROME_STARTS = (
    "learn more",
    "read more",
    "see more",
    "find out more",
    "sign up",
    "subscribe",
    "start free",
    "start for free",
    "try it free",
    "click here",
    "download",
    "book an appointment",
    "request an appointment",
    "make an appointment",
    "schedule an appointment",
    "find a doctor",
    "find a location",
    "contact us",
    "call us",
    "back to top",
    "back to ",
    "skip to",
    "share",
    "print",
    "advertisement",
    "sponsored",
    "copyright",
    "©",
    "all rights reserved",
    "all stories",
    "all news",
    "all articles",
    "all posts",
    "more stories",
    "article text",
    "article info",
    "article metrics",
    "get started",
    "log in",
    "sign in",
    "follow us",
    "related:",
    "see also",
    "jump to",
    "skip navigation",
    "help us",
    "connect with our",
    "warning notification",
    "select page",
    "sponsor us",
    "support us",
    "volunteer with us",
    "previous article",
    "previous articles",
    "next article",
    "next articles",
    "tweet",
    "copy link",
    "privacy policy",
    "privacy notice",
    "terms of use",
    "terms and conditions",
    "terms of service",
    "cookie settings",
    "cookie policy",
    "manage cookies",
    "sitemap",
    "site map",
    "about us",
    "careers",
    "donate",
    "give now",
    "enter your email",
    "your email address",
    "show more",
    "show less",
    "view more",
    "view all",
    "load more",
    "see all",
    "home page",
    "homepage",
    "dismiss",
    "close modal",
    "close menu",
    "close dialog",
    "close pop-up",
    "close popup",
    "close banner",
    "close window",
    "close search",
    "close this search box",
    "shopping cart",
    "go ad-free",
    "go ad free",
    "mobile menu",
    "shopping basket",
    "view cart",
    "view basket",
    "your cart",
    "my account",
    "url copied",
    "link copied",
    "copied to clipboard",
    "top of page",
    "bottom of page",
    "choose a preferred language",
    "choose a language",
    "choose language",
    "select language",
    "select a language",
    "select your language",
    "choose your language",
    "change language",
    "notifications",  # a site's notification bell over the title, and its empty state
    "you're all caught up",
    "you’re all caught up",
)
# page furniture by what it says, whatever its shape: notices about the browser, cookies, logins and
# paywalls, newsletters and advertising, reuse of the content, opening hours, phone and chat lines,
# image credits, the government banner, personalisation widgets. Each pattern runs only on a line
# holding one of its words, so most lines cost a few substring tests.
_FURNITURE_RULES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (words, re.compile(pattern, re.I))
    for words, pattern in (
        (
            ("tour",),
            r"\btake\s+(?:a|the)\s+(?:quick\s+)?tour\b",  # a redesign notice: "<Site> has been refreshed! Take a tour."
        ),
        (
            ("available",),
            # a members' feature behind a login: "That feature is only available to logged in users."
            r"^(?:this|that)\s+(?:feature|content|page|section|tool|option)\s+is\s+only\s+available\s+(?:to|for)\s+"
            r"(?:logged[\s-]in|signed[\s-]in|registered)\s+(?:users|members|subscribers)\W*$",
        ),
        (
            ("ago",),
            # how long ago a post went up, on a line of its own: "- 4 days ago", "Posted 2 hours ago"
            r"^\W{0,3}(?:posted\s+|updated\s+)?(?:\d{1,3}|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?"
            r"|months?|years?)\s+ago\W*$",
        ),
        (
            ("please",),
            # a line sending the reader on through the page: "For more details on this topic, please see the
            # step-by-step guide and the common questions below."
            r"^for\s+more\s+(?:details|information|info)\s+(?:on|about)\s+this\s+(?:topic|content|page|subject|article)"
            r"\s*,\s*please\s+(?:see|review|read|visit|refer\s+to)\b[^!?]{0,100}$",
        ),
        (
            ("logo",),
            # a logo's alt text printed as a line: "Harbour Health logo.", "Journal logoLink to Journal",
            # "Journal of Oral Medicine, Pathology and Surgery logo", "Harbour Trust Logo - an oak tree ..."
            r"^(?:[\w&'’.,-]+\s+){1,9}logo(?:\W*$|(?-i:(?=[A-Z]))|\s+[-–—]\s)",
        ),
        (
            ("reprint", "©"),
            # a syndicated copy's banner: "Official reprint from <publisher>", "www.example.com ©2016 Example"
            r"^(?:official\s+)?reprint(?:ed)?\s+(?:from|with)\b|^(?:www\.)?[\w-]+(?:\.[\w-]+)+\s+©\s*\d{4}",
        ),
        (
            ("charity",),
            # a charity's registration line in its banner or footer: "Registered Charity 285530",
            # "Registered charity no. 1089464 (England and Wales)", "Charity number: SC012345"
            r"^(?:registered\s+charity|charity\s+(?:no\b|number|registration))[^!?]{0,20}\d{4,}[^.!?]{0,40}$",
        ),
        (
            ("location",),
            # a site's location picker: "My Current Location Atlanta, GA 30308", "Your location: Leeds", "Change location"
            r"^(?:my\s+(?:current\s+)?location|your\s+(?:current\s+)?location|change\s+(?:your\s+)?location)\b[^.!?]{0,60}$",
        ),
        (
            ("account", "new to", "join", "sign", "log"),
            # an account box over the article: "Access Your Account", "New to <Site>?", "Join for free!",
            # "Or, sign in directly with <Site>:", "Sign Up or Log In"
            r"^(?:(?:access|manage)\s+your\s+account|new\s+to\s+[\w .&'’-]{2,40}\?|join\s+(?:for\s+free|now|today)\W*"
            r"|(?:or,?\s+)?(?:sign|log)\s+(?:in|up|on)\b[^.!?]{0,50})$",
        ),
        (
            ("home",),
            # a link back to the site's front page: "Go to AAD Home", "Back to Home", "Return to homepage"
            r"^(?:go|back|return)\s+to\s+(?:the\s+)?(?:[\w&.'’-]+\s+){0,4}?home\s*(?:page)?$",
        ),
        (
            ("call",),
            # a phone banner over the page: "Questions? Call us at 800-555-0100", "Need help? Call 0800 123 456"
            r"^(?:questions|need\s+help|need\s+advice)\?\s+call\b[^.!?]{0,50}\d[^.!?]{0,20}$",
        ),
        (
            ("offer", "% off", "for only"),
            # a sales banner over the article: "Get a yearly membership for only $12. Limited time offer.", "Get 25% Off"
            r"^[^.!?]{0,80}\bfor\s+only\s+[$£€]\s?\d[^.!?]{0,30}[.!]?(?:\s+limited[- ]time\s+offer\W*)?$"
            r"|^(?:get|save|take)\s+(?:up\s+to\s+)?\d{1,2}\s?%\s+off\b[^.!?]{0,40}$|^limited[- ]time\s+offer\W*$",
        ),
        (
            ("please visit",),
            # a public-health banner over the page: "STAY HOME AND STAY SAFE. For more information on COVID-19
            # please visit <site>"
            r"^(?:[A-Z][A-Z ,'’&-]{4,60}[.!]\s+)?for\s+(?:more\s+)?information\b[^.!?]{0,80}\bplease\s+visit\b(?:[^.!?]|\.(?=\S)){0,60}\.?$",
        ),
        (
            ("feel about", "rate this", "rate our", "satisfied"),
            # a feedback widget: "How do you feel about our website?", "Rate this page", "How satisfied are you ...?"
            r"^(?:how\s+do\s+you\s+feel\s+about|how\s+satisfied\s+are\s+you\s+with|(?:please\s+)?rate)\s+"
            r"(?:our|this)\s+(?:web\s*site|site|page|article|content)\W*$",
        ),
        (
            ("recite", "accessibility", "browsealoud", "this page"),
            # a page's tool row: "Activate ReciteMe accessibility assistance Download this page Print this page"
            r"^(?:activate|launch|open|use)\s+(?:recite\s*me|browsealoud|accessibility)\b[^.!?]{0,80}$"
            r"|^(?:(?:download|print|email|share|save)\s+this\s+page\W*){2,4}$",
        ),
        (
            ("inbox", "unsubscribe", "opt-out", "opt out"),
            # a newsletter box: "Health Guide delivered to your inbox", "You can unsubscribe at any time."
            r"^[^.!?]{0,60}\b(?:delivered|sent|straight)\s+(?:right\s+)?to\s+your\s+inbox\W*$"
            r"|^you\s+(?:can|may)\s+(?:unsubscribe|opt[- ]out)\s+at\s+any\s+time\b[^!?]{0,100}$",
        ),
        (
            ("avenue", "ave", "street", "st", "road", "rd", "blvd", "boulevard", "drive", "suite", "lane", "way"),
            # a clinic's street address in the header: "733 Harbour Avenue, Brooklyn, NY 11222"
            r"^\d{1,6}\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln"
            r"|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy)\.?(?:,?\s+(?:Suite|Ste|Unit|#)\s*\w+)?"
            r"(?:,\s*[A-Z][\w.'’ -]{1,30})?,\s*[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?$",
        ),
        (
            ("new:", "new!"),
            # a shop's banner over the page: "NEW: Try our at-home blood test kits. Get your test."
            r"^new\s*[:!]\s+[^!?]{0,120}?[.!]\s+(?:get|order|shop|buy|book|try|find)\s+(?:your|it|now|today|out|them)\b"
            r"[^.!?]{0,30}[.!]?$",
        ),
        (
            ("patient data", "your data", "data opt-out"),
            # a hospital's data notice over the page: "The way we use patient data is changing: ...", the national
            # data opt-out
            r"^(?:the\s+way\s+we\s+use\s+(?:your\s+|patient\s+)?(?:data|information)\s+is\s+changing"
            r"|your\s+data\s+matters\b|[^.!?]{0,40}\bnational\s+data\s+opt-out\b)",
        ),
        (
            ("helpline", "hotline", "advice line"),
            # a helpline box's label over the page: "Helpline" / "Speak to a registered nurse."
            r"^(?:(?:nurse\s+|support\s+)?(?:helpline|hotline|advice\s+line))$",
        ),
        (
            ("book", "schedule", "request"),
            # a booking button over the page: "Book Online", "Schedule an Appointment", "Request a consultation"
            r"^(?:book|schedule|request)\s+(?:online|now|today|an?\s+(?:appointment|consultation|visit))\W*$",
        ),
        (
            ("coronavirus", "covid"),
            # a pandemic banner over the page: "Coronavirus (COVID-19): Important information from <Hospital>"
            r"^(?:coronavirus|covid(?:-19)?)(?:\s*\((?:covid(?:-19)?|coronavirus)\))?\s*[:|–—-]\s*(?:important\s+)?"
            r"(?:information|update|updates|news|advice|visitor\s+information)\b[^.!?]{0,60}$"
            # "COVID-19 Resource Center" / "Review the latest information on visitor policies, ..."
            r"|^(?:coronavirus|covid(?:-19)?)\s+(?:resource\s+cent(?:er|re)|resources|updates?|information|hub)$"
            r"|^review\s+the\s+latest\s+information\s+on\b[^!?]{0,120}\b(?:coronavirus|covid(?:-19)?)\b[^!?]{0,40}$",
        ),
        (
            ("discuss as", "comment as", "post as"),
            # a comment box's label: "Discuss as:", "Comment as:"
            r"^(?:discuss|comment|post|reply)\s+as\s*:?$",
        ),
        (
            ("helpful",),
            # a feedback widget with its count: "Was this helpful? (469)"
            r"^was\s+this\s+(?:page\s+|article\s+|information\s+|content\s+)?helpful\s*\??\s*(?:\(\d[\d,]*\))?$",
        ),
        (
            # a breadcrumb trail's own label: "You are here" (the crumbs themselves may be lost in the copy)
            ("you are here",),
            r"^you\s+are\s+here\s*:?$",
        ),
        (
            ("message", "notice", "banner"),
            # a notice that ends in its own dismiss control: "We are hiring! ... Hide this message."
            r"\b(?:hide|dismiss|close)\s+this\s+(?:message|notice|banner)\W*$",
        ),
        (
            ("browser", "javascript", "explorer"),
            r"\b(?:outdated|unsupported|old|upgrade\s+your|update\s+your|supported)\s+browsers?\b"
            r"|\byou\s+are\s+using\s+an?\s+\w*\s*browser|\benable\s+javascript\b|\bjavascript\s+is\s+disabled"
            # "This site is best viewed with a modern browser. You appear to be using an old version of Internet Explorer."
            r"|\bbest\s+viewed\s+(?:with|in|using|on)\s+(?:a\s+)?(?:modern|recent|current|newer|up-to-date)\s+browser"
            r"|\b(?:an?\s+)?(?:old|older|outdated)\s+version\s+of\s+(?:internet\s+explorer|your\s+(?:web\s+)?browser)\b"
            # "For an optimal site experience, we recommend using a different browser.", "Using Internet Explorer may ..."
            r"|\b(?:recommend|suggest)\s+(?:using|that\s+you\s+use)\s+(?:a\s+)?(?:different|another|newer|modern)\s+browser"
            r"|^using\s+internet\s+explorer\b",
        ),
        (
            ("intended", "meant"),
            # who a site or page is for: "This information is intended for patients prescribed X in the UK only."
            r"^this\s+(?:information|site|website|content|page)\s+is\s+(?:intended|meant)\s+(?:only\s+)?for\b[^.]{0,100}\.?$",
        ),
        (
            ("only for", "click here"),
            # a brand site's audience gate: "This section of the website is only for UK patients ... If you are a
            # healthcare professional, please click here."
            r"^this\s+(?:section\s+of\s+(?:the|this|our)\s+)?(?:information|site|website|content|page)\s+is\s+"
            r"(?:only|solely|exclusively)\s+for\b[^.]{0,120}\.(?:\s+if\s+you\s+are\s+[^.]{0,80}\bclick\s+here\.)*\s*$",
        ),
        (
            ("closed", "closing", "relocat", "reopen"),
            # a closure or move notice in the banner: "Our pharmacy will be closed from 18-20 October and relocated ...",
            # "<Clinic> is closing temporarily as a precaution", and its "Get notified when <Clinic> reopens"
            r"^[^.!?]{0,60}\b(?:will\s+be|is|are)\s+(?:temporarily\s+)?(?:closed|relocated|relocating|reopening)\b"
            r"[^!?]{0,140}\b(?:from|on|until|between|to|at)\b[^!?]{0,80}$"
            r"|^[^.!?]{0,60}\b(?:is|are)\s+closing\s+temporarily\b[^!?]{0,80}$|^get\s+notified\s+when\b[^.!?]{0,60}\breopens?\W*$",
        ),
        (
            ("scam", "fraud", "never ask"),
            # a scam warning in a site's banner: "<Hospital> will NEVER ask you to transfer money over a call. ..."
            r"\b(?:will|would|does|do)\s+never\s+(?:ask|call|request)\b[^.]{0,60}\b(?:money|payment|bank|password|pin|otp)"
            r"|\bscam(?:shield|mers?)?\b[^.]{0,40}\b(?:helpline|hotline|alert|vigilant)\b",
        ),
        (
            ("notification", "alert", "notice", "announcement"),
            # a site banner with its own close button: "... View More Important Notifications x"
            r"\b(?:notifications?|alerts?|notices?|announcements?)\s*[x×✕]$",
        ),
        (
            ("cookie",),
            r"\b(?:we|this\s+(?:site|website))\s+(?:would\s+like\s+to\s+|are\s+)?(?:uses?|using)\s+cookies\b"
            r"|\baccept\s+(?:all\s+)?cookies\b|\bcookies\s+are\s+(?:small\s+)?(?:text\s+)?files\b"
            r"|\bcookie\s+(?:policy|settings)|^cookie\s+(?:information|notice|preferences|consent)$"
            # "See our Cookies Notice for information concerning our use of cookies"
            r"|\b(?:our|the)\s+use\s+of\s+cookies\b|\bcookies?\s+notice\b",
        ),
        (
            ("terms of use", "privacy policy", "terms and conditions"),
            # a notice of changed terms or of consent by use: "We have updated our Terms of Use and Privacy Policy",
            # "By using this website or clicking "I ACCEPT", you consent to our Terms of Use"
            r"^we\s+have\s+(?:updated|changed|revised)\s+our\s+[^.!?]{0,60}(?:terms\s+of\s+use|privacy\s+policy|terms"
            r"\s+and\s+conditions)|\bby\s+(?:using|continuing\s+to\s+use|browsing)\s+this\s+(?:web)?site\b[^.!?]{0,80}"
            r"\b(?:consent|agree)\s+to\b"
            # "Please review our privacy policy for more info."
            r"|^please\s+(?:review|read|see)\s+our\s+privacy\s+(?:policy|notice)\b[^.!?]{0,40}[.!]?$",
        ),
        (
            ("continue reading", "keep reading", "log in", "sign in", "subscribe", "member", "account", "back in"),
            r"\bto\s+(?:continue|keep)\s+reading\b|\byou\s+must\s+(?:log|sign)\s+in\b"
            r"|\balready\s+(?:a\s+(?:subscriber|member)|subscribed|registered)\b|\b(?:log|sign)\s+back\s+in\b"
            r"|\b(?:log|sign)\s+in\s+to\s+(?:read|continue|view|access)\b|\bcreate\s+a\s+free\s+account\b"
            # a members' area box at the top: "Member login" / "Not a Member?"
            r"|^(?:members?|patient|user|customer)\s+(?:log\s*-?in|sign\s+in)$|^not\s+a\s+member\s*\?$",
        ),
        (
            ("practitioner", "professional", "provider"),
            # a gate that sorts readers before the page: "Are you a healthcare professional?"
            r"^are\s+you\s+an?\s+(?:health\s*care|medical|health)\s+(?:practitioner|professional|provider)\s*\?$",
        ),
        (
            ("newsletter", "mailing", "app", "e-mail", "email", "updates"),
            r"\b(?:sign\s+up\s+for|subscribe\s+to)\s+(?:our|the)\s+\w*\s*(?:newsletter|e-?mails?|updates)"
            r"|\bour\s+newsletter\b|\bjoin\s+our\s+mailing\s+list\b|\bdownload\s+(?:our|the)\s+app\b",
        ),
        (
            ("advertis", "endorse", "sourcing", "experts", "how we"),
            r"\badvertising\s+on\s+(?:our|this)\s+(?:site|website)\b"
            r"|\bdo(?:es)?\s+not\s+endorse\s+(?:any\s+)?(?:companies|products|non-)|\badvertising\s+revenue\b"
            r"|\bsourcing\s+guidelines\b|\bour\s+experts\s+continually\s+monitor\b"
            r"|^how\s+we\s+(?:vetted|reviewed|fact-checked)\s+this\s+article\b",
        ),
        (
            # a blog platform's archive label and profile widget: "Showing posts from December, 2019",
            # "Showing posts with label chemo. Show all posts", "My photo", "View my complete profile"
            ("showing posts", "my photo", "complete profile"),
            r"^showing\s+posts\s+(?:from|with\s+(?:the\s+)?label|for\s+query|by)\b.{0,80}$|^my\s+photo$"
            r"|^view\s+my\s+complete\s+profile$",
        ),
        (
            # a content credit: "Drug information provided by: <licensor>", "Content courtesy of <partner>"
            ("provided by", "supplied by", "licensed by", "courtesy of", "powered by"),
            r"^[\w\s,&-]{0,40}\b(?:provided|supplied|licensed)\s+by\s*:|^[\w\s-]{0,30}\bcourtesy\s+of\b|^powered\s+by\b",
        ),
        (
            # a document viewer's or a multi-page topic's pager and a shop's delivery banner: "You are on page 1 of
            # 216", "Page 6 of 9   Next Page: <title of the next page>"
            ("page", "delivery", "pg"),
            r"^you\s+are\s+on\s+page\s+\d|^free\s+(?:\w+\s+)?delivery\s+(?:on|over)\b"
            # a document viewer's page marker alone on its line: "pg 1", "Page 3"
            r"|^(?:pg|page)\.?\s*\d{1,4}$"
            # the pager alone on its line: a document dumped onto one line may start "Page 1 of 19 <text>"
            r"|^page\s+\d{1,3}\s+of\s+\d{1,3}(?:\s+(?:next|previous|prev)\s+page\s*:[^.!?]{0,100})?$"
            r"|^(?:next|previous|prev)\s+page\s*:[^.!?]{0,100}$",
        ),
        (
            # widgets: "+ -Text Size", "A+ A- Font Size", "Campuses: Home button"
            ("size", "button", "font", "spacing", "width"),
            r"^(?:[+\-–\s]|A[+\-–])*(?:text|font)\s+(?:size|type|family)\s*:?$|^[\w\s:&'’-]{0,40}\bbutton$"
            # the same control with its letters after the label: "Text size: a a a", "Font size: A- A A+"
            r"|^(?:text|font)\s+size\s*:?\s*(?:a\s*[+\-–]?\s*){2,4}$"
            r"|^(?:line\s+spacing|column\s+width)\s*:?$",
        ),
        (
            # a site's logo, app prompt and a link to a printable copy: "Lybrate Logo", "Get the App",
            # "To view a printable PDF version of this guide, click here."
            ("logo", "app", "click here"),
            # a logo's alt text, also with a full stop or its link glued on: "Springer logoLink to Springer"
            r"^[\w&'’.-]+(?:\s+[\w&'’.-]+){0,3}\s+logo(?:\.|link\s+to\s+[^.!?]{1,80})?$|^get\s+(?:the|our)\s+app$"
            # a link line in a sentence's shape: "To read the full article, click here.", "For more information, click here."
            r"|^(?:to\s+(?:view|download|print|read|see|learn|find)\b[^.]{0,120},\s*"
            r"|for\s+(?:more|further)\s+(?:information|details)\b[^.]{0,60},\s*)?click\s+here\.?$",
        ),
        (
            # a citation record's fields: "Journal: Current Oncology, 2023, № 4", "Publisher: MDPI AG"
            ("journal", "publisher", "funder", "funding", "volume", "issn", "isbn", "licen", "copyright"),
            r"^(?:journal|publisher|funders?|funding|volume|issue|e?issn|e?isbn|licen[cs]e|copyright)\s*:\s*\S.{0,150}$",
        ),
        (
            # a language picker and a practice's banner: "Translate this page: English", "... Request an Appointment"
            ("translate", "appointment"),
            r"^translate\s+this\s+(?:page|site)\b|\brequest\s+an\s+appointment$",
        ),
        (
            # a promo box set into the article: "Recommended Related to Cancer", a content warning
            ("recommended", "related", "upsetting", "triggering", "content warning"),
            r"^recommended\s+(?:related\s+to|for\s+you)\b|^(?:related\s+(?:articles|stories|reading|links|pages|topics)|you\s+might\s+also\s+like)$"
            r"|\bmay\s+find\s+(?:upsetting|distressing|triggering)|\bupsetting\s+or\s+triggering\b|^content\s+warning\b",
        ),
        (
            # a link to a printable copy above or below the text: "Open a PDF version to print this topic"
            ("pdf", "print"),
            r"^(?:open|view|download|get)\s+(?:(?:a|the)\s+)?(?:pdf|printable)\s+(?:version|copy)\b[^.]{0,40}$"
            # "PDF/Printer Friendly Version", "Printer-friendly version"
            r"|^(?:pdf\s*/\s*)?(?:printer|print)[\s-]friendly(?:\s+(?:version|page|copy|pdf))?$",
        ),
        (
            # a licence notice: "From <Book>, <Publisher>. Copyright 2007 by ... All rights reserved.", "Used with
            # permission of <X>."; near the start of its block, so a paragraph that ends in one keeps its claims
            ("copyright", "©", "rights reserved", "permission"),
            r"^.{0,120}?(?:\bcopyright\s+(?:©\s*|\(c\)\s*)?(?:19|20)\d\d\b|©\s*(?:19|20)\d\d\b|\ball\s+rights\s+reserved\b)"
            r"|^(?:used|reprinted|reproduced)\s+with\s+(?:kind\s+)?permission\b",
        ),
        (
            ("reproduce", "reprint", "reuse"),
            r"\b(?:reproduce|reprint|reuse)\s+(?:some\s+or\s+all\s+of\s+)?(?:this|our)\s+(?:content|information|material)",
        ),
        (
            ("gov", "official website", "how you know", "connected", "url of", "manuscript"),
            r"\bofficial\s+websites?\s+use\b|\bsecure\s+\.gov\b|\.gov\s+website\s+belongs\b"
            r"|^here['’]s\s+how\s+you\s+know|\bsafely\s+connected\s+to\b|^url\s+of\s+this\s+page\b"
            r"|\bauthor\s+manuscript\b|\ban\s+official\s+website\s+of\b",
        ),
        (
            # the older form of the same banner: "U.S. flag", "Dot gov", "The .gov means it's official.", "Https"
            ("flag", "gov", "https", "secure", "access keys"),
            r"^u\.s\.\s+flag$|^dot\s+gov$|^https$|^the\s+\.gov\s+means\s+it|^federal\s+government\s+websites\s+often\s+end\b"
            r"|^the\s+site\s+is\s+secure\.?$|^the\s+https://\s+ensures\b|^access\s+keys\b",
        ),
        (
            ("remove this", "this article", "encyclop", "print version"),
            r"\blearn\s+how\s+and\s+when\s+to\s+remove\s+this\b|\bprint\s+version\s+of\s+(?:this|the)\s+page\b"
            r"|\bthis\s+article\s+(?:may\s+)?(?:requires?|needs?)\s+(?:cleanup|additional\s+citations)"
            r"|\bthe\s+free\s+encyclop(?:a)?edia\b",
        ),
        (
            ("click here", "connect with", "help us", "helps us", "describes you", "helpful"),
            r"^click\s+here\b|^connect\s+with\s+our\b|\bhelps?\s+us\s+(?:tailor|improve|personali[sz]e|use\s+language)"
            r"|\bwhich\s+best\s+describes\s+you\b|\bwas\s+this\s+(?:page|article|information)\s+helpful\b",
        ),
        (
            # a feedback widget: "Was this document useful for you?", "Thank you for your participation!",
            # "Your assessment is very important for improving ..."
            ("useful", "helpful", "thank you", "important for improving"),
            r"\bwas\s+this\s+(?:page|article|information|document|content|answer)\s+(?:useful|helpful)\b"
            r"|^thank\s+you\s+for\s+your\s+(?:feedback|participation|rating|response|vote)\W*$"
            r"|^\W*your\s+(?:feedback|assessment|opinion|rating)\s+is\s+(?:very\s+)?important\s+for\s+improving\b",
        ),
        (
            ("call", "dial", "phone", "text", "tel", "fax", "chat", "mail", "credit", "source", "courtesy"),
            r"^(?:call|dial|phone|text)\s+[\d() -]{3,16}\.?$|^(?:phone|tel|telephone|fax|chat|e-?mail|text)\s*:\s*\S"
            r"|^(?:image|photo|picture|illustration|video)?\s*(?:credit|source|courtesy)\s*:\s*(?:getty|shutterstock|istock|adobe)",
        ),
        (
            ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
            r"^(?:available|open|hours)\s*:?\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*\s*(?:[-–—]|to|through)\s*"
            r"(?:mon|tue|wed|thu|fri|sat|sun)\w*",
        ),
        (
            ("reviewed for accuracy", "articles are reviewed", "pending", "editorial policy"),
            r"\breviewed\s+for\s+accuracy\b|\ball\s+(?:of\s+our\s+)?articles\s+are\s+reviewed\b"
            r"|\bpending\s+(?:human\s+|medical\s+)?review\b|^view\s+(?:our\s+)?editorial\s+policy\b",
        ),
        (
            # an icon's alt text, also several glued in a row: "Search icon", "Location IconGPS icon"; each name is
            # matched once (atomic), so "-icon-icon-..." costs no retries
            ("icon",),
            r"^(?:(?>[\w-]+?[- ]icon)\s*){1,4}$",
        ),
        (
            # a spacer image's alt text, printed once per image: "Spacer Spacer Spacer"
            ("spacer",),
            r"^(?:spacer\s*)+$",
        ),
        (
            # a text-size widget's choices, perhaps after a link: "Small Text Medium Text Large Text"
            ("text", "font"),
            r"^(?:[\w|:-]+\s+){0,2}?(?:(?:small|smaller|medium|normal|regular|default|large|larger|largest)\s+"
            r"(?:text|font)\s*){2,4}$"
            # the control's icons named in words: "Normal text size icon Increase text size by 30% icon"
            r"|^(?:(?:normal|default|reset|increase|decrease|larger|smaller)\s+(?:text|font)\s+size(?:\s+by\s+\d{1,3}\s*%)?"
            r"(?:\s+icon)?\s*){1,4}$",
        ),
        (
            # a shop's discount banner: "Get 25% off on medicines*", "Flat 15% OFF your first order", "Use promo code"
            ("%", "code"),
            r"\b(?:get|flat|extra|enjoy|upto|up\s+to)\s+\d{1,2}\s*%\s*off\b|\b\d{1,2}\s*%\s*off\s+(?:on|your)\b"
            r"|\b(?:coupon|promo|discount)\s+code\b",
        ),
        (
            # a banner or promo that ends in its link's arrows: "FOR TESTING: Book an appointment ... >>"
            (">>", "»"),
            r"^[^\n]{3,160}?\s(?:>>|»)$",
        ),
        (
            # a widget's status message left in the copy: "You've successfully added to your alerts.",
            # "We were unable to process your request. Please try again later."
            # a form's messages: "Oops! Something went wrong while submitting the form.", "Thanks for subscribing!"
            (
                "try again",
                "successfully",
                "unable to process",
                "went wrong",
                "thanks for",
                "thank you",
                "has been received",
            ),
            r"\bplease\s+try\s+again\b|^you(?:['’]ve|\s+have)\s+successfully\s+(?:added|subscribed|signed\s+up|registered|saved)\b"
            r"|^we\s+(?:were|are)\s+unable\s+to\s+process\s+your\s+request\b"
            r"|^(?:oops!?\s+)?something\s+went\s+wrong\s+while\s+submitting\s+the\s+form\b"
            r"|^(?:thanks|thank\s+you)(?:\s+for\s+(?:subscribing|signing\s+up|your\s+submission))?!\s*(?:your\s+submission\s+has"
            r"\s+been\s+received!?)?$|^(?:thanks|thank\s+you)\s+for\s+(?:subscribing|signing\s+up)[.!]?$",
        ),
        (
            # a promo for the publisher's social pages: "Follow the best clinic in town on Facebook"
            ("facebook", "twitter", "instagram", "linkedin", "youtube", "tiktok"),
            r"^(?:follow|like|find|join|connect\s+with)\b[^.!?\n]{0,80}\bon\s+(?:facebook|twitter|instagram|linkedin|youtube"
            r"|tiktok)\s*[.!]?$",
        ),
        (
            # a shop's header row with its service number: "Online Shopping Customer Service 0300 000000*"
            ("customer service", "customer care", "order line", "orders"),
            r"^(?:[\w&'’-]+\s+){0,4}(?:customer\s+(?:service|care)|order\s+line|orders)\s*:?\s*\+?\(?\d[\d ()-]{6,18}\d\*?$",
        ),
        (
            # skip links glued together in the copy: "Go to headerGo to navigationGo to search"
            ("go to", "skip to", "jump to", "select this link"),
            r"^(?:(?:go|skip|jump)\s+to\s+(?:the\s+)?(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?\s*){2,}$"
            # a screen reader's note on where the reader is: "In content section. Select this link to jump to navigation"
            r"|\bselect\s+this\s+link\s+to\s+(?:go|skip|jump)\s+to\b",
        ),
        (
            # a strike notice over the page: "Some health workers are planning to strike on Thursday ..."
            ("strike", "industrial action"),
            r"\b(?:planning\s+to\s+strike|(?:are|will\s+be)\s+on\s+strike|strike\s+action|industrial\s+action)\b",
        ),
        (
            # a journal platform's page-render banner: "Hostname: page-component-... Render date: 2024-03-28T..."
            ("hostname",),
            r"^hostname:\s*\S+.{0,200}\brender\s+date:",
        ),
        (
            # a post's category or tags: "Post Category: Asthma", "Filed under: Allergy, Asthma"
            ("categor", "tag", "filed under"),
            r"^(?:post\s+|blog\s+)?(?:categor(?:y|ies)|tags?|tagged|filed\s+under)\s*:\s*[^.!?:]{1,80}$",
        ),
        (
            # an icon font's name glued to a short label: "icon8 clinical references"
            ("icon",),
            r"^icon(?=(?-i:[A-Z0-9]))[^.!?]{0,50}$",
        ),
        (
            # an icon's description run on into its label: "delivery truck icon Free Delivery Over £40"
            ("icon",),
            r"^(?-i:[a-z])[\w'’-]*(?:\s+[\w'’-]+){0,3}\s+icon\s+(?-i:[A-Z])[^.!?]{0,60}$",
        ),
        (
            # a social icon's name with its shape, as a site builder labels it: "Twitter - White Circle"
            ("circle", "square"),
            r"^(?:facebook|twitter|instagram|linkedin|youtube|pinterest|tiktok|x)\s*[-–]\s*"
            r"(?:white|black|grey|gray|colou?r|blue)\s+(?:circle|square)$",
        ),
        (
            # a search box's placeholder in the header: "Search Harbour Health System", "Search this site"
            ("search",),
            r"^search\s+(?:this|the|our)\s+(?:site|website)\W*$|^search\s+(?-i:[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})$"
            # a search page's reset link over the result: "Start over with a New Search", "Search again"
            r"|^(?:start\s+over(?:\s+with\s+a\s+new\s+search)?|start\s+a\s+new\s+search|new\s+search|search\s+again"
            r"|refine\s+(?:your\s+)?search)\W*$"
            # a search form's labels left in the copy: "Accessible Search Form   Advanced Search"
            r"|^(?:(?:accessible|site|quick|advanced)\s+)?search(?:\s+form)?\s+(?:advanced\s+search|search\s+tips)\W*$",
        ),
        (
            # a page's alert sign-up: "Get notified of page updates", "Notify me when this page changes"
            ("notif", "updates"),
            r"^(?:get|be)\s+notified\b[^.!?]{0,40}$|^notify\s+me\b[^.!?]{0,40}$"
            r"|^(?:get|receive)\s+(?:email\s+)?updates\s+(?:on|about|to|for)\s+this\s+(?:page|topic)\W*$",
        ),
        (
            # a careers banner in the header: "Join a world-class health system. Find jobs"
            ("job", "careers", "join our team"),
            r"\bfind\s+(?:jobs|a\s+job|careers)\W*$|^(?:careers|jobs|join\s+our\s+team)\W*$",
        ),
        (
            ("fig", "image", "photo", "video", "illustration"),
            r"^(?:figure|fig\.|image|photo(?:graph)?|video|illustration)\s*\d{0,3}\s*[:.]\s",
        ),
        (
            ("alert", "notice", "announcement", "advisory"),
            r"^\W*(?-i:(?:[A-Z0-9-]+\s+){0,3}(?:ALERT|NOTICE|ANNOUNCEMENT|ADVISORY))\b\s*[!:]",
        ),
    )
)
# "< Back", "‹ Back to results": a back link; what is printed above it is the host site's chrome
# "Back to top" returns to the top of the same page: no back link to a host's page
_BACK_LINK = re.compile(
    r"^\W{0,3}\s*(?:back|return\s+to\s+(?:the\s+)?previous\s+page$)(?:\s+to\b(?!\s+(?:the\s+)?top\b).{0,40})?$", re.I
)
# a picture described in words, printed where the image was: "Woman sitting at computer"
_CAPTION = re.compile(
    r"^(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:woman|women|man|men|doctor|nurse|patient|person|people|child|children|girl"
    r"|boy|couple|family|senior|teenager|baby|hands?|group)\s+(?:[\w,]+\s+){0,5}\w+ing\b[^.!?:]*$",
    re.I,
)
# a picture described in words where it stood: "A photo of a nurse ...", "Portrait of a woman using a glucose monitor
# at home.", "Illustration showing the spine"
IMAGE_DESCRIPTION = re.compile(
    r"(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2})?(?:illustration|image|photo(?:graph)?|picture|portrait|close[\s-]?up|drawing"
    r"|diagram|graphic|infographic|rendering)\s+(?:of|showing|shows|depicting|illustrating)\b",
    re.I,
)
# a site section or library name printed above the article: "Health Information Library", "Allergies Health Center"
_SITE_SECTION = re.compile(
    r"^(?:[\w&'’-]+\s+){0,4}(?:library|encyclopa?edia|health\s+(?:center|centre|guide|hub|topics|a-z)"
    r"|information\s+and\s+resources|a-z"
    # a charity's or trust's name and its top menu entries: "Macmillan Cancer Support", "About cancer"
    r"|cancer\s+(?:support|society|council|research(?:\s+uk)?)|foundation|charity|nhs\s+(?:foundation\s+)?trust"
    r"|cancer\s+information(?:\s+and\s+support)?|about\s+cancer|treatments?\s+and\s+drugs"
    # a blog's name over its post: "Life after treatment blog"
    r"|blog"
    # a hospital unit's name over its page: "Medical Daycare", "Chemotherapy Day Unit"
    r"|day\s*care|day\s+(?:unit|hospital|ward)|day\s+treatment\s+(?:unit|centre|center))$"
    # a patient-education collection's name: "Patient Education Quick Reference Guide"
    r"|^(?:patient|health|family)\s+education(?:\s+[\w&'’-]+){0,4}$"
    # a practice's menu section over its patient pages: "Patient Care", "Patient Resources"
    r"|^patients?\s+(?:care|resources|services|guides?|corner)$",
    re.I,
)
# a hospital's handout series printed over the handout's title: "PATIENT EDUCATION", "Patient Information Leaflets",
# "Patient & Family Education Materials"
_HANDOUT_SERIES = re.compile(
    r"^(?:patient|family|patient\s*(?:&|and)\s*family)\s+(?:education|information)"
    r"(?:\s+(?:materials?|leaflets?|handouts?|library|resources))?$",
    re.I,
)
# a site menu's audience entry: "For Doctors", "For Healthcare Professionals"
_AUDIENCE = (
    r"(?:doctors|patients|clinicians|nurses|pharmacists|providers|researchers|carers|caregivers|families|parents"
    r"|visitors|(?:health\s*care\s+|health\s+|medical\s+)?professionals)"
)
# who a page or a link is for: "For Patients", "For Patients and Caregivers", "For parents & carers"
_AUDIENCE_LINK = re.compile(rf"^for\s+{_AUDIENCE}(?:\s*(?:,|and|&)\s*{_AUDIENCE}){{0,2}}$", re.I)
# generic section names that are never the article's title
_SECTION_NAMES = re.compile(
    r"^(?:overview|summary|introduction|key\s+(?:takeaways?|points|facts)|in\s+this\s+(?:article|page|section)"
    r"|on\s+this\s+page|contents|table\s+of\s+contents|at\s+a\s+glance|quick\s+facts"
    r"|about\s+this\s+(?:resource|leaflet|page|booklet|factsheet|fact\s+sheet|handout|information|guide|document)"
    r"|(?:living|coping)\s+with\s+(?:cancer|your\s+condition)|patients?\s+(?:&|and)\s+famil(?:y|ies))\s*:?$",
    re.I,
)
# an image's alt text or caption printed as a line: "Medical illustration for <title> - <site>"
_ALT_TEXT = re.compile(
    r"^(?:medical\s+|stock\s+)?(?:illustration|image|photo(?:graph)?|picture|diagram|graphic|infographic)"
    r"\s*(?:of|for|showing|:)\s*(?P<subject>.+?)(?:\s+[-–—|]\s+[^-–—|]+)?$",
    re.I,
)
# the separator between crumbs: "Home > Health", "Home >> Health", "Home / Health", "Home » Health"
_CRUMB_SEPARATOR = r"(?:>>|/{2,3}|[>/»›|])"
# "Home > Health > Sleep"; two crumbs set off by an arrow, the first a short section: "Topics › Heart";
# or a site and its section set off by a double colon: "<Site> :: Treatments"
_BREADCRUMB = re.compile(
    rf"\S\s+{_CRUMB_SEPARATOR}\s+\S.*\s+{_CRUMB_SEPARATOR}\s+\S"
    r"|^[^\W\d_][\w'’&.-]*(?:\s+[\w'’&.-]+){0,3}\s+(?:>>|[>»›])\s+[^\W\d_][^<>»›|/]{0,60}$"
    r"|^[^:]{2,60}\S\s+::\s+\S"
)
_CRUMB_SPLIT = re.compile(rf"\s+{_CRUMB_SEPARATOR}\s+")
_TRAILING_CRUMB_SEPARATOR = re.compile(rf"(?:\s+{_CRUMB_SEPARATOR})?\s*$")
# "Support Care Cancer. 2024;32(4):211." or a DOI line above a journal abstract
_CITATION_LINE = re.compile(
    # "2024;32(4):211", also with the issue's month and day: "2017 Oct 10;12(10):e0184360"
    r"\b\d{4}(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;\s*\d+\s*(?:\(\s*[\w-]+\s*\))?\s*:\s*[\w-]+"
    r"|\bdoi\s*:\s*(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/|^https?://doi\.org/|\bISSN\b"
    # "Vol. 119, 833-838": a volume and its pages
    r"|\bvol(?:ume)?\.?\s*\d+\s*,\s*(?:pp?\.?\s*)?\d+\s*[-–]\s*\d+\b"
    r"|\bvol(?:ume)?\.?\s*:?\s*\d+\s*[|,;]?\s*(?:issue|no\.?|num(?:ber)?\.?)\s*:?\s*\d|^PMID\s*:?\s*\d{5,}$"
    # a book series' year, volume and pages, as an abstract archive prints them: ". 2015:862:77-87."
    r"|(?:^|\.\s)\.?\s*(?:19|20)\d\d\s*:\s*\d+\s*:\s*\d+(?:[-–]\d+)?\.?$",
    re.I,
)
# "5 min read", also glued to a date after it: "4 min readMar 1, 2022"
# a range gives its lower end: "10–12 min read"
_READING_TIME = re.compile(
    r"^\s*[·•|,.–—-]?\s*(\d{1,3})(?:\s*[–-]\s*\d{1,3})?\s*(?:-|\s)?(?:min(?:ute)?s?)\.?\s+read(?:\b|(?=[A-Z]))", re.I
)
# a reading time alone as the last part of a byline, without "read": "4 min", "12 minutes"
_MINUTES = re.compile(r"(\d{1,3})\s*(?:min(?:ute)?s?)\.?", re.I)
_MONTH_YEAR = re.compile(rf"\b(?P<mon>{MONTH_NAMES})\.?,?\s+(?P<year>\d{{4}})", re.I)
_DATE_LABEL = re.compile(
    # the verb is often left out: "This page last updated 5 May 2023", "This topic last updated: Jan 24, 2022"
    r"(?:(?:this|the)\s+(?:page|article|content|information|topic|post|guide|leaflet|document|fact\s+sheet|blog(?:\s+post)?"
    r"|item|entry)"
    r"\s+(?:(?:was|has\s+been|is)\s+)?(?:last\s+)?)?"
    r"(?P<label>(?:first|originally)\s+published|published(?:\s+online)?|posted|(?:date|publication)\s+(?:published|date)"
    r"|(?:online\s+)?publish(?:ing)?\s+date|posted\s+(?:or|and|/)\s+updated"
    r"|date\s+of\s+(?:last\s+)?(?:review|revision|update|publication)|(?:last\s+)?edited"
    r"|(?:last\s+|date\s+|content\s+|page\s+)?(?:updated|modified)|(?:page\s+|content\s+)?last\s+(?:reviewed|updated?)"
    r"|(?:date\s+)?created|(?:article|post|page)\s+date"
    # a booklet's imprint: "Edition     October 2011", "Edition date: May 2020", "This edition January 2016."
    r"|(?:this\s+|current\s+|latest\s+)?edition(?:\s+date)?|date\s+of\s+(?:this\s+)?edition"
    r"|date\s+(?:last\s+)?reviewed|(?:medically\s+)?reviewed|(?:last\s+)?review\s+date|last\s+(?:medical\s+)?review"
    r"|(?:current|accurate)\s+as\s+of|last\s+revised|revision\s+date"
    r"|next\s+review(?:\s+due)?|review\s+due|(?:literature\s+)?(?:review|search)\s+current\s+through|(?:submission\s+)?received|accepted|revised|(?:date\s+)?issued|issue\s+date|date|copyright"
    # a news archive's note: "This story is from July 18, 2014"
    r"|(?:this\s+)?(?:story|article)\s+is\s+from"
    # a leaflet's approval: "Date approved / updated", "Date approved: May 2023"
    r"|date\s+approved(?:\s*/\s*(?:updated|reviewed))?"
    # a question-and-answer page's two dates: "Ask Date: 2022/08/25", "Reply Date: 2022/08/26"
    r"|(?:ask|asked|question|reply|replied|answer|answered)\s+date|answered(?:\s+on)?)"
    # the site it was updated on: "Last updated on <Site>: 8/9/2021"
    r"(?:\s+(?:on|in)(?:\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?)?"
    # the press it was published by: "Published online by Cambridge University Press: 09 November 2012"
    r"(?:\s+by\s+(?-i:[A-Z])[\w.'’&-]*(?:\s+(?-i:[A-Z])[\w.'’&-]*){0,4}\s+(?:press|publishing|publishers))?\s*:?",
    re.I,
)
# a counter a document or video host prints beside the date: "15.02.2013 Views", "Mar 3, 2021 · 1,204 views"
_COUNTER = re.compile(r"(?:\d[\d,.]*\s*[kKmM]?\s+)?(?:views?|downloads?|reads|likes|shares)", re.I)
# a dateline's weekday: "Monday 3 March 2024", "Tue, 5 Mar 2024"
_WEEKDAY = re.compile(r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?", re.I)
# what a journal prints after its publication date: "Published 19 March 2014 Volume 2014:6 Pages 135-147"
_ISSUE_TAIL = re.compile(r"(?:vol(?:ume)?\.?|issue|no\.|pages?|pp?\.)\s*[\d:()–—-]", re.I)
# a full stop that ends a sentence inside a byline part: such a part is text, not a label
_SENTENCE_STOP = re.compile(r"[a-z]{2}[.!?](?:\s|$)")
_JOURNAL_HISTORY = re.compile(r"\b(?:received|accepted)\b", re.I)
# a note in brackets after a labelled date: "Last update : june 2018 (under construction)"
_BRACKET_NOTE = re.compile(r"\([^()\d]{1,40}\)")
# "5:28 AM" or "at 10.30 GMT" printed after a date, also set off by a bar or comma: "| 06:20 PM (UTC)"
_TIME = re.compile(
    r"\s*(?:[|·•,]\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\([A-Z]{2,4}\)|\s+[A-Z]{2,4}\b)?",
    re.I,
)
# "Medical Review:", "Reviewer:", "Clinical reviewers:" with the names after the colon or on the next line
_REVIEWER_LABEL = re.compile(
    # a drug-information site's "Medical Editor:" is the clinician who checks the page
    r"^(?:(?:online\s+)?(?:medical|clinical|expert|peer|content)\s+review(?:ers?)?|(?:medical|clinical)\s+editors?|reviewers?"
    r"|(?:medically\s+)?reviewed(?:\s+by)?"
    r"|updated\s+by|approved\s+by)\s*:\s*(?P<rest>.*)$",
    re.I,
)
# the word that joins a reviewer's name to the date of the review, right before the date: "Jane Roe MD on 2/2014"
_ON_DATE = re.compile(r"[\s,]+on\s*$", re.I)
_REVIEW_INTRO = re.compile(
    # the subject may be the page or the site's own name for its answers: "Doctor Answer is medically reviewed by"
    r"^(?:(?:this\s+(?:page|article|content|information|topic|section)|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"\s+(?:was|has\s+been|is)\s+)?(?:(?:last|also)\s+)?"
    r"(?:medically\s+|clinically\s+|scientifically\s+|editorially\s+|expert[\s-]|peer[\s-]|fact[\s-]checked\s+and\s+)?"
    r"(?:reviewed|approved)\b"
    r"(?P<mid>.*?)\bby\b\s*:?\s*(?P<rest>.*)$",
    re.I,
)
_AUTHOR_INTRO = re.compile(
    # first, a blog widget's photo alt glued to the name: "Writer's pictureAna Lima"
    # "Last updated by <Name>" beside a "Peer reviewed by" credit: the writer who keeps the page up to date
    # or the alt text of the author's photo in a byline widget: "profile picture of Ana Lima"
    # the label of a magazine's byline, glued to the name: "Author(s)Ana Lima, PharmD"
    r"^(?:authors?\s*\(s\)(?=\s|:|[A-Z])|writer['’]s\s+picture(?=[A-Z]|\s)|last\s+updated\s+by(?!\s*:)"
    r"|(?:(?:profile|author['’]?s?)\s+(?:picture|photo|image|avatar)|headshot|avatar)(?:\s+(?:of|for))?(?=\s+[A-Z])"
    r"|(?:portrait|photo(?:graph)?|picture)\s+of(?=\s+[A-Z])"
    r"|(?:(?:(?:article|story|post)\s+)?(?:written|authored|words|reported|contributed|posted|submitted|compiled|prepared"
    r"|created|advice|advisory)\s+by|(?:post|blog|article|column|story)\s+by|by"
    # an expert-answers page: "Answers from Ana Lima, M.D."
    r"|(?:expert\s+)?answers?\s+from"
    r"|(?:\d{4}\s*[–-]\s*\d{4}\s+)?(?:article\s+|medical\s+|top\s+)?(?:authors?|contributors?)|written|writer)\b)"
    # a wiki's credit set off by a dash: "Top Contributors - Ana Lima, Sam Roe and Kim Lee"
    r"(?:\s+[–—-](?=\s))?\s*:?\s*(?P<rest>.*)$",
    re.I,
)
# an organisation's team as the author: "the American Cancer Society medical and editorial content team"
_WRITTEN_BY_TEAM = re.compile(
    r"\s*(?:the\s+)?(?P<org>[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,10}?\s+(?i:team|staff|board|committee))\s*\.?\s*"
)
# an organisation named after an explicit "Written by" / "Authored by": "Authored by Harbour Health"
# its capitalised words may be joined by "for", "of" or "and", and its legal form may follow: "Center for Skin Health,
# PLLC"
_WRITTEN_BY_ORG = re.compile(
    r"\s*(?:the\s+)?(?P<org>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|for|of|and|&|the)){0,8}?"
    r"(?:\s+(?:Health|Healthcare|Clinic|Hospitals?|Institute|Foundation|Society|Association|Cent(?:er|re)|Network"
    rf"|Oncology|Medicine|Trust|International)(?:,{ORG_SUFFIX.pattern})?|,{ORG_SUFFIX.pattern}))\s*\.?\s*"
)
_COLUMN_CREDIT = re.compile(
    r"(?P<column>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|the|of|and|&|a|to|with)){0,5})\s+by\s+(?P<rest>[A-Z].{3,200})"
)
_CREDIT_WORD = re.compile(
    r"\b(?:review(?:ed)?|written|writ|authored|edited|updated|checked|approved|photos?|photograph(?:y|s)?|images?"
    r"|illustrat\w*|posted|published|reported|prepared|compiled|produced|created|translated|verified|sponsored|supported"
    r"|funded|presented|brought|powered|hosted|designed|developed|made|taken|shared|submitted|contributed|answered)\b",
    re.I,
)
_REVIEWED_ALONE = re.compile(r"(?:medically|clinically|expert|peer|last)\s+reviewed", re.I)
# the pictograms a page sets between a byline's fields: "✅ Medically Reviewed 📅 July 2026 ⏱ 10 min read"
_PICTOGRAM = re.compile("[\u2300-\u23ff\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?")
_NAMELESS_BY = re.compile(r"\s*by\s+on\s+", re.I)
_CLOSING_STOP = re.compile(r"(?<=[a-z]{2}|[A-Z]{2})\.\s*$")
_AS_TOLD_TO = re.compile(r",?\s+as\s+told\s+to\s+(?=[A-Z])")
# the capital letters of the Latin alphabets a name may start with, accented ones included ("Ö", "Ç", "Ł")
NAME_CAPITALS = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
_NAME = re.compile(
    rf"^[{NAME_CAPITALS}][\w'’.-]*"
    r"(?:\s+(?:"
    + rf"[{NAME_CAPITALS}]"
    + r"[\w'’.-]*|de|da|do|du|di|dos|das|van|von|der|del|la|le|ter|bin|al-\w+)){0,4}$"
)
_DIGIT = re.compile(r"\d")
# between the parts of a byline: dashes, bars, bullets, semicolons, or a full stop before the next label
# ("By Ana Lima. Reviewed by Sam Lee, MD. Updated May 5, 2026"); only from the start of a run of spaces: linear
_SEPARATORS = re.compile(
    r"(?<!\s)(?:\s+[—–|·•/]\s+|\s*;\s*)|(?<=[a-z])\|(?=[A-Z0-9])|(?<=\w)\.\s+(?=(?:Medically\s+)?[Rr]eviewed\b|(?:Last\s+)?[Uu]pdated\b"
    r"|(?:First\s+)?[Pp]ublished\b|[Ww]ritten\s+by\b|[Ff]act[- ][Cc]hecked\b)"
    # a date label run on after a name with no punctuation: "Editor: Ana Lima Updated: 1/9/2024"
    r"|(?<=[a-z])(?<!Last)(?<!First)(?<!Date)(?<!Page)\s+(?=(?:Last\s+)?(?:Updated|Published|Reviewed|Modified):)"
    # a date label run on after the reviewer's name, glued or after a space: "...SpecialistsLast reviewed: <date>"
    r"|(?<=[a-z])\s*(?=Last\s+(?:reviewed|updated|modified|revised)\s*:)"
    # ... or after the credentials, with the site it was updated on: "..., DO, FACOEP Last updated on <Site>: <date>"
    r"|(?<=\w)\s+(?=Last\s+(?:reviewed|updated|modified|revised)\s+on\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*:)"
    # the next credit after a name and its credentials: "Ana Lima, PhD Medically reviewed by Sam Roe"
    r"|(?<=[A-Za-z])\s+(?=(?:Medically|Clinically|Peer)\s+reviewed\s+by\b)"
    # the next credit after an ampersand: "Last updated: 2 April 2024 & medically reviewed by Ana Lima"
    r"|(?<!\s)\s+&\s+(?=(?:medically\s+|clinically\s+)?(?:reviewed|written|updated|fact[- ]checked)\b)"
    # a slash after a year before the next label: "Updated: November 2020/ First published: June 2006"
    r"|(?<=\d{4})/\s*(?=[A-Z][a-z]+(?:\s+[a-z]+)?\s*:)"
    # the reading time glued to the year: "Last Updated : 09/15/20185 min read"
    r"|(?<=\d{4})(?=\d{1,2}\s*min(?:ute)?s?\.?\s+read\b)"
    # the writer after the date: "Last updated on March 19, 2025 by Ana Lima"
    r"|(?<=\d{4})\s+(?=by\s+[A-Z])|(?<=\d{4}-\d\d-\d\d)\s+(?=[Bb]y\s+[A-Z])"
    # the writer after the date and a dash: "April 7, 2022 - Ana Lima"
    r"|(?<=\d{4})\s+-\s+(?=[A-Z][a-z]+\s+[A-Z][\w'’-]+$)"
    # the next date after a dash: "By Ana Lima, published May 2, 2004 - last reviewed on June 9, 2016"
    r"|(?<=\d{4})\s+-\s+(?=(?i:(?:last\s+)?(?:reviewed|updated|modified)\b))"
    # the next credit glued to a name or a credential, as a page header's spans are copied:
    # "Peer reviewed by Dr Ana LimaLast updated by Dr Sam Roe, MRCGPLast updated 21 Aug 2023"
    r"|(?<=[^\W\d_])(?=(?:Last|Next)\s+(?:reviewed|updated|modified|revised)\b"
    r"|(?:Peer|Medically|Clinically)\s+reviewed\s+by\b|(?:Written|Authored|Reviewed)\s+by\b"
    # "Reviewed by Ana LimaReviewed on 29.04.2024": the date of the review glued to the name
    r"|(?:Reviewed|Updated|Published)\s+on\b)"
)


@dataclass
class BylineLine:
    """What one line of visible text says about the article; offsets are into that line."""

    role: Literal["byline", "chrome"]
    authors: list[tuple[Person, int, int]] = field(default_factory=list)
    reviewer: tuple[Person, int, int] | None = None
    # "reviewed ... by" or "Written by" with the name on the next line
    reviewer_follows: bool = False
    author_follows: bool = False
    dates: list[tuple[DateField, date, int, int]] = field(default_factory=list)
    reading_time: tuple[int, int, int] | None = None
    alt_subject: str | None = None
    # "Current as of:" with the date on the next line
    date_follows: DateField | None = None
    # a label row giving a year alone ("Year:  2022"): (year, start, end); no day to date the page with
    year_only: tuple[int, int, int] | None = None


def is_chrome(text: str) -> bool:
    """A link or button label: starts like a call to action and does not read as a sentence."""
    lower = text.strip().lower()
    if lower[:1] == "[" and lower[-1:] == "]":
        lower = lower[1:-1].strip()  # a link shown in brackets: "[Skip to Navigation]"
    if not lower:
        return False
    # whole words only: "Shared decision making" is a heading, "Share" a button
    if not lower.startswith(CHROME_STARTS) or not any(
        lower.startswith(start) and (len(lower) == len(start) or not lower[len(start)].isalpha())
        for start in CHROME_STARTS
    ):
        return False
    if _WHEN_TO_ACT.search(lower):
        return False  # "Call us right away if you have:": when to get help, not a button
    words = lower.split()
    if lower.endswith(":") and re.search(r"\b(?:if|when)\b", lower):
        return False  # a lead-in over symptoms: "Contact us immediately if:"
    return lower[-1] not in ".!?" or len(words) <= 4


# a condition or urgency after a call to action: the start of a red-flag line
_WHEN_TO_ACT = re.compile(r"\b(?:if|right\s+away|immediately|straight\s+away|urgently|at\s+once)\b")


# a link to a file or an image credit: furniture on a short line, a reference inside a long one
_FURNITURE_LINK = re.compile(
    r"\[\s*pdf\b|\(\s*pdf\s*\)|\b(?:getty\s+images|shutterstock|istock(?:photo)?)\b"
    # a stock photo's own title printed where the photo stood: "Sticky note isolated on white background"
    r"|\bisolated\s+(?:on|over|against)\s+(?:an?\s+)?(?:white|black|gr[ae]y|blue|transparent)\b",
    re.I,
)


_NEW_TAB = re.compile(r"\b(?:opens|will\s+open)\s+in\s+(?:a\s+)?new\s+(?:window|tab)", re.I)

# a phone number on a line of its own: "800.659.7822 Toll Free", "+44 20 7946 0000"
_PHONE_LINE = re.compile(r"(?:\+?\d[\d().\s-]{6,20}\d)(?:\s*\(?(?:toll[-\s]free|free\s*phone|24/7)\)?)?\.?", re.I)


# where a picture stood: "Article Image", "Featured image", "Photo"
_IMAGE_PLACEHOLDER = re.compile(
    r"(?:(?:article|featured|hero|header|lead|main|cover|thumbnail)[\s-]+)?(?:image|photo|picture)s?"
    r"(?:\s+(?:description|caption))?"
    r"|(?:user|author|profile)\s+(?:avatar|image|photo|picture)|avatar"
    # what a page shows while its script loads: "Please Wait", "Loading...", "Loading metrics"
    r"|(?:please\s+wait|loading(?:\s+(?:metrics|comments|content|results))?)\W*"
    # a journal page's counters under their numbers: "Views", "CrossRef citations to date", "Altmetric"
    r"|views|downloads|altmetric|(?:crossref\s+|scopus\s+)?citations(?:\s+to\s+date)?|citing\s+articles",
    re.I,
)


# the alt text of a page's header picture, printed once or twice with its tooltip: "Fact sheet header Fact sheet header"
_HEADER_IMAGE = re.compile(
    r"(?P<alt>(?:[\w'’-]+\s+){0,3}(?:header|banner)(?:\s+(?:image|graphic|picture))?)(?:\s+(?P=alt))?", re.I
)
# an icon's drawing left in the text by its title: "arrow-left Created with Sketch. print Created with Sketch."
_DRAWING_TOOL = re.compile(r"\bcreated\s+with\s+sketch\b", re.I)


# a text-size control printed as letters: "A- A A+", "A A A", "A+ A-"
_TEXT_SIZE_LETTERS = re.compile(r"A\s*[+\-–−]?(?:\s+A\s*[+\-–−]?){1,3}")


# a row of social and share links: "Facebook Twitter YouTube Blog iPhone", "Share: Facebook | X | Email"
_SOCIAL_WORD = (
    r"(?:facebook|twitter|x|youtube|instagram|linkedin|pinterest|tiktok|threads|whatsapp|reddit|blog|rss|email"
    r"|e-mail|print|share|iphone|android|flickr|vimeo|tumblr|you\s+tube|podcasts?|video\s+library|newsletter)"
)
_SOCIAL_ROW = re.compile(rf"(?:share\s*:?\s*)?{_SOCIAL_WORD}(?:\s*[|·•,/]?\s*{_SOCIAL_WORD}){{2,9}}", re.I)


# page tools printed with their icons' alt text: "Email PageEmail page Print PagePrint page", "Print this page Email"
_PAGE_TOOL_WORDS = frozenset(("email", "e-mail", "print", "share", "page", "this", "bookmark", "save", "pdf"))


def _page_tools(text: str) -> bool:
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).lower().split()
    return 2 <= len(words) <= 12 and set(words) <= _PAGE_TOOL_WORDS and bool({"email", "print", "e-mail"} & set(words))


# an icon sprite's symbol names left in a page's text: "ico-close", "firstaid-kit-sm", "fa-phone", "icon-search"
_ICON_NAME = re.compile(r"(?:ico|icon|fa|glyph)-[a-z0-9-]+|[a-z0-9]+(?:-[a-z0-9]+)*-(?:sm|md|lg|xs|xl)")


def _icon_names(text: str) -> bool:
    """A run of lower-case symbol names, two or more in an icon set's naming: "clock ico-close download envelope"."""
    words = text.split()
    return (
        len(words) >= 6
        and all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", w) for w in words)
        and sum(1 for w in words if _ICON_NAME.fullmatch(w)) >= 2
    )


# the page's markup leaked into its copy: "<img height="1" src=...>", 'class="page page-id-12 ..."'
_MARKUP = re.compile(r"\s*(?:<[a-z!/][^>]*>?|[a-z][\w-]*=\"[^\"]*\"?)", re.I)


# a header's row of buttons led by a phone number: "Call (555) 010-0199 Pay Your Bill", "Call us: 0800 123 456 Book Online"
_CALL_BUTTONS = re.compile(
    r"(?i:call(?:\s+us)?(?:\s+(?:today|now))?)\s*:?\s*\+?\(?\d[\d().\s-]{6,20}\d(?:\s+[A-Z][\w'’]*(?:\s+[A-Za-z][\w'’]*){0,4})?"
)


def is_phone_line(text: str) -> bool:
    """A phone number alone on its line: "800.659.7822 Toll Free", "+44 20 7946 0000"."""
    return len(text) <= 40 and sum(c.isdigit() for c in text) >= 7 and bool(_PHONE_LINE.fullmatch(text.strip()))


def is_furniture(text: str) -> bool:
    """Page furniture by its vocabulary: notices, prompts, promos, credits, phone lines, file links."""
    if len(text) <= 80 and _page_tools(text.strip()):
        return True
    if ("<" in text[:3] or '="' in text[:40]) and _MARKUP.match(text):
        return True
    if len(text) <= 600 and _icon_names(text.strip()):
        return True
    if (
        len(text) <= 120
        and _SOCIAL_ROW.fullmatch(text.strip())
        and re.search(r"(?i)facebook|twitter|youtube|instagram|linkedin|pinterest|tiktok", text)
    ):
        return True
    if len(text) <= 16 and _TEXT_SIZE_LETTERS.fullmatch(text.strip()):
        return True
    if is_phone_line(text) or (len(text) <= 70 and _CALL_BUTTONS.fullmatch(text.strip())):
        return True
    if len(text) <= 30 and _IMAGE_PLACEHOLDER.fullmatch(text.strip()):
        return True
    if len(text) <= 80 and _HEADER_IMAGE.fullmatch(text.strip()):
        return True
    if "sketch" in text.lower() and _DRAWING_TOOL.search(text):
        return True
    head = text[:400]
    lower = head.lower()
    for words, pattern in _FURNITURE_RULES:
        if any(word in lower for word in words) and pattern.search(head):
            return True
    # a link's note that it opens in a new tab makes a link's line furniture, not a sentence it follows
    return (len(text) <= 160 and bool(_FURNITURE_LINK.search(head))) or (
        len(text) <= 80 and bool(_NEW_TAB.search(head))
    )


# under an abstract's authors: "1 Department of ..., University ..., City" and the contact line
_AFFILIATION = re.compile(
    # the affiliation's mark may be glued to its first word: "2Department of ..."
    r"^(?:[\d*†‡a-z]{1,3}[\s.)]+|[\d*†‡]{1,3}(?=[^\W\d_]))?(?:[\w.,&'’-]+\s+){0,6}"
    r"(?:department|division|school|faculty|university|hospital"
    r"|institute|college|centre|center|clinic|laboratory|unit)\b[^!?]*$"
    r"|^\W*(?:correspond(?:ence|ing\s+author)|contact|e-?mail|address\s+for\s+correspondence)\b\s*:?"
    r"|^.{0,60}\bcorresponding\s+author\b|\bcorrespondence\s+should\s+be\s+addressed\b",
    re.I,
)


def is_affiliation(text: str) -> bool:
    """An author's affiliation or the contact line of a journal article."""
    return len(text) <= 300 and bool(_AFFILIATION.match(text.strip()))


def is_back_link(text: str) -> bool:
    return bool(_BACK_LINK.match(text.strip()))


# the same description closed by a full stop, kept to one person doing one thing: "Woman brushing her teeth."
_CAPTION_SENTENCE = re.compile(
    r"^(?:an?\s+|the\s+)?(?:\w+\s+)?(?:woman|man|doctor|nurse|patient|person|child|girl|boy|couple|family|senior"
    r"|teenager|baby)\s+\w+ing\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\.$",
    re.I,
)
# what turns such a line into a statement: "A patient receiving chemotherapy may tire."
_CAPTION_VERBS = re.compile(
    r"\b(?:is|are|was|were|be|been|may|might|can|could|will|would|should|must|has|have|had|does|do|did|feels?"
    r"|gets?|needs?)\b",
    re.I,
)


# a picture's credit line: "<Photographer> / Getty Images", "Photo credit: <Name>", "Image courtesy of <Org>"
_PHOTO_CREDIT = re.compile(
    r"(?:^|[\s/|,©])(?:getty\s+images|shutterstock(?:\.com)?|istock(?:photo)?|adobe\s+stock|alamy(?:\s+stock\s+photo)?"
    r"|science\s+photo\s+library)\s*$"
    r"|^(?:photo(?:graph)?|image|picture)\s*(?:credit\b|by\b|courtesy\b|:)",
    re.I,
)


def is_photo_credit(text: str) -> bool:
    """A line that credits a picture, never the article's text."""
    return len(text) <= 120 and bool(_PHOTO_CREDIT.search(text.strip()))


# a picture's alt text that says what it stands for: "A smiling older woman in her garden, representing life
# after treatment."
_ALT_DESCRIPTION = re.compile(
    r"(?:an?|the)\s+(?P<scene>[^.!?,]{3,120}?),\s+(?:representing|illustrating|depicting|symboli[sz]ing|conveying)\b"
    r"[^.!?]{3,120}\.?",
    re.I,
)


def is_alt_description(text: str) -> bool:
    """A picture's alt text saying what it stands for, wherever it stands: never a claim."""
    text = text.strip()
    alt = _ALT_DESCRIPTION.fullmatch(text) if len(text) <= 250 else None
    return alt is not None and not _CAPTION_VERBS.search(alt.group("scene"))


def is_caption(text: str) -> bool:
    """A short description of a picture ("Woman sitting at computer"), never a heading or a claim."""
    text = text.strip()
    if is_alt_description(text) or (len(text) <= 200 and IMAGE_DESCRIPTION.match(text) and text[-1] != "?"):
        return True
    if len(text) > 80:
        return False
    return bool(_CAPTION.match(text)) or bool(_CAPTION_SENTENCE.match(text) and not _CAPTION_VERBS.search(text))


def is_site_section(text: str) -> bool:
    text = text.strip()
    return bool(_SITE_SECTION.match(text) or _AUDIENCE_LINK.match(text) or _HANDOUT_SERIES.match(text))


def is_section_name(text: str) -> bool:
    return bool(_SECTION_NAMES.match(text.strip()))


def alt_text_subject(text: str) -> str | None:
    m = _ALT_TEXT.match(text.strip())
    return m.group("subject").strip() if m else None


def is_breadcrumb(text: str) -> bool:
    return bool(_BREADCRUMB.search(text))


def last_crumb(text: str) -> tuple[int, int] | None:
    """Where a breadcrumb trail's last crumb (the page's own name) sits in ``text``; None for a site and section."""
    if not _BREADCRUMB.search(text) or "::" in text:
        return None
    # a trail may end on a separator after its last crumb: "Home » Conditions » Shingles »"
    end = len(_TRAILING_CRUMB_SEPARATOR.sub("", text))
    parts = [m for m in _CRUMB_SPLIT.finditer(text) if m.end() < end]
    if not parts:
        return None
    start = parts[-1].end()
    return (start, end) if start < end else None


def is_citation_line(text: str) -> bool:
    return bool(_CITATION_LINE.search(text))


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Full dates in ``text`` (in words or figures), then month-and-year dates ("May 2023", as the 1st).

    Only called on short lines (see read_line), so checking overlaps against the list stays cheap.
    """
    if not _DIGIT.search(text):
        return []  # every date prints a year
    found: list[tuple[date, int, int]] = []
    taken: list[tuple[int, int]] = []
    for m in DATE_PATTERN.finditer(text):
        d = date_from_match(m)
        if d is not None:
            found.append((d, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in NUMERIC_DATE.finditer(text):
        d = numeric_date(m)
        if d is not None and not any(s <= m.start() < e for s, e in taken):
            found.append((d, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in _MONTH_YEAR.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        try:
            found.append((date(int(m.group("year")), MONTHS[m.group("mon").lower()], 1), m.start(), m.end()))
        except ValueError:
            continue
    found.sort(key=lambda f: f[1])
    return found


def _label_field(label: str) -> DateField | None:
    """None for a label that names no date of this article ("next review due")."""
    label = " ".join(label.lower().split())
    # "Literature review current through: Dec 2022": how far the evidence was searched, not the page's date
    if label.startswith(("next review", "review due", "copyright", "literature ", "review current", "search current")):
        return None
    if label in ("received", "submission received", "accepted", "revised"):
        return "other"
    if (
        "publish" in label
        or label.endswith("is from")
        or label
        in (
            "posted",
            "date",
            "article date",
            "post date",
            "page date",
            "publication date",
            "date of publication",
            "issued",
            "date issued",
            "issue date",
        )
        or label.endswith("created")
        or "edition" in label
        or label.startswith(("ask", "question", "answer", "repl"))  # a Q&A page: the question's or the answer's date
    ):
        return "published"
    if "review" in label or label.startswith(("approved", "checked")):
        return "reviewed"  # "Last reviewed", "Review Date", "Medically reviewed on": a review is also an update
    return "updated"


# a news dateline opening the first paragraph: "Jan. 5, 2024 -- A new study ...", "LONDON, 3 March 2024 - ..."
# a long dash may touch the story's first word: "July 1, 2021—Tired. Worn out."
_DATELINE = re.compile(r"(?P<head>[^\n]{6,60}?)\s*(?:(?:--|[—–-])\s+|--|[—–])(?=[A-Z\"“])")
_DATELINE_PLACE = re.compile(r"(?:[A-Z][A-Z .'’-]+,\s*)?")


def dateline(text: str) -> tuple[date, int, int] | None:
    """The date of a dateline at the start of ``text`` with its offsets, or None."""
    m = _DATELINE.match(text)
    if m is None or not _DIGIT.search(m.group("head")):
        return None
    head = m.group("head")
    found = find_dates(head)
    if len(found) != 1:
        return None
    day, start, end = found[0]
    # a place ("LONDON, ") or a blog's weekday ("Wednesday, 4 December 2019 - ...") may stand before the date
    before = head[:start]
    placed = _DATELINE_PLACE.fullmatch(before) or re.fullmatch(rf"\s*{_WEEKDAY.pattern}\s*,?\s*", before, re.I)
    if not placed or re.sub(r"\([^()]{1,40}\)", "", head[end:]).strip(" ,."):
        return None
    return day, start, end


# a label row whose value is a year alone, after a colon, a tab or a wide gap: "Year:  2022", "Published\t2022"
_YEAR_ROW = re.compile(r"(?P<label>[^\W\d_][^:\d\t]{1,40}?)(?:\s*:\s*|\t\s*|\s{2,})(?P<year>(?:19|20)\d\d)\.?")
_YEAR_LABEL = re.compile(r"(?:publication\s+)?year(?:\s+(?:of\s+)?publication|\s+published)?", re.I)
# what stands between a date's label and the date: "Published: ", "Updated:\t", "Reviewed,"
_LABEL_EDGES = re.compile(r"^[\s,.:|]+|[\s,.:|]+$")
_DASH_BEFORE_DATE = re.compile(r"\s*[-–—]\s*$")


def read_dates(
    text: str,
) -> tuple[list[tuple[DateField, date, int, int]], tuple[int, int, int] | None, bool]:
    """Dates in a date line with their fields, the reading time, and whether the line is nothing but those.

    "January 26, 20265 min read" is 26 January 2026 and a 5-minute read: a year is four digits.
    """
    found = find_dates(text)
    if not found:
        rt = _READING_TIME.match(text)
        if rt and not text[rt.end() :].strip(" .|·•"):
            return [], (int(rt.group(1)), rt.start(1), rt.end()), True
        # the date glued to the reading time before it has no word boundary: "4 min readMar 1, 2022"
        found = [(d, rt.end() + s, rt.end() + e) for d, s, e in find_dates(text[rt.end() :])] if rt else []
        if not found:
            return [], None, False
    if not text[: found[0][1]].strip() and len(found) == 1 and not text[found[0][2] :].strip(" ."):
        d, start, end = found[0]
        return [("published", d, start, end)], None, True
    dates: list[tuple[DateField, date, int, int]] = []
    reading: tuple[int, int, int] | None = None
    cursor = 0
    only_dates = True
    for d, start, end in found:
        before = text[cursor:start]
        dashed = _DASH_BEFORE_DATE.search(before)
        if dashed is not None and _DATE_LABEL.fullmatch(
            _LABEL_EDGES.sub("", _SEPARATORS.split(before[: dashed.start()])[-1])
        ):
            before = before[: dashed.start()]  # "Published - Mar 2014", "Last updated – 4 May 2020": a label's dash
        # the words since the previous date (or separator) label this one
        # a label row's value may stand after a tab or a no-break space: "Published:\t3 May 2021"
        label_text = _LABEL_EDGES.sub("", _SEPARATORS.split(before)[-1])
        label_text = _without_weekday(label_text)
        rt_first = _READING_TIME.match(before)
        if rt_first is not None and not before[rt_first.end() :].strip(" .,|·•"):
            # "4 min readMar 1, 2022": a blog platform prints the reading time first, then the post's date
            reading = reading or (int(rt_first.group(1)), cursor + rt_first.start(1), cursor + rt_first.end())
            label_text = ""
        lm = _DATE_LABEL.fullmatch(label_text) if label_text else None
        if label_text and lm is None:
            only_dates = False
        if lm is not None:
            fld = _label_field(lm.group("label"))
            if fld is not None:
                dates.append((fld, d, start, end))
        elif not label_text:
            dates.append(("published", d, start, end))
        rest = text[end:]
        cursor = end
        tm = _TIME.match(rest)
        if tm:
            cursor = end + tm.end()
            rest = text[cursor:]
        rt = _READING_TIME.match(rest)
        if rt:
            reading = (int(rt.group(1)), cursor + rt.start(1), cursor + rt.end())
            cursor += rt.end()
    tail = text[cursor:].strip().strip(" .|·•;,")
    # "November 28, 2025View editorial policy": a link glued to the date is page chrome
    glued = cursor < len(text) and text[cursor].isupper()
    if (
        tail
        and not glued
        and not (dates and _ISSUE_TAIL.match(tail))
        and not _COUNTER.fullmatch(tail)
        and not (dates and _BRACKET_NOTE.fullmatch(tail))
    ):
        only_dates = False
    return dates, reading, only_dates


def _without_weekday(label: str) -> str:
    """A date's label with the weekday before the date dropped: "Published Monday" -> "Published"."""
    words = label.rsplit(None, 1)
    if words and _WEEKDAY.fullmatch(words[-1].rstrip(",")):
        return (words[0] if len(words) == 2 else "").strip(" ,.:")
    return label


# an author's affiliation and note marks split off at a comma: a number (of up to two digits: a year
# after a name is no mark), superscript digits, an asterisk or a dagger: "2", "2*", "²", "†"
_MARKS_ALONE = re.compile(r"(?:\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?[*†‡§¶#^]{0,3}")
# the same marks glued to the name: "Ana Lima1,2*", "Ana Lima¹²", "Ana Lima3†", "Ana Lima^", or "Ana Lima 2"
# or set off by a space: "Ana Lima *,#"
_GLUED_MARKS = re.compile(
    r"(?<=[^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹]|\.)(?:[\d⁰¹²³⁴⁵⁶⁷⁸⁹,*†‡§¶#^]+|\s\d{1,2}|\s[*†‡§¶#^][*†‡§¶#^,]{0,4})$"
)
_ORCID = re.compile(r"(?:https?://)?orcid\.org/\d{4}-\d{4}-\d{4}-\d{3}[\dX]", re.I)
_SURNAME_FIRST = re.compile(r"(?P<surname>[A-Z][\w'’-]+),\s*(?P<given>[A-Z][\w'’-]+(?:\s+[A-Z]\.?)?)")


def split_people(text: str) -> list[tuple[Person, int, int]] | None:
    """'Ana Lima, MD, PhD; Peter Novak, PT' or 'Ana Lima and Peter Novak': people with their offsets.

    None when any part is not a name, so a sentence or a section label ("Heart Health") is never read
    as a list of authors.
    """
    people: list[tuple[Person, int, int]] = []
    if "orcid" in text.lower():
        # a journal's ORCID link glued to each name: "Ana Lima1https://orcid.org/0000-0002-1825-0097, Sam Roe2"
        text = _ORCID.sub(lambda m: " " * len(m.group(0)), text)  # offsets stay those of the text
    pieces = [(m.group(0), m.start()) for m in re.finditer(r"[^;]+", text)] if ";" in text else _comma_pieces(text)
    after_job = False
    for piece, at in pieces:
        stripped = piece.strip()
        if not stripped:
            continue
        if after_job and _EMPLOYER.fullmatch(stripped) and not looks_like_name(stripped):
            after_job = False
            continue  # "By Ana Lima, Vice President, HarbourWorks": where the writer holds that job
        lead = at + len(piece) - len(piece.lstrip())
        if _MARKS_ALONE.fullmatch(stripped) and people:
            continue  # the second of two affiliation marks split off at a comma: "Ana Lima 2,3", "Ana Lima1,2*"
        cleaned = _GLUED_MARKS.sub("", stripped)
        job = bool(people) and bool(_JOB_TITLE.fullmatch(cleaned) or _JOB_AFTER_NAME.fullmatch(cleaned))
        if people and (job or _JOB_AT_ORG.fullmatch(cleaned) or (len(cleaned) <= 80 and _ORG_TAIL.fullmatch(cleaned))):
            # "By Tom Green, Senior Editor", "By Ana Lima, MPH, Harbour Medical School": the job or school of the
            # person before, not another author
            after_job = job
            continue
        whole = parse_person(cleaned)
        trimmed = cleaned if whole is not None and looks_like_name(whole.name) else _without_job(cleaned)
        end = lead + len(stripped) - (len(cleaned) - len(trimmed))
        cleaned = trimmed
        inverted = _SURNAME_FIRST.fullmatch(cleaned) if ";" in text else None
        if inverted is not None and not is_credential(inverted.group("given")):
            # a journal's "Surname, Given1,2; Surname, Given2" list: the given name goes first
            cleaned = f"{inverted.group('given')} {inverted.group('surname')}"
        person = parse_person(cleaned)
        if person is None:
            return None
        organisation = is_team(person) or "," in person.name  # "Clinic Staff", "Ignite Healthwise, LLC Staff"
        if not (looks_like_name(person.name) or (organisation and _NAME.match(person.name.replace(",", "")))):
            return None
        people.append((person, lead, end))
    return people or None


def _without_job(piece: str) -> str:
    """The name and credentials of one piece of a byline, without a job or a credential's country printed after them."""
    for pattern in (_DASH_JOB, _TRAILING_JOB, _CREDENTIAL_COUNTRY):
        m = pattern.search(piece)
        if m is None or m.start() == 0:
            continue
        head = piece[: m.start()]
        person = parse_person(head)
        if person is None:
            continue
        if pattern is _CREDENTIAL_COUNTRY and not person.credentials:
            continue
        if looks_like_name(person.name):
            return head
    return piece


def _comma_pieces(text: str) -> list[tuple[str, int]]:
    """Split on commas and 'and', keeping credentials with the name before them."""
    parts = [(m.group(0), m.start()) for m in re.finditer(r"[^,]+", text)]
    pieces: list[tuple[str, int]] = []
    for part, at in parts:
        words = part.split()
        if (
            pieces
            and words
            and (listed_credentials(part) is not None or ORG_SUFFIX.match(part) or NAME_SUFFIX.match(part.strip()))
        ):
            _, prev_at = pieces[-1]
            pieces[-1] = (text[prev_at : at + len(part)], prev_at)
            continue
        if pieces and (_JOBS.fullmatch(part.strip()) or _JOB_AT_ORG.fullmatch(part.strip())):
            pieces.append((part, at))  # "Founder and Lead GP at <Clinic>": one job, whatever "and" it holds
            continue
        # "and", "&", and a contributor added with "with": "by Ana Lima, RN, with Sam Roe, PhD"
        sub = re.split(r"(\s+and\s+|\s*&\s*|(?:^|\s)\s*with\s+(?=[A-Z]))", part)
        offset = at
        for s in sub:
            words = s.split()
            if pieces and words and all(is_listed_credential(w) for w in words):
                # the credentials of the name before "and": "Ana Lima, BSN, RN and Sam Roe, RN"
                _, prev_at = pieces[-1]
                pieces[-1] = (text[prev_at : offset + len(s)], prev_at)
            elif s.strip() and not re.fullmatch(r"\s+and\s+|\s*&\s*|\s*with\s+", s):
                pieces.append((s, offset))
            offset += len(s)
    return pieces


def _person_span(text: str, start: int = 0) -> tuple[Person, int, int] | None:
    chunk = text[start:]
    stripped = chunk.strip().rstrip(".")
    if not stripped:
        return None
    lead = start + len(chunk) - len(chunk.lstrip())
    # "the Cancer.Net Editorial Board" is the board; "a medical professional" names no one
    article = re.match(r"the\s+(?=[A-Z])", stripped)
    if article:
        lead += article.end()
        stripped = stripped[article.end() :]
    if not stripped[:1].isupper():
        return None
    person = parse_person(stripped)
    if person is None:
        return None
    if not person.credentials:
        person = _name_before_job(stripped) or person
    # the span covers the name and its credentials, not a job title printed after them
    end = stripped.find(person.name) + len(person.name) if person.name in stripped else len(stripped)
    for cred in person.credentials:
        at = stripped.find(cred, end)
        end = at + len(cred) if at != -1 else end
    return person, lead, lead + end


def _name_before_job(text: str) -> Person | None:
    """'C.H. Weaver M.D. Medical Editor': the name and credentials before a job title, printed with no comma."""
    words = text.split()
    for i in range(1, len(words)):
        if not is_credential(words[i]):
            continue
        j = i
        while j < len(words) and is_credential(words[j]):
            j += 1
        tail = " ".join(words[j:])
        if j < len(words) and _JOB_TITLE.fullmatch(tail):
            return parse_person(" ".join(words[:j]))
        return None
    return None


# words of page furniture, topics and institutions that no personal name contains
_NOT_NAME_WORDS = frozenset(
    """
    health heart cancer care center centre clinic clinics hospital library information news guide guides living
    treatment treatments side effects effect research faq faqs about our overview symptoms causes diagnosis
    prevention medicine medical disease diseases conditions condition wellness nutrition support services
    resources patients patient home topics articles article immunotherapy chemotherapy therapy pain
    understanding managing previous next contact department university institute school faculty college
    society association foundation program programme network share print menu search login related more
    what why how when who where your you the of and for with in to on
    current future directions approaches strategies perspectives advances challenges outcomes toxicity toxicities
    complications info author authors contributor contributors appointment appointments only
    """.split()
)
_JOB_NOUN = (
    # a specialist by the suffix of her field: "Oncologist", "Psychiatrist", "Paediatrician", "Physician"
    r"(?:[a-z]*(?:ologist|iatrist|ician)|chair|editor|writer|journalist|reporter|pharmacist|nurse|practitioner|"
    r"dietitian|dietician|nutritionist|physiotherapist|therapist|director|officer|manager|adviser|advisor|consultant|"
    r"specialist|professor|lecturer|researcher|scientist|correspondent|contributor|coordinator|surgeon|midwife|"
    r"paramedic|gp|optometrist|podiatrist|dentist|radiographer|counsellor|counselor|president|founder|"
    # a student writer, by the degree or school and perhaps the class: "PharmD Candidate 2022", "Nursing Student"
    r"(?:pharm\.?\s?d\.?|m\.?d\.?|d\.?o\.?|ph\.?d\.?|dnp|msn|bsn|mph|nursing|pharmacy|medical|dental|ms|ma|bs|ba)\s+"
    r"(?:candidate|student)(?:,?\s+(?:class\s+of\s+)?(?:19|20)\d\d)?)"
)
# a job printed after a name: "Senior Editor", "Superintendent Pharmacist", "Consultant Dermatologist"
_JOB_TITLE = re.compile(
    r"(?:(?:senior|chief|lead|head|deputy|associate|assistant|principal|superintendent|consultant|clinical|medical|vice|"
    r"health|science|staff|freelance|contributing|managing|specialist|registered|advanced|nurse|community|"
    r"practice|executive|editorial)\s+){0,3}" + _JOB_NOUN + "s?",
    re.I,
)
# the hospital, school or university after a clinician's jobs or credentials, with its town: "Harbour General Hospital,
# Leeds.", "Harbour Medical School"
_ORG_TAIL = re.compile(
    r"[^.!?;:]{0,160}\b(?:hospital|clinic|university|institute|college|school|centre|center|foundation|committee"
    r"|council|department|society|association|academy)\b"
    r"(?:,\s*[A-Z][\w'’ -]{1,40})?\.?",
    re.I,
)
# a job after a name and a comma, with the team or field before it: "McGrath Foundation breast care nurse"
_JOB_AFTER_NAME = re.compile(rf"(?:[A-Za-z][\w'’&.-]*\s+){{1,5}}{_JOB_NOUN}s?", re.I)
# a job at an organisation after the name: "MD of Aston Hearing", "Lead Nurse at Riverside Clinic"
_JOB_AT_ORG = re.compile(
    rf"(?:(?:{_JOB_TITLE.pattern}|founder|co-founder|owner)\s+(?:and|&)\s+)?"
    rf"(?:{_JOB_TITLE.pattern}|{_JOB_AFTER_NAME.pattern}|MD|CEO|founder|co-founder|owner)\s+(?:of|at)\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){{0,4}}",
    re.I,
)
# jobs in a row: "Senior Writer and Contributor", "Editor, Nurse"
_JOBS = re.compile(rf"{_JOB_TITLE.pattern}(?:\s*(?:,|and|&)\s*{_JOB_TITLE.pattern})*", re.I)
# a name printed twice, the second time with the job after it
_DOUBLED_NAME = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s+((?P=name))(?:\s+(?P<job>.+))?")

# the employer printed after a writer's job: "HarbourWorks", "Dairy Harbour Ltd"
_EMPLOYER = re.compile(rf"[{NAME_CAPITALS}][\w&'’.-]*(?:\s+[{NAME_CAPITALS}&][\w&'’.-]*){{0,4}}")
# what follows a name with no comma before it: a dash and a job ("Ana Lima - Paediatrician"), a job alone ("Ana Lima
# Health Writer"), or the country of a credential in brackets ("Ana Lima RD (SA)")
_DASH_JOB = re.compile(rf"\s+[-–—]\s+(?:{_JOBS.pattern}|{_JOB_AFTER_NAME.pattern})(?=[^a-z]|$).*$", re.I)
_TRAILING_JOB = re.compile(rf"\s+(?:{_JOBS.pattern})$", re.I)
_CREDENTIAL_COUNTRY = re.compile(r"\s+\([A-Za-z]{2,12}\)$")


def is_job(text: str) -> bool:
    """A job as a byline prints it after a name: "Senior Editor", "Registered Dietitian Nutritionist", "GP at Harbour"."""
    job = text.strip(" ,.")
    return len(job) <= 80 and bool(_JOBS.fullmatch(job) or _JOB_AFTER_NAME.fullmatch(job) or _JOB_AT_ORG.fullmatch(job))


def looks_like_name(name: str) -> bool:
    """A personal name: two to five capitalised words or initials, none of them a common or topic word."""
    words = name.split()
    if not 2 <= len(words) <= 5 or not _NAME.match(name):
        return False
    return not any(w.lower().strip(".,'’") in _NOT_NAME_WORDS for w in words)


def people_in(text: str) -> list[tuple[Person, int, int]]:
    """The people (or one organisation) in a labelled byline value, with offsets into ``text``.

    'Adam Roe, MD - Family Medicine & Sara Li, RN - Oncology': each person is cut at ' - ' before the
    specialty; names are separated by ';', '&', '|' or ' and '. 'Ignite Healthwise, LLC Staff' is one author.
    """
    out: list[tuple[Person, int, int]] = []
    for m in re.finditer(r"[^;&|]+", text):
        piece, at = m.group(0), m.start()
        for sub in re.finditer(r"(?:(?!\s+and\s+).)+", piece):
            chunk = sub.group(0)
            cut = re.search(r"\s+[-–—]\s+|\s*\(", chunk)
            if cut:
                chunk = chunk[: cut.start()]
            chunk = chunk.rstrip(" ,.")
            named = _person_span(chunk)
            if named is None:
                continue
            person, s, e = named
            organisation = is_team(person) or bool(ORG_SUFFIX.match(chunk[chunk.find(",") + 1 :]))
            if not organisation and not looks_like_name(person.name):
                continue
            if organisation:
                # an organisation is one author, whatever commas it prints
                text_at = len(chunk) - len(chunk.lstrip())
                person = Person(name=" ".join(chunk.split()), credentials=[])
                s, e = text_at, len(chunk)
            out.append((person, at + sub.start() + s, at + sub.start() + e))
    return out


def _headshot_byline(stripped: str, lead: int) -> BylineLine | None:
    """A headshot's alt text glued to the byline after it: "Ms. Ana LimaBy Ana Lima" reads as "By Ana Lima"."""
    at = stripped.find("By ")
    if at < 3 or at > 60 or not stripped[at - 1].islower() or len(stripped[:at].split()) > 6:
        return None
    found = read_line(stripped[at:])
    if found is None or not found.authors:
        return None
    # the alt text names the author it pictures
    surname = found.authors[0][0].name.split()[-1]
    if surname not in stripped[:at]:
        return None
    shift = lead + at
    return replace(
        found,
        authors=[(person, s + shift, e + shift) for person, s, e in found.authors],
        reviewer=None
        if found.reviewer is None
        else (found.reviewer[0], found.reviewer[1] + shift, found.reviewer[2] + shift),
        dates=[(fld, when, s + shift, e + shift) for fld, when, s, e in found.dates],
        reading_time=None
        if found.reading_time is None
        else (found.reading_time[0], found.reading_time[1] + shift, found.reading_time[2] + shift),
    )


# an issue's date and its edition: "April 2022 2nd Edition", "June 2019 Edition"
_DATED_EDITION = re.compile(
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d)\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?edition", re.I
)
# an editor's credit in a byline: "Chief Editor: Sam Roe, MD", "Section Editor: ..."
_EDITOR_LABEL = re.compile(
    r"^\s*(?i:(?:(?:chief|section|managing|deputy|senior|medical|series)\s+)?editors?(?:\s+in\s+chief)?)\s*:\s*[A-Z]"
)
# the link that opens the full credits at a byline's end: "... MD, FACS  more..."
_MORE_LINK = re.compile(r"\s+more\s*(?:\.\.\.|…)\s*$", re.I)
# the time of posting between a date's label and the date: "Published on 12:00 AM, June 19, 2022"
_TIME_BEFORE_DATE = re.compile(
    r"(?<=\s)\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?,?\s+"
    r"(?=[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\b|\d{1,2}/\d{1,2}/\d{2,4}\b)"
)


# a run of spaces a page's columns left between two byline fields: "Last reviewed ... MD  Last Updated: 9/17/2014"
_COLUMN_GAP = re.compile(r"\S(\s{2,})(?=\S)")


def read_line(text: str) -> BylineLine | None:
    """Classify one line of visible text; None when it is article text."""
    found = _read_one_line(text)
    if found is not None or "  " not in text.strip() or len(text) > 400:
        return found
    return _read_columns(text)


def _read_columns(text: str) -> BylineLine | None:
    """A line of byline fields set apart by runs of spaces, each of which reads as a byline on its own."""
    gaps = list(_COLUMN_GAP.finditer(text))
    if not gaps or len(gaps) > 3:
        return None
    cuts = [m.start(1) for m in gaps]
    starts = [0, *(m.end(1) for m in gaps)]
    if any(end - start > 120 for start, end in zip(starts, [*cuts, len(text)], strict=True)):
        return None  # sentences two spaces apart, as body text often is: no field is that long
    merged = BylineLine("byline")
    for start, end in zip(starts, [*cuts, len(text)], strict=True):
        part = _read_one_line(text[start:end])
        if part is None or part.role != "byline" or part.reviewer_follows or part.author_follows or part.date_follows:
            return None
        merged.authors.extend((p, start + a, start + b) for p, a, b in part.authors)
        if part.reviewer is not None and merged.reviewer is None:
            p, a, b = part.reviewer
            merged.reviewer = (p, start + a, start + b)
        merged.dates.extend((f, d, start + a, start + b) for f, d, a, b in part.dates)
        if part.reading_time is not None and merged.reading_time is None:
            minutes, a, b = part.reading_time
            merged.reading_time = (minutes, start + a, start + b)
    return merged if merged.authors or merged.reviewer or merged.dates else None


_LEADING_MARK = re.compile(r"^\s*[*†]{1,3}(?=[A-Z])")
# an icon font's name glued to the label after it: "iconUpdated 5th August 2025"
_GLUED_ICON = re.compile(r"^(\s*)icon(?=[A-Z])")
# a site builder's shortcode left unrendered in the copy, an icon before a field: '[fa icon="calendar"] May 2, 2022'
_SHORTCODE = re.compile(r"\[[a-z][\w-]*(?:\s+[\w-]+=\"[^\"\]]*\")+\s*/?\]")


def _read_one_line(text: str) -> BylineLine | None:
    """Classify one line of visible text; None when it is article text."""
    line = text.rstrip()
    if line.lstrip().startswith("icon"):
        line = _GLUED_ICON.sub(lambda m: m.group(1) + "    ", line)  # offsets stay those of the line
    if '="' in line:
        line = _SHORTCODE.sub(lambda m: " " * len(m.group(0)), line)  # offsets stay those of the line
    if line.lstrip()[:1] in ("*", "†"):
        # a footnote's mark before the page's dates: "*Updated: November 2020"; offsets stay those of the line
        line = _LEADING_MARK.sub(lambda m: " " * len(m.group(0)), line)
    if ":" in line:
        line = _TIME_BEFORE_DATE.sub(lambda m: " " * len(m.group(0)), line)  # offsets stay those of the line
    if line.endswith(("...", "…")):
        line = _MORE_LINK.sub("", line)
    if not line.isascii() and _PICTOGRAM.search(line):
        # each pictogram a bar between fields, its variation selector a space: offsets stay those of the line
        line = _PICTOGRAM.sub(lambda m: "|" + " " * (len(m.group(0)) - 1), line)
    if line.lstrip().startswith("|"):
        line = line.replace("|", " ", 1)  # a bar before the first field: "|Articles|June 13, 2022"
    stripped = line.strip()
    if not stripped:
        return None
    n = len(stripped)
    if n > 400:
        # no byline is this long: article text, or chrome by its start
        return BylineLine("chrome") if is_chrome(stripped) else None
    lead = len(line) - len(line.lstrip())
    blog = (
        _short_year_dateline(stripped, lead)
        or _theme_meta(stripped, lead)
        or _blog_meta(stripped, lead)
        or _posted_in(stripped, lead)
        or _date_then_poster(stripped, lead)
        or _dated_category(stripped, lead)
        or _edition_date(stripped, lead)
        or _journal_issue(stripped, lead)
        or _glued_dateline(stripped, lead)
        or _answerer(stripped, lead)
        or _asker(stripped, lead)
        or _date_tags_minutes(stripped, lead)
    )
    if blog is not None:
        return blog
    label = _DATE_LABEL.fullmatch(stripped.rstrip(":").strip())
    if label is not None and (stripped.endswith(":") or " " in stripped):
        fld = _label_field(label.group("label"))
        if fld is not None and fld != "other":
            return BylineLine("byline", date_follows=fld)
    year_row = _YEAR_ROW.fullmatch(stripped)
    if year_row is not None:
        label = _YEAR_LABEL.fullmatch(year_row.group("label")) or _DATE_LABEL.fullmatch(year_row.group("label"))
        if label is not None and (label.re is _YEAR_LABEL or _label_field(label.group("label")) not in (None, "other")):
            return BylineLine(
                "byline",
                year_only=(int(year_row.group("year")), lead + year_row.start("year"), lead + year_row.end("year")),
            )
    # a name printed twice with no space, as a byline widget and its tooltip copy together
    if n >= 6 and n % 2 == 0 and stripped[: n // 2] == stripped[n // 2 :] and " " in stripped[: n // 2].strip():
        person = parse_person(stripped[: n // 2])
        if person is not None:
            return BylineLine("byline", authors=[(person, lead, lead + n // 2)])
    doubled = _DOUBLED_NAME.fullmatch(stripped)
    if doubled is not None and (doubled.group("job") is None or _JOBS.fullmatch(doubled.group("job"))):
        # the writer's photo named in its alt text, then the name and job: "Ana Lima Ana Lima Senior Writer"
        person = parse_person(doubled.group("name"))
        words = person.name.split() if person is not None else []
        if person is not None and looks_like_name(person.name) and len(set(words)) == len(words):
            return BylineLine("byline", authors=[(person, lead + doubled.start(2), lead + doubled.end(2))])
    edition = _DATED_EDITION.fullmatch(stripped)
    if edition is not None and (dated := find_dates(edition.group("date"))):
        # a newspaper's issue over the article: "April 2022 2nd Edition"
        d, s, e = dated[0]
        return BylineLine("byline", dates=[("published", d, lead + s, lead + e)])
    glued = _headshot_byline(stripped, lead)
    if glued is not None:
        return glued
    column = _COLUMN_CREDIT.fullmatch(stripped) if " by " in stripped else None
    if column is not None and _CREDIT_WORD.search(column.group("column")):
        column = None  # "Medically Reviewed by ...", "Photos by ...": a credit the parts below read
    people = split_people(column.group("rest")) if column is not None else None
    if column is not None and people and all(p.credentials for p, _, _ in people):
        # a column's name and its clinicians: "Ask the Doctors by Ana Lima, M.D. and Sam Roe, M.D."
        shift = lead + column.start("rest")
        return BylineLine("byline", authors=[(p, shift + s, shift + e) for p, s, e in people])
    found = BylineLine("byline")
    matched = False
    skipped_label = False
    skipped_first: tuple[str, int] | None = None
    parts = _parts(line)
    counted = 0
    had_reviewer = False
    in_credit = False
    for part, at in parts:
        authors_last, counted = len(found.authors) > counted, len(found.authors)  # the part before named authors
        # the part before named the reviewer
        reviewer_last, had_reviewer = found.reviewer is not None and not had_reviewer, found.reviewer is not None
        if matched and _EDITOR_LABEL.match(part):
            continue  # "Author: Ana Lima, MD; Chief Editor: Sam Roe, MD": the editor neither wrote nor reviewed it
        m = _REVIEWER_LABEL.match(part)
        if m:
            rest_at = at + m.start("rest")
            # "Reviewed by: Jane Roe MD on 2/2014": the name, then the date of the review
            dated = find_dates(m.group("rest"))
            on = _ON_DATE.search(m.group("rest"), 0, dated[0][1]) if dated else None
            people = people_in(m.group("rest")[: on.start()] if on else m.group("rest"))
            sub = read_line(m.group("rest")) if not people and m.group("rest").strip() else None
            if people:
                person, s, e = people[0]
                found.reviewer = (person, rest_at + s, rest_at + e)
                if on is not None:
                    found.dates.extend(("reviewed", d, rest_at + s, rest_at + e) for d, s, e in dated[:1])
            elif not m.group("rest").strip():
                found.reviewer_follows = True
            elif sub is not None and sub.dates:
                # "Reviewed by:Last reviewed on August 30, 2023", "Reviewed: 12/01/2023": no name, the review's date
                found.dates.extend(("reviewed", d, rest_at + s, rest_at + e) for _, d, s, e in sub.dates)
            else:
                return None
            matched = True
            continue
        m = _REVIEW_INTRO.match(part)
        if m and len(m.group("mid")) <= 60:
            rest_at = at + m.start("rest")
            rest = m.group("rest")
            if rest.strip():
                dated = find_dates(rest)
                name_part = rest[: dated[0][1]] if dated else rest
                name_part = re.sub(r"[\s,]*(?:\bon\b)?[\s,:]*$", "", name_part)
                named = _person_span(name_part) if name_part.strip() else None
                if named is not None and not named[0].credentials and " and " in name_part:
                    # "Patricia Weiser, PharmD and Jared Meacham, PhD": the first of two reviewers, her credential kept
                    reviewers = people_in(name_part)
                    if reviewers and reviewers[0][0].credentials:
                        named = reviewers[0]
                if named is not None:
                    found.reviewer = (named[0], rest_at + named[1], rest_at + named[2])
                # "Reviewed by Jane Roe, MD, on May 2, 2024": the date of the review
                found.dates.extend(("reviewed", d, rest_at + s, rest_at + e) for d, s, e in dated[:1])
            else:
                found.reviewer_follows = True
            matched = True
            continue
        m = _AUTHOR_INTRO.match(part)
        team = _WRITTEN_BY_TEAM.fullmatch(m.group("rest")) if m else None
        if m and team is None and re.match(r"(?:written|authored)\s+by\b|by\s*:", part.strip(), re.I):
            team = _WRITTEN_BY_ORG.fullmatch(m.group("rest"))
        elif m and team is None and found.dates and re.match(r"by\b", part.strip(), re.I):
            team = _WRITTEN_BY_ORG.fullmatch(m.group("rest"))  # "Aug 18, 2022 / by Harbour Skin Clinic": a dateline
        if m and team:
            # "Written by the American Cancer Society medical and editorial content team": one author
            at_org = at + m.start("rest") + team.start("org")
            found.authors.append(
                (
                    Person(name=" ".join(team.group("org").split()), credentials=[]),
                    at_org,
                    at_org + len(team.group("org")),
                )
            )
            matched = True
            continue
        nameless = _NAMELESS_BY.match(part) if m is not None else None
        after_on = read_dates(part[nameless.end() :]) if nameless is not None else None
        if nameless is not None and after_on is not None and after_on[0] and after_on[2]:
            # "By on February 25, 2019": the writer's name lost from the copy, the post's date after it
            shift = at + nameless.end()
            found.dates.extend(("published", d, shift + s, shift + e) for _, d, s, e in after_on[0][:1])
            matched = True
            continue
        handle = (
            m is not None
            and len(parts) == 1
            and (word := m.group("rest").strip())
            and _LOWER_HANDLE.fullmatch(word)
            and word not in _NOT_HANDLES
            and m.group(0).lstrip()[:2].lower() == "by"
        )
        if m and (not m.group("rest").strip() or m.group("rest").strip()[0].isupper() or handle):
            # the full stop closing the credit is no part of the name: "Written by: Ana Lima."
            rest = _CLOSING_STOP.sub(lambda stop: " " * len(stop.group(0)), m.group("rest"))
            rest_at = at + m.start("rest")
            if not rest.strip():
                found.author_follows = True
                matched = True
                continue
            told = _AS_TOLD_TO.search(rest)
            if told is not None:
                # "By Ana Lima, as told to Sam Roe": the person whose account it is, and the writer
                rest = rest[: told.start()] + ";" + " " * (told.end() - told.start() - 1) + rest[told.end() :]
            run_on = _trailing_date(rest)
            listed = split_people(rest) if run_on is None else None
            if listed is None and run_on is None and len(stripped) <= 40:
                listed = _username(rest, lower=bool(handle))
            if listed is not None:
                found.authors.extend((p, rest_at + s, rest_at + e) for p, s, e in listed)
                matched = True
                continue
            if run_on is not None:
                # "By Ana Lima, RN June 10, 2010": the post's date run on after the names
                names, (d, s, e), fld = run_on
                found.authors.extend((p, rest_at + ps, rest_at + pe) for p, ps, pe in names)
                found.dates.append((fld, d, rest_at + s, rest_at + e))
                matched = True
                continue
            by_dates, _, by_only = read_dates(rest) if m.group(0).lstrip()[:2].lower() == "by" else ([], None, False)
            tail = rest[by_dates[-1][3] :].strip() if by_dates else ""
            if by_dates and (by_only or (len(tail) <= 30 and _CATEGORY_OR_COUNT.fullmatch(tail))):
                # "By February 21, 2009": the writer's name lost from the copy, the post's date left after "By";
                # a blog theme adds the date of the update and the category: "By May 3, 2019 May 5th, 2019 General"
                found.dates.extend(("published", d, rest_at + s, rest_at + e) for _, d, s, e in by_dates[:1])
                found.dates.extend(
                    ("updated", d, rest_at + s, rest_at + e) for _, d, s, e in by_dates[1:2] if d > by_dates[0][1]
                )
                matched = True
                continue
        dates, reading, only = read_dates(part)
        if (dates or reading or find_dates(part)) and only:
            reviewed_label = (
                skipped_first is not None and not found.dates and _REVIEWED_ALONE.fullmatch(skipped_first[0].strip())
            )
            if (reviewer_last or reviewed_label) and not _DATE_LABEL.match(part.strip()):
                # "Reviewed by Ana Lima, MD | June 28, 2024": a bare date right after the review credit is its date;
                # "Medically Reviewed | July 2026": the label alone, then the date of the review
                dates = [("reviewed" if f == "published" else f, d, s, e) for f, d, s, e in dates]
            found.dates.extend((f, d, at + s, at + e) for f, d, s, e in dates)
            if reading:
                found.reading_time = (reading[0], at + reading[1], at + reading[2])
            matched = True
            continue
        if matched and (_COUNTER.fullmatch(part.strip()) or (found.dates and _TIME.fullmatch(part))):
            continue  # a view counter, or the time of day split off the date at a bar
        minutes = _MINUTES.fullmatch(part.strip()) if matched else None
        if minutes is not None:
            # "By Ana Lima, PhD May 9, 2025 • 4 min": the reading time, "read" left out
            found.reading_time = (int(minutes.group(1)), at, at + len(part.strip()))
            continue
        if authors_last and (more := split_people(part)) is not None:
            # "Authored by: Ana Lima MD | Peter Novak RN | MN": the next authors, set off by bars
            found.authors.extend((p, at + ps, at + pe) for p, ps, pe in more)
            continue
        if authors_last and all(is_listed_credential(w.strip(",")) for w in part.split()):
            continue  # the last author's second credential, set off by a bar: "... RN | MN"
        if (reviewer_last or in_credit) and (_JOBS.fullmatch(part.strip()) or _JOB_AFTER_NAME.fullmatch(part.strip())):
            in_credit = True
            continue  # the reviewer's job after a dot or a bar: "Reviewed by Ana Lima, MD · General Practitioner"
        if in_credit and _ORG_TAIL.fullmatch(part.strip()):
            continue  # and where: "... · Consultant Surgeon · Harbour General Hospital, Leeds. · Last reviewed: ..."
        if (
            (reviewer_last or in_credit)
            and len(part) <= 200
            and (dated := find_dates(part))
            and _ON_DATE.search(part, 0, dated[-1][1])
            and not _SENTENCE_STOP.search(part, 0, dated[-1][1])
        ):
            # the reviewer's credentials and school, then the day of the review: "| MD, PhD, <University> on May 2, 2025."
            found.dates.append(("reviewed", dated[-1][0], at + dated[-1][1], at + dated[-1][2]))
            continue
        if matched and found.authors and _PICTURE_CREDIT.fullmatch(part.strip()):
            continue  # "By Ana Lima; photography by Sam Roe": who took the pictures did not write the text
        if (
            matched
            and found.dates
            and not found.authors
            and (listed := split_people(part)) is not None
            and len(listed) == 1
            and looks_like_name(listed[0][0].name)
            and (line[max(0, at - 3) : at].strip() == "-" or starts_with_given_name(listed[0][0].name))
        ):
            # "April 7, 2022 - Ana Lima": the writer after the post's date and a dash; after a bar or a dot when
            # the name starts with a given name ("03/03/2024 | Ana Lima")
            found.authors.append((listed[0][0], at + listed[0][1], at + listed[0][2]))
            continue
        if matched and found.dates and _CATEGORY_OR_COUNT.fullmatch(part.strip()):
            continue  # a blog theme's category or comment count after the byline's date: "| Back Pain | 3 Comments"
        if matched:
            # a later part of a byline that is not a byline: the whole line is article text
            return None
        if not skipped_label and len(part.strip()) <= 40 and not _SENTENCE_STOP.search(part) and len(parts) > 1:
            if not matched and part is parts[0][0]:
                skipped_first = (part, at)
            # "Information Product No. PCA0015v1 | Published: 01/06/2015 | ...": a leaflet's code before its dates
            skipped_label = True
            continue
        break
    if matched and found.reading_time and skipped_first is not None and not found.authors:
        # "Ana Lima · 4 min read · Mar 1, 2022": a blog platform's byline names the writer before the reading time
        named = platform_author(*skipped_first)
        if named is not None:
            found.authors.append(named)
    if (
        matched
        and found.dates
        and not found.authors
        and found.reviewer is None
        and skipped_first is not None
        and len(parts) == 2
        and (listed := split_people(skipped_first[0])) is not None
        and len(listed) == 1
        and starts_with_given_name(listed[0][0].name)
    ):
        # "Ana Lima | March 3, 2024": the writer's name before the post's date, no "By"; a label such as "Heart
        # Health" does not start with a given name
        found.authors.append((listed[0][0], skipped_first[1] + listed[0][1], skipped_first[1] + listed[0][2]))
    if matched and not found.dates and not found.authors and skipped_label:
        return None
    if matched:
        if any(f == "other" for f, *_ in found.dates) and not _JOURNAL_HISTORY.search(line):
            # "Revised: January 2025" on its own is the page's update; beside "Received" it is a journal's history
            found.dates = [("updated" if f == "other" else f, d, s, e) for f, d, s, e in found.dates]
        return found
    run_on = _trailing_date(stripped) if n <= 80 and "," in stripped else None
    if (
        run_on is not None
        and len(run_on[0]) == 1
        and looks_like_name(run_on[0][0][0].name)
        and starts_with_given_name(run_on[0][0][0].name)
    ):
        # "Ana Lima, March 3, 2024": the writer and the post's date, no "By"
        (person, ps, pe), (d, ds, de), fld = run_on[0][0], run_on[1], run_on[2]
        return BylineLine("byline", authors=[(person, lead + ps, lead + pe)], dates=[(fld, d, lead + ds, lead + de)])
    if is_chrome(stripped):
        return BylineLine("chrome")
    subject = alt_text_subject(stripped)
    if subject is not None and stripped[-1] not in ".!?":
        return BylineLine("chrome", alt_subject=subject)
    return None


_PLATFORM_AUTHOR = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|of|and|&)){0,5}")


def platform_author(text: str, at: int) -> tuple[Person, int, int] | None:
    """The name a blog platform prints over or before its reading time: a person's or a blog's, in capitals."""
    name = text.strip()
    if not _PLATFORM_AUTHOR.fullmatch(name) or len(name.split()) < 2 or read_line(name) is not None:
        return None
    person = parse_person(name)
    if person is None:
        return None
    lead = at + len(text) - len(text.lstrip())
    return person, lead, lead + len(name)


# a news release's dateline with a two-digit year, alone, before the place or before the time of posting:
# "06/15/17 Portland, Ore.", "08/11/23  3:03 PM PST"
_SHORT_YEAR_DATELINE = re.compile(
    r"(?P<a>\d{2})/(?P<b>\d{2})/(?P<y>\d{2})(?:\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s*[A-Z][\w.]{1,6}"
    r"|\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?"
)


# a date label and a two-digit year, with the time of day after it: "Page updated 06/04/18 12:47:36 p.m."
_LABELLED_SHORT_YEAR = re.compile(
    r"(?:page\s+|last\s+)?(?P<label>updated|reviewed|published|posted|modified)\s*:?\s*"
    r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?\.?",
    re.I,
)


# a date whose year is cut to two digits after an apostrophe, alone or after its label: "Posted 22 Aug '17",
# "Updated: Mar 3, ’21"
_APOSTROPHE_YEAR = re.compile(
    r"(?:(?:page\s+|last\s+)?(?P<label>updated|reviewed|published|posted|modified)\s*:?\s*(?:on\s+)?)?"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTH_NAMES})\.?|(?P<m2>{MONTH_NAMES})\.?\s+(?P<d2>\d{{1,2}})"
    r"(?:st|nd|rd|th)?,?)\s+['’‘](?P<y>\d{2})\.?",
    re.I,
)


def _apostrophe_year(stripped: str, lead: int) -> BylineLine | None:
    """The date of a line whose year is cut after an apostrophe; None for anything else."""
    m = _APOSTROPHE_YEAR.fullmatch(stripped) if len(stripped) <= 60 else None
    if m is None:
        return None
    yy = int(m.group("y"))
    try:
        # the pivot of C's strptime: 69-99 are the 1900s
        day = date(
            1900 + yy if yy >= 69 else 2000 + yy,
            MONTHS[(m.group("m1") or m.group("m2")).lower()],
            int(m.group("d1") or m.group("d2")),
        )
    except ValueError:
        return None
    fld = _label_field(m.group("label")) if m.group("label") else None
    start = m.start("d1") if m.group("d1") else m.start("m2")
    return BylineLine("byline", dates=[(fld or "published", day, lead + start, lead + m.end("y"))])


def _short_year_dateline(stripped: str, lead: int) -> BylineLine | None:
    """The date of a dateline line printed with a two-digit year, or of a labelled one; None for anything else."""
    if ("'" in stripped or "’" in stripped or "‘" in stripped) and (cut := _apostrophe_year(stripped, lead)):
        return cut
    m = _SHORT_YEAR_DATELINE.fullmatch(stripped) if len(stripped) <= 60 else None
    labelled = _LABELLED_SHORT_YEAR.fullmatch(stripped) if m is None and len(stripped) <= 60 else None
    if labelled is not None:
        m = labelled
    if m is None:
        return None
    a, b, yy = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
        return None
    try:
        # the pivot of C's strptime: 69-99 are the 1900s
        day = NumericDate(1900 + yy if yy >= 69 else 2000 + yy, a, b)
    except ValueError:
        return None
    if labelled is not None:
        fld = _label_field(labelled.group("label"))
        return BylineLine(
            "byline",
            dates=[(fld or "published", day, lead + labelled.start("a"), lead + labelled.end("y"))],
        )
    return BylineLine("byline", dates=[("published", day, lead, lead + m.end("y"))])


# a community member's handle: one word joined with "_" or digits, or capitals after the first ("RosaM_77")
_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[A-Za-z]+[0-9]+|[A-Z][a-z]+[A-Z][A-Za-z]*")


# a community handle in lower case, alone after "By" on its line: "By jolene", "By rosa.m"
_LOWER_HANDLE = re.compile(r"[a-z][a-z0-9._]{2,24}")
# words that follow "By" in a tab or a route of giving a medicine, not a handle: "By mouth", "By topic"
_NOT_HANDLES = frozenset(
    "mouth injection infusion far now then default contrast comparison appointment phone email post age type "
    "stage region country state topic date name category condition treatment audience location specialty".split()
)


# a post's meta line: its date, its category tags run together, and the reading time ("Sep 07, 2022 Bone
# HealthImmune System 5 MIN")
_TAGS_THEN_MINUTES = re.compile(
    r"\s+[A-Z][^.!?:;|]{0,80}?\s+(?P<minutes>\d{1,3})\s*(?i:min(?:ute)?s?)\.?(?:\s+(?i:read))?"
)


def _date_tags_minutes(stripped: str, lead: int) -> BylineLine | None:
    """The post's date at the start, category tags, and the reading time at the end; None for anything else."""
    if len(stripped) > 140 or not stripped[:1].isalnum():
        return None
    dated = find_dates(stripped)
    if not dated or dated[0][1] != 0:
        return None
    d, _, end = dated[0]
    m = _TAGS_THEN_MINUTES.fullmatch(stripped, end)
    if m is None:
        return None
    return BylineLine(
        "byline",
        dates=[("published", d, lead, lead + end)],
        reading_time=(int(m.group("minutes")), lead + m.start("minutes"), lead + len(stripped)),
    )


# who answers a reader's question on a Q&A page: "Dr. Ana Lima reply Obstetrics", "Ana Lima on behalf of <Society>"
_ANSWERER = re.compile(
    r"(?P<name>(?:(?:Dr\.?|Doctor)\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
    r"(?:\s+(?:replied|reply|answered|answers|responded)(?:\s+[A-Z][\w&,'’ -]{0,60}"
    # a newspaper's health column: "Dr Ana Lima answers your health question:"
    r"|\s+(?:your|a|this|the|readers?['’]?)(?:\s+[\w'’-]+){0,3}?\s+questions?\s*:?)?"
    r"|\s+on\s+behalf\s+of\s+(?:the\s+)?[A-Z][\w&,.'’ -]{1,60})"
)


# the reader who asked a Q&A page's question, and when: "Raj Lal asked on January 27, 2025."
_ASKED_ON = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+asked(?:\s+(?:on|in))?\s+(?P<date>.+?)\.?")


def _asker(stripped: str, lead: int) -> BylineLine | None:
    """The asker's line of a Q&A page: the question's date, and no author (the asker did not write the page)."""
    m = _ASKED_ON.fullmatch(stripped) if len(stripped) <= 80 else None
    if m is None:
        return None
    dated = find_dates(m.group("date"))
    if not dated or dated[0][1] != 0:
        return None
    d, s, e = dated[0]
    at = lead + m.start("date")
    return BylineLine("byline", dates=[("published", d, at + s, at + e)])


def _answerer(stripped: str, lead: int) -> BylineLine | None:
    """A Q&A page's answer header: the clinician's name, then "reply" or "on behalf of" their society."""
    m = _ANSWERER.fullmatch(stripped)
    if m is None:
        return None
    name = m.group("name")
    if not name.startswith(("Dr", "Doctor")) and " on behalf of " not in stripped:
        return None  # "Ana Lima reply ..." without a title could be any two capitalised words
    person = parse_person(name)
    if person is None:
        return None
    return BylineLine("byline", authors=[(person, lead, lead + len(name))])


def _username(rest: str, lower: bool = False) -> list[tuple[Person, int, int]] | None:
    """The handle a community post is signed with ("by RosaM_77", "By jolene"), as its author; None for anything
    else. ``lower``: the line is "By" and one lower-case word, which is a handle too."""
    handle = rest.strip().rstrip(".")
    if not (_HANDLE.fullmatch(handle) or (lower and _LOWER_HANDLE.fullmatch(handle))):
        return None
    lead = len(rest) - len(rest.lstrip())
    return [(Person(name=handle, credentials=[]), lead, lead + len(handle))]


# a blog post's meta line: its date, who posted it and the comment count ("May 2, 2024 Jane Roe 3 Comments")
_COMMENT_COUNT = re.compile(r"\s*(?:\d+\s*comments?|no\s+comments?|leave\s+a\s+comment)$", re.I)


def _blog_meta(stripped: str, lead: int) -> BylineLine | None:
    """A blog's date, poster and comment count on one line; None for anything else."""
    end = _COMMENT_COUNT.search(stripped)
    if len(stripped) > 120:
        return None
    if end is None:
        return None
    head = stripped[: end.start()]
    dated = find_dates(head)
    if not dated or dated[0][1] != 0:
        return None
    d, _, date_end = dated[0]
    found = BylineLine("byline", dates=[("published", d, lead, lead + date_end)])
    name = re.sub(r"^[\s,|–-]*(?:by\s+)?", "", head[date_end:], flags=re.I).rstrip(" ,|–-")
    words = name.split()
    if 0 < len(words) <= 6 and words[0][:1].isupper():
        at = lead + head.index(name, date_end)
        found.authors.append((Person(name=name, credentials=[]), at, at + len(name)))
    return found


# a blog theme's meta row: "By <name> | <ISO time stamp> <date>|<categories>|", the name left empty when hidden;
# the theme prints the post's modified time as a machine stamp before the date readers see
_THEME_META = re.compile(
    r"by\b\s*(?P<name>[^|]{0,60}?)\s*\|\s*(?P<stamp>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)"
    r"\s+(?P<date>[^|]{6,40}?)\s*(?:\|.{0,80})?$",
    re.I,
)


def _theme_meta(stripped: str, lead: int) -> BylineLine | None:
    """A blog theme's "By <name> | <stamp> <date>|<category>|" row; None for anything else."""
    m = _THEME_META.fullmatch(stripped)
    if m is None:
        return None
    dated = find_dates(m.group("date"))
    stamped = find_dates(m.group("stamp"))
    if len(dated) != 1 or not stamped:
        return None
    d, ds, de = dated[0]
    at = lead + m.start("date")
    found = BylineLine("byline", dates=[("published", d, at + ds, at + de)])
    if stamped[0][0] > d:
        found.dates.append(("updated", stamped[0][0], lead + m.start("stamp"), lead + m.start("stamp") + 10))
    name = m.group("name")
    if name:
        named = split_people(name)
        if named is None:
            return None
        found.authors.extend((p, lead + m.start("name") + ps, lead + m.start("name") + pe) for p, ps, pe in named)
    return found


# a blog post's category line, with its date or with the date its template left empty: "Posted on March 3, 2021 in
# Cancer", "Posted on in Cancer", "Posted in Cancer Care"
_POSTED_IN = re.compile(r"^posted\s+(?:on\s+(?P<date>[^|]{0,40}?)\s*)?in\s+(?-i:[A-Z])[\w&'’ ,-]{1,60}$", re.I)


def is_posted_in(text: str) -> bool:
    return _posted_in(text.strip(), 0) is not None


def _posted_in(stripped: str, lead: int) -> BylineLine | None:
    """A blog post's "Posted on <date> in <category>" line; None for anything else."""
    m = _POSTED_IN.match(stripped)
    if m is None:
        return None
    found = BylineLine("byline")
    if m.group("date"):
        dated = find_dates(m.group("date"))
        if len(dated) != 1:
            return None
        d, s, e = dated[0]
        at = lead + m.start("date")
        found.dates.append(("published", d, at + s, at + e))
    return found


# what joins a byline's names to the date run on after them
_RUN_ON_JOINS = " \t,:|·•–—-"


# what a blog theme prints after a byline's date: the post's category and its comment count ("Conditions 0",
# "| Back Pain | 3 Comments"), or the category alone after a bar ("| Back Pain")
_POST_META_TAIL = re.compile(
    r"\s*(?:[|·•]\s*)?(?:(?-i:[A-Z])[\w&'’-]*(?:\s+[\w&'’-]+){0,3}\s*(?:[|·•]\s*)?)?"
    r"(?:\d{1,4}(?:\s*comments?)?|no\s+comments?)\s*"
    r"|\s*[|·•]\s*(?-i:[A-Z])[\w&'’-]*(?:\s+[\w&'’-]+){0,3}\s*[|·•]?\s*",
    re.I,
)


# what a blog platform prints when the post's author field is empty
_NO_WRITER = frozenset({"unknown", "admin", "administrator"})
_PICTURE_CREDIT = re.compile(
    r"(?:photo(?:graph)?s?|photography|pictures?|illustrations?|images?|artwork|video)\s+(?:by|credit)\b.{0,80}", re.I
)
_CATEGORY_OR_COUNT = re.compile(
    r"\d{1,4}(?:\s*comments?)?|no\s+comments?|(?-i:[A-Z])[\w&'’-]*(?:\s+[\w&'’-]+){0,3}", re.I
)


def _trailing_date(rest: str) -> tuple[list[tuple[Person, int, int]], tuple[date, int, int], DateField] | None:
    """The names of a byline and the one date printed after them, with what that date is ("published" unless its label
    says otherwise); None unless both are there and nothing else."""
    dated = find_dates(rest)
    if len(dated) != 1:
        return None
    tail = rest[dated[0][2] :]
    if tail.strip(" .,") and not _POST_META_TAIL.fullmatch(tail):
        return None
    # "Ana Lima, MS on May 21, 2019", "Ana Lima, RN | June 10, 2010"
    # "Ana Lima on Tuesday, February 28, 2012": the weekday between the names and the date
    names_part = _without_weekday(rest[: dated[0][1]].rstrip(_RUN_ON_JOINS)).rstrip(_RUN_ON_JOINS)
    if names_part.lower().endswith(" on"):
        names_part = names_part[:-3].rstrip(_RUN_ON_JOINS)
    if names_part.strip().casefold() in _NO_WRITER:
        return (
            [],
            dated[0],
            "published",
        )  # "Written By Unknown on February 28, 2012": a blog platform's empty author field
    fld: DateField = "published"
    label = _LABEL_BEFORE_DATE.search(names_part)
    if label is not None:
        # "By Ana Lima, published May 2, 2004", "By Ana Lima Updated March 3, 2024": the date's label is no part of the name
        fld = "updated" if label.group("label").lower() in ("updated", "modified") else "published"
        names_part = names_part[: label.start()]
    names = split_people(names_part)
    return (names, dated[0], fld) if names else None


_LABEL_BEFORE_DATE = re.compile(
    r"(?:\s*[,|·•–—-])?\s+(?:last\s+)?(?P<label>published|posted|updated|modified)(?:\s+on)?\s*:?\s*$", re.I
)


# "June 06, 2019 by Ana Lima MSN, FNP": a post's date, then who wrote it
# the date's label before it: "Updated February 28, 2024by <team>" (the spans lost their space)
_POSTER_DATE_LABEL = re.compile(
    r"(?:last\s+|medically\s+)?(?P<label>published|posted|authored|written|updated|reviewed)(?:\s+on)?\s*:?\s*", re.I
)
# the board a reviewer sits on, printed before the name: "EBSCO Medical Review Board Ana Lima, MD"
_BOARD_BEFORE_NAME = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}(?:Medical\s+)?(?:Review|Editorial|Advisory)\s+(?:Board|Team|Panel)\s+(?=[A-Z])"
)
_BY_AFTER_DATE = re.compile(r"\s*[,|·•–—-]?\s*by\s+(?=[A-Z])", re.I)


_BARE_POSTER = re.compile(r"\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2})\s*")
_MARK_AFTER_DATE = re.compile(r"\s*[/|·•–—]\s*(?=[A-Z])")


# "27 February 2026 0 Comments Ana Lima": the comment count between the date and the poster
_COUNT_THEN_POSTER = re.compile(
    r"\s*[|·•–-]?\s*(?i:\d+\s*comments?|no\s+comments?)\s*[|·•–-]?\s*(?i:by\s+)?"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})$"
)


def _date_then_poster(stripped: str, lead: int) -> BylineLine | None:
    """A post's date at the start of the line, then who wrote it: after "by" ("June 06, 2019 by Ana Lima MSN,
    FNP") or after the comment count ("27 February 2026 0 Comments Ana Lima"); None for anything else."""
    if len(stripped) > 160:
        return None
    dated = find_dates(stripped)
    label = _POSTER_DATE_LABEL.match(stripped)
    opens = label.end() if label is not None else 0
    if not dated or dated[0][1] != opens:
        return None
    d, _, end = dated[0]
    if (by := _BY_AFTER_DATE.match(stripped, end)) is not None:
        at = by.end()
        rest = stripped[at:]
        board = _BOARD_BEFORE_NAME.match(rest)
        if board is not None and split_people(rest[board.end() :].rstrip()):
            at += board.end()  # "Last reviewed May 2018 by <Site> Medical Review Board Ana Lima, MD": the clinician
            rest = rest[board.end() :]
        bar = rest.find(" | ") if " | " in rest else rest.find("|")
        if bar > 0:
            # the names again with their job after a bar: "April 13, 1993|By Dr. Ana Lima | Dr. Ana Lima, Writer"
            again = rest[bar:].strip(" |")
            if split_people(again) is None and not _JOBS.fullmatch(again):
                return None
            rest = rest[:bar]
        # a registered mark printed on a credential ("AOCNP®") is no part of it
        names = split_people(re.sub(r"[®™]", " ", rest).rstrip())
        org = _WRITTEN_BY_ORG.fullmatch(rest) if names is None else None
        if org is not None:
            # "November 7, 2022 | by Harbour Health": the health system wrote the post
            name = org.group("org")
            names = [
                (Person(name=" ".join(name.split()), credentials=[]), org.start("org"), org.start("org") + len(name))
            ]
    elif (count := _COUNT_THEN_POSTER.match(stripped, end)) is not None:
        at = count.start("name")
        names = [(Person(name=count.group("name"), credentials=[]), 0, count.end("name") - at)]
    elif (
        label is None
        and (bare := _BARE_POSTER.fullmatch(stripped, end)) is not None
        and looks_like_name(bare.group("name"))
    ):
        # "26 November 2025 Ian Glover": a blog's date and its writer's bare name, nothing else on the line
        at = bare.start("name")
        names = [(Person(name=bare.group("name"), credentials=[]), 0, bare.end("name") - at)]
    elif (mark := _MARK_AFTER_DATE.match(stripped, end)) is not None:
        # "February 4, 2015 / Ana Lima, MD": a name after a slash or a bar is the writer only with credentials
        # or a doctor's title; words alone there are the post's category ("January 15, 2020/Cancer Care")
        at = mark.end()
        names = split_people(stripped[at:].rstrip()) or []
        if not all(p.credentials or is_clinical_reviewer(p) for p, _, _ in names):
            return None
    else:
        return None
    if not names:
        return None
    word = label.group("label").lower() if label is not None else "published"
    if word == "reviewed":
        # "Reviewed Aug 11, 2021 by Ana Lima, MPharm": the reviewer and the date of the review
        person, s, e = names[0]
        return BylineLine(
            "byline", reviewer=(person, lead + at + s, lead + at + e), dates=[("reviewed", d, lead + opens, lead + end)]
        )
    # "Updated February 28, 2024 by <team>", glued or not; "Authored Aug 11, 2021 by Ana Lima"
    field: DateField = "updated" if word == "updated" else "published"
    return BylineLine(
        "byline",
        authors=[(p, lead + at + s, lead + at + e) for p, s, e in names],
        dates=[(field, d, lead + opens, lead + end)],
    )


# the section a dated post sits in, after a slash: "January 15, 2020/Cancer Care & Prevention"
_SLASH_CATEGORY = re.compile(r"\s*/\s*[A-Z][\w&,'’ -]{1,60}$")
# the same after a bar, in words only: "March 2, 2021 | Cancer Care"
_BAR_CATEGORY = re.compile(r"\s+\|\s+(?P<cat>[A-Z][^\W\d]*(?:[ &,'’-]+[^\W\d]+){0,5})\s*")


# a category, a date and a poster run together when the page's spans lost their spaces:
# "Thyroid CancerMay 18, 2026Navis AI"
_GLUED_DATELINE = re.compile(
    r"[A-Z][\w&' -]{0,40}?[a-z](?P<date>(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+\d{1,2},\s+\d{4})(?:[A-Z][\w.' -]{0,40})?"
)


def _glued_dateline(stripped: str, lead: int) -> BylineLine | None:
    """A date glued between a category and a poster's name; None for anything else."""
    m = _GLUED_DATELINE.fullmatch(stripped) if len(stripped) <= 100 else None
    if m is None:
        return None
    dated = find_dates(m.group("date"))
    if not dated:
        return None
    start = m.start("date")
    return BylineLine("byline", dates=[("published", dated[0][0], lead + start, lead + m.end("date"))])


# a leaflet's or card's name with its edition date after a dash: "Harbour Patient Pocket Card - July 2022"
_EDITION_LABEL = re.compile(
    r"(?:[A-Z][\w&'’.-]*\s+){0,6}(?:pocket\s+card|card|leaflet|fact\s*sheet|handout|booklet|information\s+sheet"
    r"|patient\s+guide|bulletin|newsletter)\s+[-–—]\s+",
    re.I,
)


def _edition_date(stripped: str, lead: int) -> BylineLine | None:
    """A publication's name and its edition date, the date last; None for anything else."""
    if len(stripped) > 100 or not stripped[:1].isupper():
        return None
    dated = find_dates(stripped)
    if len(dated) != 1 or dated[0][2] != len(stripped) or not _EDITION_LABEL.fullmatch(stripped[: dated[0][1]]):
        return None
    d, start, end = dated[0]
    return BylineLine("byline", dates=[("published", d, lead + start, lead + end)])


# a journal's name with the issue's month in brackets, as an index lists it above the title: "Current Oncology (Feb 2022)"
_JOURNAL_ISSUE = re.compile(
    r"(?P<journal>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|in|the|&)){0,7})\s+\((?P<date>[^()]{6,20})\)"
)


def _journal_issue(stripped: str, lead: int) -> BylineLine | None:
    """A journal's name and its issue's month and year in brackets; None for anything else."""
    m = _JOURNAL_ISSUE.fullmatch(stripped) if len(stripped) <= 100 else None
    if m is None or not _MONTH_YEAR.fullmatch(m.group("date")):
        return None
    dated = find_dates(m.group("date"))
    if len(dated) != 1:
        return None
    start = m.start("date")
    return BylineLine("byline", dates=[("published", dated[0][0], lead + start, lead + m.end("date"))])


def _dated_category(stripped: str, lead: int) -> BylineLine | None:
    """A post's date followed by its category after a slash or a bar; None for anything else."""
    if len(stripped) > 100 or ("/" not in stripped and " | " not in stripped):
        return None
    dated = find_dates(stripped)
    if not dated or dated[0][1] != 0:
        return None
    tail = stripped[dated[0][2] :]
    barred = _BAR_CATEGORY.fullmatch(tail)
    # "October 25, 2019 | Medical Oncology": a category, never another byline part ("| By Ana Lima", "| Updated ...")
    if barred is not None and read_line(barred.group("cat")) is not None:
        barred = None
    if not _SLASH_CATEGORY.fullmatch(tail) and barred is None:
        return None
    d, _, end = dated[0]
    named = split_people(barred.group("cat")) if barred is not None else None
    if barred is not None and named is not None and len(named) == 1 and starts_with_given_name(named[0][0].name):
        # "03/03/2024 | Ana Lima": the writer after the date, not a category
        at = lead + dated[0][2] + barred.start("cat")
        person, ps, pe = named[0]
        return BylineLine("byline", authors=[(person, at + ps, at + pe)], dates=[("published", d, lead, lead + end)])
    return BylineLine("byline", dates=[("published", d, lead, lead + end)])


# the field a credential is in, printed after it: "MD Pharmacology", "MD (General Medicine)"
_CREDENTIAL_FIELD = re.compile(r"[A-Z][a-z'’-]+(?:\s+(?:[A-Z][a-z'’-]+|&|and|of|in)){0,3}|\([^()]{2,40}\)")


def credential_line(text: str) -> list[str] | None:
    """A line of credentials and nothing else, as printed under a name: "MBA, MD Pharmacology" -> ["MBA", "MD"].

    None for anything else; one credential at least must be a known one, so a row of capitals ("USA, UK") is no list.
    """
    if len(text) > 120:
        return None
    creds: list[str] = []
    for part in text.split(","):
        words = part.split(None, 1)
        if not words or not is_listed_credential(words[0]):
            return None
        if len(words) > 1 and not _CREDENTIAL_FIELD.fullmatch(words[1].strip()):
            return None
        creds.append(words[0].replace(".", "") if words[0].count(".") > 1 else words[0])
    return creds if any(is_credential(c) for c in creds) else None


def _parts(line: str) -> list[tuple[str, int]]:
    """A byline split at ' | ', ' — ', ' · ' and ';' into its parts, with their offsets."""
    parts: list[tuple[str, int]] = []
    at = 0
    for m in _SEPARATORS.finditer(line):
        parts.append((line[at : m.start()], at))
        at = m.end()
    parts.append((line[at:], at))
    out = []
    for part, start in parts:
        stripped = part.strip()
        if stripped:
            out.append((stripped, start + len(part) - len(part.lstrip())))
    return out


# a doctor's or professor's title before a name: "Dr Roger Hale", "Prof. Ana Lima"
_TITLE_BEFORE_NAME = re.compile(r"^(?:Prof(?:essor|\.)?\s+)?(?:Dr\.?|Doctor)\s+|^Prof(?:essor|\.)?\s+")


class MetadataCollector:
    """Gathers what the byline lines of one article say; the first author list and published date win."""

    def __init__(self, lang: str | None = None) -> None:
        # the page's declared language, which tells how it writes numeric dates
        self.lang = lang
        self.title: str | None = None
        self.authors: list[Person] = []
        self.reviewer: Person | None = None
        self.published: date | None = None
        self.updated: date | None = None
        self.reviewed: date | None = None
        self.reading_time: int | None = None
        self.extra: dict[str, object] = {}
        self.spans: dict[str, tuple[int, int]] = {}
        self._dates: list[tuple[DateField, date, tuple[int, int]]] = []
        self._ignored: tuple[int, int] | None = None

    def set_title(self, title: str, span: tuple[int, int]) -> None:
        if self.title is None and title.strip():
            self.title = " ".join(title.split())
            self.spans["title"] = span

    def add_authors(self, people: list[tuple[Person, int, int]]) -> None:
        """People with source offsets; an author already listed is not listed twice."""
        known = {p.name.casefold() for p in self.authors}
        for person, start, end in people:
            if person.name.casefold() in known:
                continue
            known.add(person.name.casefold())
            self.authors.append(person)
            self.spans.setdefault("authors", (start, end))

    def add_credentials(self, role: Literal["author", "reviewer"], credentials: list[str]) -> None:
        """Credentials printed on the line under a name: the reviewer's, or the last author's."""
        if role == "reviewer":
            if self.reviewer is not None and not self.reviewer.credentials:
                self.reviewer = self.reviewer.model_copy(update={"credentials": credentials})
        elif self.authors and not self.authors[-1].credentials:
            self.authors[-1] = self.authors[-1].model_copy(update={"credentials": credentials})

    def set_reviewer(self, person: Person, span: tuple[int, int]) -> None:
        if self.reviewer is None or (not self.reviewer.credentials and person.credentials):
            self.reviewer = person
            self.spans["reviewer"] = span

    @property
    def dated(self) -> bool:
        """Some line of the page already gave a published or updated date."""
        return any(f != "other" for f, _, _ in self._dates)

    def add_date(self, fld: DateField, day: date, span: tuple[int, int]) -> None:
        """Dates are kept in page order and read at the end, once the order of numeric dates is known."""
        if self._ignored is not None and self._ignored[0] <= span[0] < self._ignored[1]:
            return
        self._dates.append((fld, day, span))

    def ignore_dates_within(self, span: tuple[int, int]) -> None:
        """A stretch of the page whose dates say nothing about the article, such as a copy's storage stamp."""
        self._ignored = span

    def _apply_date(self, fld: DateField, day: date, span: tuple[int, int]) -> None:
        if fld == "published":
            if self.published is None:
                self.published = day
                self.spans["published"] = span
            elif self.updated is None and day > self.published:
                # a second unlabelled date under the first is the update
                self.updated = day
                self.spans["updated"] = span
        elif fld in ("updated", "reviewed"):
            if self.updated is None or day > self.updated:
                self.updated = day
                self.spans["updated"] = span
            if fld == "reviewed" and (self.reviewed is None or day > self.reviewed):
                # the last medical review, on its own: the update date may be newer
                self.reviewed = day
                self.spans["reviewed"] = span
        else:
            others = self.extra.setdefault("other_dates", [])
            assert isinstance(others, list)
            others.append(day.isoformat())

    def date_order(self, text: str | None) -> tuple[DateOrder, str] | None:
        """How to read the page's ambiguous numeric dates and why; None when it has none.

        The configured order wins; else the order the page's unambiguous numeric dates show; else
        the page's declared language, then its English variant (British spelling reads day first);
        else month first.
        """
        numeric = [d for _, d, _ in self._dates if isinstance(d, NumericDate)]
        if not any(d.ambiguous for d in numeric):
            return None
        configured = DATE_ORDER.get()
        if configured is not None:
            return configured, "config"
        shown = [d.shows for d in numeric if d.shows is not None]
        if shown and shown.count("DMY") != shown.count("MDY"):
            return ("DMY" if shown.count("DMY") > shown.count("MDY") else "MDY"), "page"
        variant = language_order(self.lang) or (english_variant_order(text) if text else None)
        if variant is not None:
            return variant, "language"
        return "MDY", "default"

    def set_reading_time(self, minutes: int, span: tuple[int, int]) -> None:
        if self.reading_time is None:
            self.reading_time = minutes
            self.spans["reading_time"] = span

    def _reviewer_as_credited(self) -> Person | None:
        """The reviewer as the byline credits the same person: "Dr Roger Hale" wrote it, "Roger Hale" reviewed it."""
        reviewer = self.reviewer
        if reviewer is None or is_clinical_reviewer(reviewer):
            return reviewer
        for author in self.authors:
            bare = _TITLE_BEFORE_NAME.sub("", author.name)
            if bare.casefold() == reviewer.name.casefold() and is_clinical_reviewer(author):
                return author
        return reviewer

    def metadata(self, text: str | None = None) -> Metadata:
        """The metadata read so far; ``text`` (the page) tells its English variant for numeric dates."""
        order = self.date_order(text)
        for fld, day, span in self._dates:
            if isinstance(day, NumericDate):
                day = day.read(order[0] if order else "MDY")
            self._apply_date(fld, day, span)
        self._dates = []
        if order is not None:
            self.extra["date_order"], self.extra["date_order_from"] = order
        return Metadata(
            title=self.title,
            authors=self.authors,
            reviewer=self._reviewer_as_credited(),
            published=self.published,
            updated=self.updated,
            reviewed=self.reviewed,
            reading_time_minutes=self.reading_time,
            extra=self.extra,
            spans=self.spans,
        )
