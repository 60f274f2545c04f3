"""Word lists the claim component matches: treatments, causal phrases, advice, amounts, and lines that are not claims.

Lists are written as comma-separated text so a reviewer can scan them; every entry is matched
case-insensitively on whole tokens by spaCy's PhraseMatcher.
"""

from __future__ import annotations


def _phrases(text: str) -> tuple[str, ...]:
    # only commas separate entries: an entry may run onto the next line
    return tuple(" ".join(p.split()) for p in text.split(",") if p.strip())


# named medicines, drug classes, procedures and therapies: a sentence naming one is a treatment claim
TREATMENTS = _phrases(
    """
    chemotherapy, chemo, radiotherapy, radiation therapy, radiation, immunotherapy, surgery, surgeries,
    operation, checkpoint inhibitor, checkpoint inhibitors, antibody-drug conjugate, antibody-drug conjugates,
    antibiotic, antibiotics, antiviral, antivirals, antidepressant, antidepressants, antipsychotic,
    antipsychotics, corticosteroid, corticosteroids, steroid, steroids, steroid cream, vaccine, vaccines,
    vaccination, vaccinations, vaccinated, immunisation, immunization, jab, flu shot, booster, antibody shot,
    insulin, metformin, glucagon, statin, statins, aspirin, ibuprofen, paracetamol, acetaminophen, naproxen,
    diclofenac, celecoxib, nsaid, nsaids, opioid, opioids, morphine, codeine, duloxetine, gabapentin,
    pregabalin, gabapentinoids, amitriptyline, ondansetron, metoclopramide, olanzapine, aprepitant,
    dexamethasone, prednisone, prednisolone, hydrocortisone, ivig, plasma exchange, dialysis,
    physical therapy, physiotherapy, physiotherapist, occupational therapy, occupational therapist,
    cognitive behavioural therapy, cognitive behavioral therapy, cbt, talk therapy, talk therapies,
    psychotherapy, counselling, counseling, cognitive rehabilitation, cardiac rehabilitation, cardiac rehab,
    rehabilitation, transplant, stem cell transplant, blood transfusion, transfusion, iron supplements,
    iron tablets, intravenous iron, iron infusion, oral rehydration solution, beta blocker, beta blockers,
    beta-blocker, beta-blockers, ace inhibitor, ace inhibitors, angiotensin receptor blocker, diuretic,
    diuretics, anticoagulant, anticoagulants, blood thinner, blood thinners, warfarin, heparin,
    antihistamine, antihistamines, triptan, triptans, sumatriptan, propranolol, topiramate, cgrp,
    levothyroxine, hormone therapy, estrogen, oestrogen, vaginal estrogen, nerve block, nerve blocks,
    pain pump, pain pumps, inhaler, inhalers, inhaled corticosteroids, reliever inhaler, preventer inhaler,
    epinephrine, adrenaline auto-injector, oxaliplatin, cisplatin, carboplatin, paclitaxel, docetaxel,
    vincristine, bortezomib, capecitabine, fluorouracil, pembrolizumab, nivolumab, ipilimumab,
    enfortumab vedotin, tamoxifen, oseltamivir, amoxicillin, penicillin, nitrofurantoin, trimethoprim,
    fosfomycin, lisinopril, amlodipine, losartan, chlorthalidone, atorvastatin, simvastatin, omeprazole,
    lansoprazole, loperamide, laxative, laxatives, antiemetic, antiemetics, anti-sickness medicines,
    antacid, antacids, alginates, proton pump inhibitor, proton pump inhibitors, ssri, ssris, sertraline,
    escitalopram, fluoxetine, citalopram, zuranolone, brexanolone, semaglutide, dulaglutide, liraglutide,
    glp-1 receptor agonist, glp-1 receptor agonists, sglt2 inhibitors, tacrolimus, pimecrolimus, emollient,
    emollients, moisturiser, moisturizer, urea cream, sunscreen, topical treatments, painkillers,
    painkiller, pain relievers, pain relief, catheter ablation, ablation, cardioversion, pacemaker, stent,
    angioplasty, bypass surgery, lymph node transfer, lymphovenous bypass, compression sleeve,
    compression garment, compression garments, compression stockings, scalp cooling, cold cap,
    acupressure, acupuncture, ginger, nicotine replacement, orthotics, insoles, therapeutic shoes,
    controller medicines, preventive medicines, fever medicine, pyridoxine, doxylamine, vitamin b6,
    vitamin b12 injections, b12 injections, injections, infusion, infusions, ice chips, cryotherapy, therapy,
    therapies, supplements, vitamin supplements, cranberry, relaxation techniques, mindfulness, laser therapy,
    photobiomodulation, compression bandaging, lymphatic drainage, electroconvulsive therapy,
    transcranial magnetic stimulation, offloading, numbing rinses, clot-busting, thrombolysis
    """
)
# drug-name endings (INN stems) that mark a named medicine
DRUG_SUFFIXES = _phrases(
    """
    mab, nib, statin, pril, sartan, olol, azole, cillin, mycin, cycline, vir, platin, taxel, parin, floxacin,
    tidine, prazole, triptan, dronate, gliptin, glutide, gliflozin, vedotin, setron, caine, oxetine,
    pramine, triptyline, lukast, semide, thiazide
    """
)
# one thing making another happen, more or less: a causal claim
CAUSAL = _phrases(
    """
    cause, causes, caused, causing, lead to, leads to, led to, leading to, result in, results in,
    resulted in, reduce, reduces, reducing, prevent, prevents, preventing, increase, increases, raise,
    raises, raising, lower, lowers, lowering, associated with, linked to, link, tied to, trigger, triggers,
    triggered, set off, sets off, damage, damages, damaged, worsen, worse, protect, protects, contribute to,
    contributes to, because of, due to, responsible for, risk of, risk factor, risk factors, injure,
    inflame, irritate, irritates, relieve, relieves, ease, eases, strip, strips, block, blocks, disrupt,
    disrupts, promote, promotes
    """
)
# verbs that open an instruction to the reader: "Wear cushioned shoes ..."
ADVICE_VERBS = frozenset(
    _phrases(
        """
        accept, add, aim, allow, alternate, apply, ask, attend, avoid, bathe, be, bring, book, breathe,
        brush, call, change, check, choose, clean, consider, contact, continue, cook, cover, cut, discuss,
        do, don't, dress, drink, eat, encourage, exercise, finish, focus, follow, get, give, go, have,
        hold, keep, lay, let, lie, limit, look, lose, make, measure, mention, moderate, moisturise,
        moisturize, monitor, move, never, always, offer, pair, pat, place, plan, protect, put, quit, raise,
        read, record, reduce, remember, replace, report, rest, review, rinse, rub, schedule, see, seek,
        simmer, sip, sit, skip, sleep, speak, stand, start, stay, stick, stop, store, stretch, swap, take,
        talk, tell, test, track, try, turn, urinate, use, visit, wait, walk, wash, watch, wear, weigh, wipe,
        suck, sniff, soak, nibble, elevate, massage, snack, bend, lift, remove, move, cool, loosen, sponge
        """
    )
)
# a word after the first word that shows it was a noun, not an instruction: "Exercise can reduce ..."
NOT_IMPERATIVE_NEXT = frozenset(
    _phrases(
        """
        can, may, might, is, are, was, were, will, would, could, should, helps, help, often, usually,
        also, does, do, has, have, had, makes, tends, appears, seems, remains, and, or, 's
        """
    )
)
# how a sentence tells someone what to do without an imperative verb
ADVICE_PHRASES = _phrases(
    """
    you should, you must, should, should not, must not, you need to, it is important to, it's important to,
    talk to your, ask your, tell your, call your, contact your, let your care team, is recommended,
    are recommended, is advised, are advised, we recommend, should be seen, seek urgent, seek medical,
    seek care, see a doctor, see your doctor, get medical, call 911, call 999, call 112, go to the emergency,
    make sure
    """
)
# units of a dose: a number followed by one of these is a dosage
DOSE_UNITS = _phrases(
    """
    mg, mcg, µg, μg, microgram, micrograms, milligram, milligrams, g, gram, grams, ml, millilitre,
    millilitres, milliliter, milliliters, l, litre, litres, liter, liters, iu, units, unit, tablet, tablets,
    capsule, capsules, pill, pills, dose, doses, puff, puffs, drop, drops, sachet, sachets, patch, patches,
    injection, injections, mg/kg, mg/m2, mg/day, teaspoon, teaspoons, tablespoon, tablespoons, spray, sprays,
    session, sessions, glass, glasses, cup, cups, serving, servings, shot, shots
    """
)
# how often a dose is taken, when it says so exactly
SCHEDULES = _phrases(
    """
    once a day, twice a day, three times a day, four times a day, once daily, twice daily, three times daily,
    once a week, twice a week, once weekly, twice weekly, once a month, once monthly, every other day,
    alternate-day, alternate days, as a single dose, single dose, loading dose
    """
)
# statistics that carry no digit: "a third of", "twice as likely"
STATISTIC_PHRASES = _phrases(
    """
    a third of, one third, two thirds, two-thirds, a quarter of,
    one quarter, three quarters, three-quarters, half of, half as, half the, about half, nearly half,
    almost half, more than half, less than half, twice as, twice the, times as, times more, times higher,
    times the, times less, nearly all, almost all, odds ratio, hazard ratio,
    relative risk, confidence interval
    """
)
# a share or a rate: outranks a dose in the same sentence ("Two doses are 97 percent effective")
RATE_PHRASES = _phrases(
    "percent, per cent, percentage points, in every, out of every, one in, odds ratio, hazard ratio"
)
# number words that count things (not "one": "one of the", "on one side")
NUMBER_WORDS = frozenset(
    _phrases(
        """
        two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, fifteen, twenty, thirty, forty,
        fifty, sixty, seventy, eighty, ninety, hundred, hundreds, thousand, thousands, million, millions,
        billion, dozen, dozens
        """
    )
)
# words a number labels rather than counts: "type 2", "stage 3", "grade 2", "COVID-19"
NUMBER_LABELS = frozenset(
    _phrases(
        """
        type, stage, grade, phase, covid, covid-19, step, level, version, cycle, no, chapter, table, figure, id,
        isbn, pmid, pmcid, nct, ref, code, room, ward, suite, floor, extension, ext, page, pages, pp, vol,
        volume, issue, fig, box, section, unit, bed, apt, zip, leaflet, booklet, form
        """
    )
)
# lines that are site chrome or calls to action, never claims (matched at the start of a short sentence)
# openings that make a sentence navigation whatever follows ("Learn more about heart failure in our guide.")
NAVIGATION = _phrases(
    """
    learn more, read more, see more, find out more, click here, sign up, subscribe, start free,
    related articles, related questions, see also, back to top, skip to, log in, sign in, more on,
    more from, more news, follow us, visit our, see our, go to our, read our, for more information,
    more information, download our, share this, print this, find definitions, find answers, find information,
    click on, click the, click a, click below, tap on, tap the, tap a, scroll down, scroll to, select a topic,
    choose a topic, please click, please select, please choose, please scroll, read on to, read on for,
    find out about, find out how, find out what, learn about, read about, applies to, watch our, view our,
    watch a video, watch a short video, watch this video, watch the video, watch the short video,
    listen to our, order our, join our, read stories, read real stories, find a clinical trial, find a trial,
    search here, continue reading, keep reading to, keep reading for, scroll below, scroll up, explore this topic
    """
)
# openings of site chrome only when the line is short: "Watch for signs of dehydration ..." is advice
CALL_TO_ACTION = _phrases(
    """
    book an appointment, request an appointment, make an appointment, schedule an appointment,
    find a doctor, find a location, find a specialist, contact us, call us, get started, request a,
    talk to a care coordinator, menu, search, share, print, download, related, watch, listen, get expert answers,
    get answers,
    explore, next, previous, advertisement, sponsored, copyright, ©, all rights reserved, find out
    """
)
# events, opening times and forecasts anywhere in a sentence: news about a service, never a health claim;
# also web-form notices, acknowledgements and interview framing around an article
NOT_HEALTH = _phrases(
    """
    one call away, here to help, here for you, open in a new tab, opens in a new tab, open in a new window,
    opens in a new window, opens in new tab, opens in new window, open in new tab, open in new window,
    address correspondence to, financial disclosures, financial disclosure, from the department of,
    is the director of, wrote this article, researched and wrote, doi.org, doi:,
    opt out at any time, unsubscribe at any time, to be included in our newsletter, will be held, will stay open, will remain open, will be open,
    open until, opening hours, forecasters, the forecast, redirects here, for other uses, disambiguation,
    this article is about, photo credit, image credit, getty images, shutterstock, creative commons,
    available under the, licensed under, additional terms may apply, last edited on, awareness week,
    awareness month, awareness day, raise awareness, raising awareness, find upsetting, upsetting or triggering,
    content warning, trigger warning, article more useful, articles more useful, our other health articles,
    our clinical information, information standard, our leaflets are, our articles are, our content is,
    old revision of this page, permanent link to this revision, contributed equally, correspondence should be
    addressed, accredited by, accreditation program, accreditation programme, important distinction,
    disclaims any warranty, warranty or liability, accept any liability, accept liability, accepts no liability,
    does not imply endorsement, are trademarks of, is a trademark of, registered trademark,
    is reviewed by a team, reviewed by a team that, pif tick, patient information forum, quality mark,
    generously supported by, provided as a service, has been reviewed by expert, reviewed by expert medical,
    revised and edited by, editorial content team, medical and editorial, content is reviewed,
    views expressed, for educational purposes, rendering medical advice, thank you to, thanks to our,
    printed copies, range of booklets, our booklets, registered charity, charity number, company number,
    donate today, make a donation, help fund research, information and support for, your feedback helps,
    or none of these, designed for health professionals, a close-up of, against a backdrop of, appreciate your question, more technical than, topic you are looking for, you can count on,
    proud sponsor, proud supporter, proud partner, official sponsor, exclusive coverage,
    now leaving, are leaving the, about to leave, leaving this site, leaving our site, leaving this website,
    leaving our website, constitute an endorsement, constitutes an endorsement, is not an endorsement,
    not an endorsement, responsible for the content, provided solely as a service, should be inferred,
    human visitor, not a robot, automated spam, spam submissions, spam registrations, respond to comments,
    reply to comments, respond to individual, reply to individual, our thanks to, with thanks to, many thanks to,
    special thanks to, for their help preparing, for their help in preparing, sat down with,
    citation network, citations are derived, this indicator, attention score, altmetric,
    reviewed approximately every, is reviewed every, check the publication date, this edition,
    proud to announce, user experience, new dashboard, the interface you,
    message and data rates, data rates may apply, some html allowed, html tags allowed,
    paragraph breaks are automatic, was published more than, no longer be accurate, free delivery over,
    free delivery on orders, the word stop, reply stop, text stop, jump to a section, tax calculation,
    during checkout
    """
)
# statements about the page itself rather than about health
ABOUT_THE_ARTICLE = _phrases(
    """
    this article, this page, this review, this guide, this section, this leaflet, in this article,
    in this review, in this guide, this information, this content, we summarize, we summarise, we review,
    we describe, we explain, here we, below we, this is a reminder, this is a guide, this guide, here are,
    here is, here's, here’s, information provided, the information provided, this tool, this calculator,
    this checker, this symptom checker, this quiz, this video, this podcast, this webinar, this booklet, this flyer,
    this pamphlet, this information leaflet,
    this factsheet, this fact sheet, this handout, this brochure, this resource, the goal is to help you,
    the aim is to help you, the goal of this, the aim of this, the purpose of this, this information sheet,
    simple tips, tips for coping, tips to help you cope, it covers, this leaflet covers, this guide covers,
    comprehensive guide to, complete guide to, ultimate guide to, a guide to, your guide to,
    this blog post, this blog, this post, in this post, in this blog post, the information on this page,
    the information on this site, the information in this leaflet, the information in this guide
    """
)
# a sentence that points at the rest of the page: about the article, wherever it stands
POINTERS = _phrases(
    """
    listed below, described below, outlined below, shown below, set out below, explained below, covered below,
    listed above, described above, are as follows, read more about, there's also information,
    not a complete list, above list, list above, may not include all, does not include all, for a full list, for the full list, for a complete list, not listed in, not listed here, not listed above, not listed below,
    are not all the possible side effects, are not all of the possible side effects, are not all possible side effects,
    there is also information, there's more information, there’s also information, there’s more information, there is more information, you can find information,
    you can find more,
    you will find information, you'll find information, the following information, useful information,
    detailed below, detailed above, set out above, links on this page, links below, contains information on,
    the information below, the information above, the table below, the chart below, the sections below,
    contains information about, for information about, for information on, for details about, for details on,
    for details of, things you can do yourself, there are many things you can do, there are things you can do,
    hard to know when, hard to know whether, difficult to know when, difficult to know whether, confusing to know, not always easy to know, some advice to help,
    you will find this, you'll find this, you will find it, for help finding, things you should know,
    described in this document, information in this document, information in this leaflet,
    information in this guide, the chart below, the table below, the chart above, the table above,
    one or more of the following, one or more of these, for an overview of, for a general overview, see this article,
    we would like to share, we'd like to share, we want to share, important to know when,
    following these guidelines, following these simple guidelines, following these tips, following these simple tips,
    following these steps, following these suggestions, follow this advice, follow the advice below,
    the advice below, the advice above, advice only applies, advice applies to, advice applies only,
    information only applies, information applies to,
    this table lists, this table shows, this table summarises, this table summarizes, this table describes,
    this table gives, the table lists, this chart lists, this chart shows, the steps below, the tips below,
    the steps above, the tips above, the video below, the videos below, the video above, the videos above,
    follow these instructions, follow these care instructions, we have covered, we've covered, we’ve covered,
    we cover, we will cover, we'll cover, we’ll cover, in this blog, in this post we,
    look no further, touched on, we also discuss, we also look at, we also explain, we also cover,
    there are a few things you can do, a few things you can do to help, fellow subscribers,
    is given below, are given below, this page contains, use the form below, the form below,
    the following points will, the following tips will, no sign-up needed, no sign up needed, no signup needed
    """
)
# how a study was done, not what it found: methods sentences of an abstract are not claims
STUDY_METHODS = _phrases(
    """
    randomly assigned, randomly allocated, were randomised, were randomized, women randomised,
    patients randomised, primary outcome, secondary outcome, secondary outcomes, primary end point,
    primary endpoint, we searched, we identified, we reviewed, we linked, we tested whether, we analysed,
    we analyzed, we examined, we assessed, we compared, we measured, we recruited, we enrolled,
    we included, we conducted, we randomly, we followed, was measured, were measured, was assessed,
    were assessed, was compared, were compared, extracted data, inclusion criteria, completed follow-up,
    pooled data, was funded, were funded, funded by, cannot prove, to assess, to evaluate, to determine
    whether, to compare, data were, data was,
    other co-authors, other coauthors, co-authors of the, coauthors of the, other authors of,
    also contributed to, contributed to the study, contributed to the research, contributed to this research,
    contributed to the work, describing the research, describing the study, describing the findings,
    were published in the journal, was published in the journal, published online in, conflicts of interest,
    no conflicts, declared no
    """
)
# labels that open the non-finding parts of an abstract: "Methods: We searched ..."
STUDY_SECTION_LABELS = frozenset(
    _phrases(
        """
        methods, method, aims, aim, objective, objectives, design, setting, participants, trial registration,
        materials and methods, patients and methods, subjects and methods, methodology, study design,
        registration, keywords, key words, funding, abbreviations, purpose,
        author contributions, authors' contributions, authors’ contributions, contributions, contributors,
        conflict-of-interest statement, conflict of interest statement, conflict of interest, conflicts of interest,
        competing interests, declaration of interests, disclosures, disclosure, financial disclosure,
        acknowledgments, acknowledgements, data availability, data availability statement, data sharing statement,
        ethics approval, ethical approval, informed consent, informed consent statement, orcid number, orcid,
        institutional review board statement, corresponding author, correspondence to, peer-review model,
        provenance and peer review, open-access
        """
    )
)
# words that qualify a number without adding a subject: a cell reading "10% to 25%" is a category, not a claim
QUANTITY_WORDS = frozenset(
    _phrases("less, more, than, to, up, under, over, about, around, and, or, from, between, at, least, most, per")
)
# how a service, a site or an appointment works: never a health claim unless the sentence also carries a
# treatment, cause, rate or dose ("Smoking raises the risk ..., as our website explains" stays a claim)
SERVICE = _phrases(
    """
    hotline, helpline, help line, our office, our site, our mission, our library, our specialists, you are welcome to,
    translation services, interpreter services, interpreting services, language services,
    our services, our service, non-profit, nonprofit, not-for-profit, advertising, endorse, products or services,
    we can offer, we offer, we provide, is run by, will introduce you, connect with, care network, member of the,
    special access, content of the, this content, reproduce, copyright, permissions, working hours,
    opening hours, office hours, out-of-hours, out of hours, before coming in, contact numbers, phone numbers,
    phone number, telephone number, bring this, bring the list, bring a list, bring your, write down, jot down,
    note down,
    keep this information, keep this leaflet, keep this list, keep these numbers, easily find, browser,
    helps us, help us, pdf,
    monday, tuesday, wednesday, thursday, friday, saturday, sunday, weekdays, our website,
    our newsletter, this website, newsletter, your inbox, use cookies, cookie settings, privacy policy,
    terms of use, our articles, our editorial, editorial policy, our experts continually, our medical reviewers,
    board-certified, board certified, years of experience, specializes in, specialises in, her research,
    his research, graduated from, medical degree, completed her, completed his, residency at, fellowship at,
    fellowship-trained, health writer, medical writer, freelance, journalist, is a writer, has written,
    is the senior author, is the lead author, is the first author, is the corresponding author, is a co-author,
    other co-authors, senior authorship, is a member of,
    is also a member of, is a professor, postdoctoral, supported by grants, supported by a grant, filed a patent,
    media contact, press office, our newsroom, began writing, has been writing, her work has, his work has,
    is passionate about, is an experienced,
    patient handouts,
    produced by, written by, published by, adapted by, endorsed by, information team, another format, another language, large print,
    braille, an interpreter, give feedback, your feedback, 24/7,
    is located, are located, ground floor, first floor, second floor, third floor, day unit, take someone with you,
    take a friend, bring someone with you, bring a friend, your first visit, your visit, a tour of, brief tour,
    recovery room, waiting room, front desk, check in at, written summary, courtesy call, discharge criteria,
    be discharged, escorted to, we encourage, refer yourself, self-refer, our doctors, our nurses, our team,
    our staff, our clinicians, our gps, our pharmacists, book your appointment, appointments available,
    home-care instructions, post-procedure instructions, post-operative instructions, discharge instructions,
    refilled, refill your, refills, set up for delivery, home delivery, delivered to your home,
    more information about, report side effects, reporting side effects, report a side effect,
    your appointment, your appointments, next appointment, next visit, appointments are,
    appointment basis, follow-up appointments, follow-up care, keep track of, keep a list, we have produced, we've produced,
    online community,
    appointments arranged, is run on, take place on, takes place on,
    referrals to the, will be accepted, own transport, transport has to be, transport to and from, free of charge, reporting a side effect,
    report suspected, suspected side effects, yellow card, enquiries, inquiries,
    your caregiver's, keep a journal,
    keep a daily journal, keep a daily log, keep a diary, keep a log, use a journal, use a diary, use a notebook, help your doctor, helps your doctor,
    help your care team, helps your care team, keep a record, keep a short log, symptom log, symptom diary,
    symptom journal, note the severity, record any changes, symptom checker, self-assessment tool,
    find a doctor, find a gp, support services, in your local area, online for guidance, trained adviser,
    trained advisor, health service navigator, go into more detail, goes into more detail,
    list of questions, ask questions, questions to ask, any questions you have, years exp, patient information booklet,
    information booklet, pharmacists can help, pharmacist can help, can advise on, can give advice, can offer advice, high demand,
    busier than usual, waiting times, longer than usual to, supportive care services, to get the results,
    to get your results, results to come back, she might be able to help, he might be able to help,
    they might be able to help, she may be able to help, he may be able to help, they may be able to help,
    we may be able to help, avoid going to, supplied on request, available on request, in an ideal position,
    relevant information on, call will be answered, will be monitored closely, 24 hours a day, 7 days a week, seven days a week, results are back, outpatient appointment,
    out-patient appointment, patient appointment, peak times, may be delayed, health line, provide services,
    via telehealth, your local gp, local pharmacy, local pharmacist, available from your, availability of,
    services are available, inside the box, leaflet that comes with, leaflets you find, voicemail, busy periods,
    management of patients, care for patients, patients who present, patients that present,
    insurance company, insurance companies, insurance plan, insurance plans, insurance provider, insurance
    providers, your insurance, health insurance, your insurer, insurers, covered by insurance, cover the cost,
    covers the cost, cover part of the cost, covers part of the cost, out-of-pocket, co-pay, copay, billing,
    is done at, are done at, is carried out at, are carried out at, under the supervision of, in a hospital or clinic,
    alert card, wallet card, medguide, medication guide, do not share this medicine, do not share your medicine,
    is only for you, written information, read this information, read the information carefully,
    step-by-step process, highest standards of care, highest standard of care, world-class, state-of-the-art,
    carefully customised, carefully customized, has been developed by, was developed by, on behalf of all,
    keep this sheet, keep this card, keep this booklet, keep this handout, keep this page, a copy of your,
    your employer, flexible hours, flexible working, sick leave, sick pay, time off work, take off work,
    time off from work, away from your job, our social workers, social worker can, social workers can,
    social workers help, social worker helps,
    we hope you find this, we hope this leaflet, we hope this information, find this information useful,
    wishing you good health, wish you good health, hope this helps, hope this answers, hope i have answered,
    hope this information helps,
    find this leaflet useful, our aim is to, best possible care, information for patients, relatives and carers,
    the space below, space to write, write notes, printed with support, printed with the support, funded by,
    in the glossary, is on level, are on level, main building, main entrance, parking is, car park, car parking
    """
)
# when a page says it was reviewed or updated: with a date in the sentence, a review line and no claim
REVIEW_LINES = _phrases(
    """
    last reviewed, last updated, last modified, last revised, reviewed on, updated on, was updated, was reviewed,
    were updated, medically reviewed, approved by, editorial board, reviewed by, review date, current as of,
    is published in, was published in, first published in
    """
)
# verbs that send the reader to someone ("Tell your doctor if ...") and whom they send them to; such an
# instruction with no reason, number or treatment in it asserts nothing about health
REFERRAL_VERBS = frozenset(
    _phrases(
        """
        tell, ask, talk, speak, call, contact, notify, inform, let, consult, check, phone, ring, email, report,
        see, discuss, mention
        """
    )
)
REFERRAL_CONTACTS = frozenset(
    _phrases(
        """
        doctor, doctors, nurse, nurses, gp, physician, physicians, pharmacist, provider, providers, team,
        midwife, specialist, hotline, helpline, office, clinic, them, us, dentist, oncologist, consultant,
        surgeon, clinician, clinicians, radiographer, radiographers, dietitian, physiotherapist, therapist,
        number, line, professional, hospital, ward, unit, registrar, department, someone, neurologist,
        cardiologist, dermatologist, urologist, gynaecologist, gynecologist, paediatrician, pediatrician,
        ophthalmologist, optometrist, psychiatrist, psychologist, surgery, practice, pharmacy
        """
    )
)
# words of a reason or a consequence: an instruction that explains itself is a claim
REASON_WORDS = frozenset(_phrases("because, since, so, which, otherwise, as, unless, to avoid, to prevent"))
# where emergency care, not the care team, is named: such instructions are red-flag advice and claims
EMERGENCY_WORDS = frozenset(_phrases("911, 999, 112, 000, 988, 111, ambulance, emergency, a&e"))
MONTHS = frozenset(
    _phrases(
        """
        january, february, march, april, may, june, july, august, september, october, november, december,
        jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec, jan., feb., mar., apr., jun., jul., aug.,
        sep., sept., oct., nov., dec.
        """
    )
)
# what a referral may name and still assert nothing about health: "If you have any questions, call us",
# "In an emergency, call 911", "If you feel your condition is an emergency, go to the nearest emergency room"
GENERIC_CONDITIONS = frozenset(
    _phrases(
        """
        emergency, emergencies, question, questions, concern, concerns, problem, problems, complication,
        complications, worry, worries, worried, unsure, doubt, anything, issue, issues, condition, criterion,
        criteria, help, advice, information, unexpected, special, experience, feel, think, meet, need, needs,
        encourage, nearest, local, room, department, services, service, immediately, right, away, straight,
        now, urgently, promptly, please, designee, number, free, hesitate, like, want, day, night, time, hour,
        hours, side, effect, effects, serious, symptom, symptoms, sign, signs, following, listed, unwell, ill,
        sick, worse, taking, using, bother, bothers, concerned, online, website, phone, telephone, crisis,
        feeling, very, near, nearby, closest, reach, severe, persistent, ongoing, troublesome, immediate, medical,
        attention, professional, notice, develop, remember, vital, essential, important, occur, occurs, other,
        below, above, health, warning, assistance, guidance, sure, urgent, non, life, threatening, appointment,
        improving, improve, improves, better, settle, settling
        """
    )
)
# who runs a visit and what they do for you: "Your nurse will check ...", "We will call you the next day"
CARE_TEAM_SUBJECTS = frozenset(
    _phrases(
        """
        we, staff, nurse, nurses, doctor, doctors, physician, physicians, surgeon, team, center, centre,
        hospital, clinic, office, someone, member, pharmacist, they, he, she, coordinator, caregiver, provider,
        adviser, advisor, radiographer, radiographers, oncologist, therapist, dietitian, specialist, consultant,
        oncologists, therapists, dietitians, specialists, consultants, pharmacists, providers, coordinators
        """
    )
)
# what the care team can offer the reader, with no health fact in it: "Your nurse can suggest ways to cope"
OFFER_VERBS = frozenset(
    _phrases(
        """
        help, suggest, advise, offer, provide, assist, support, refer, connect, answer, explain, discuss, talk,
        arrange, recommend
        """
    )
)
# the help on offer, in general words: "ways to manage it", "referrals", "support and options"
OFFERED = frozenset(
    _phrases(
        """
        ways, way, options, option, support, help, advice, referral, referrals, information, tips, ideas, strategies,
        things, manage, managing, management, cope, coping, deal, dealing, assist, symptoms, symptom, concerns,
        concern, questions, question, problems, problem, worries, needs, services, resources, plan, next, steps
        """
    )
)
LOGISTICS_VERBS = frozenset(
    _phrases(
        """
        give, provide, review, check, call, contact, explain, answer, talk, discuss, show, schedule, arrange,
        send, meet, ask, help, tell, go, make, let, greet, escort, introduce, walk, take, see, phone, ring,
        text, email, remind, visit, consult, refer, connect, draw, organise, organize, examine, do, teach
        """
    )
)
# "you will be <done to>": a step of the visit, not an effect on health
VISIT_PASSIVES = frozenset(
    _phrases(
        """
        transferred, given, taken, escorted, discharged, asked, shown, called, contacted, seen, moved, met,
        weighed, offered, told, greeted, registered, admitted, sent, brought, introduced, assigned
        """
    )
)
# what the care team does to the reader at a visit, said in the passive: "your skin will be checked by ..."
CHECK_PASSIVES = frozenset(
    _phrases("checked, examined, reviewed, monitored, assessed, measured, visited, followed, looked")
)
# who "our ..." names when a page describes its own service
SERVICE_PEOPLE = frozenset(
    _phrases(
        """
        nurses, nurse, doctors, doctor, team, teams, staff, specialists, clinicians, pharmacists, pharmacist,
        physicians, surgeons, experts, consultants, therapists, dietitians, counsellors, counselors, volunteers,
        advisers, advisors, coordinators, clinics, centres, centers, service, services, program, programs,
        programme, programmes
        """
    )
)
# what research found: a sentence reporting it is a claim whatever service or visit words it also holds
FINDINGS = _phrases(
    """
    studies show, studies have shown, studies suggest, studies found, a study found, research shows,
    research has shown, research suggests, researchers found, evidence shows, evidence suggests, trials show,
    trials have shown, data show, data suggest
    """
)
# words naming a symptom, a condition or an outcome: a sentence holding one says something about health,
# so service, visit and page-pointer words do not void it ("Our nurses see neuropathy improve within a year")
CONDITION_WORDS = _phrases(
    """
    pain, painful, fever, infection, infections, inflammation, swelling, rash, itching, nausea, vomiting,
    diarrhoea, diarrhea, constipation, bleeding, fatigue, tired, tiredness, dizziness, neuropathy, numbness,
    tingling, cancer, cancers, tumour, tumor, disease, diseases, diabetes, asthma, stroke, dementia,
    depression, anxiety, flu, influenza, deadly, fatal, death, deaths, die, dies, survival, recover, recovery,
    heal, heals, healing, improve, improves, worsen, worsens, harmful, dangerous, life-threatening, relapse,
    cure, cures, cured, rare, common
    """
)

# labels of a page's metadata printed over their values ("Article Author:" / "Marco Ruschel"): a lead-in
# ending in one of these heads no claims
METADATA_LABELS = _phrases(
    """
    author, authors, article author, editor, editors, article editor, contributor, contributors, updated,
    last updated, published, pubmed link, cme, citation, cite this, doi, affiliations, affiliation
    """
)

# headings of an abstract page's index sections: the terms listed under them are metadata, not claims
INDEX_TERM_HEADINGS = frozenset(
    _phrases(
        """
        mesh terms, mesh, publication types, publication type, substances, chemicals, keywords, key words,
        supplementary concepts, grants and funding, grant support, associated data, related information,
        linkout - more resources, similar articles, cited by, comment in, erratum in, secondary source id
        """
    )
)

# an instruction that only defers to the care team's own directions: "Take all medicines as directed."
DEFERRING = _phrases(
    """
    as directed, directed by your, as prescribed, prescribed by your, as instructed, instructed by your,
    feels this is needed, feels it is needed, thinks this is needed, thinks it is needed, feels this is necessary,
    feels it is necessary, thinks this is necessary, thinks it is necessary, decides this is needed,
    decides it is needed, says this is needed, says it is needed
    """
)

# how the reader may feel and where they find hope or support: coping talk, not a finding about health
COPING = _phrases(
    """
    feel overwhelming, feel overwhelmed, feel daunting, feel scary, feel frightening, a lot to take in,
    stressful time, difficult time, hard time, upsetting time, changes your life, change your life,
    gives you hope, brings you hope, give you hope, bring you hope, sense of hope, find hope,
    help and support, support you need, support they need, accept their support, accept their help,
    accept help, information you need, information you'll need, information you will need
    """
)
