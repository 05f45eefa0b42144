"""One test per attribution rule, on short inline texts written for the purpose (synthetic, new
wording: none of these sentences is in the gold set)."""
from __future__ import annotations

from conftest import annotate_text


def rows(raw: str, params):
    _, article, quotes = annotate_text(raw, params)
    return article, quotes


def test_pronoun_after_a_named_person_with_appositive_is_that_person(params):
    raw = ("A Russian gunner told his sister in an intercepted call that his battery had no shells.\n"
           "“We fire twice a day,” he said.\n"
           "Petro Danylenko, a Lviv-based artillery analyst, said the call matched other evidence. "
           "“The rationing is real,” he said.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["A Russian gunner", "Petro Danylenko"]
    assert quotes[1]["speaker_role"] == "other" and quotes[1]["call_id"] is None


def test_she_after_a_female_first_name_is_that_woman(params):
    raw = ("A Russian soldier called his mother in an intercepted call. “Mama, I am fine,” the soldier said.\n"
           "Oksana Melnyk, a volunteer in Kharkiv, listened to the recording.\n"
           "“I felt nothing for him,” she said.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Oksana Melnyk"


def test_agency_acronym_resolves_to_the_full_name(params):
    raw = ("Ukraine's Security Service has released an intercepted call of a Russian conscript.\n"
           "The SBU said the call showed “total chaos” in the unit.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Ukraine's Security Service" and quotes[0]["speaker_role"] == "intelligence_agency"


def test_russian_service_acronym_never_resolves_to_a_ukrainian_one(params):
    raw = ("Ukraine's Security Service released an intercepted call.\n"
           "The FSB called the recording “a provocation”.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] != "Ukraine's Security Service"


def test_kin_words_in_one_call_are_one_person(params):
    raw = ("In an intercepted call, a Russian sapper speaks to his wife.\n"
           "“Come home,” the sapper's wife says.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "his wife"


def test_a_name_given_to_a_described_person_becomes_the_speaker(params):
    raw = ("A Russian soldier identified by the SBU as Ivan Sorokin called his father in an intercepted call.\n"
           "“We are surrounded,” Sorokin says.\n"
           "His father, named in the recording as Pavel Sorokin, replies: “Then surrender.”\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Ivan Sorokin", "Pavel Sorokin"]
    assert [q["speaker_role"] for q in quotes] == ["soldier", "relative"]


def test_kin_word_followed_by_a_name_is_that_named_person(params):
    raw = ("In an intercepted call, a Russian driver rang his sister Alla Petrova.\n"
           "His sister asks: “Are you hurt?”\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Alla Petrova"


def test_the_man_refers_back_to_the_soldier(params):
    raw = ("A 19-year-old Russian rifleman, in an intercepted call, tells his aunt about the cold.\n"
           "“We sleep in the snow,” the man says.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "A 19-year-old Russian rifleman"


def test_the_russian_as_a_noun_is_the_soldier(params):
    raw = ("In an intercepted call a Russian marine tells his brother about the losses.\n"
           "“Half of us are gone,” the Russian says.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "a Russian marine"


def test_headline_without_article_is_the_first_mention(params):
    raw = ("Russian tankman: 'We have no fuel'\n"
           "A Russian tankman has told his wife in an intercepted call that his unit has no fuel.\n"
           "“We have no fuel, we walk,” he said.\n")
    _, quotes = rows(raw, params)
    assert {q["speaker"] for q in quotes} == {"Russian tankman"}


def test_quote_after_what_clause_belongs_to_the_main_subject(params):
    raw = "In an intercepted call, a Russian gunner tells his mother what his sergeant said: “He said we would be home by May.”\n"
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "a Russian gunner"


def test_fragment_belongs_to_the_sentence_subject_not_a_following_clause(params):
    raw = ("Olha Savchuk, Ukraine's deputy interior minister, said the recording exposed the “myths” Moscow spreads.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Olha Savchuk"


def test_according_to_later_in_the_sentence(params):
    raw = ("The regiment had been “cut to pieces” in two weeks, according to Bohdan Lys, who spoke to reporters.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Bohdan Lys"


def test_a_paragraph_announcing_the_quote_gives_its_speaker(params):
    raw = ("Ukraine's military intelligence published the call. “It shows the mood,” the agency said.\n"
           "In the recording, the soldier, who says he is a driver, describes an ambush on his convoy.\n"
           "“They hit the first truck and then the last one. Nobody could move.”\n")
    article, quotes = rows(raw, params)
    assert quotes[-1]["speaker_role"] == "soldier" and quotes[-1]["speaker"] != "Ukraine's military intelligence"


def test_a_reported_question_is_answered_by_the_other_person(params):
    raw = ("In an intercepted call, a Russian soldier tells his mother: “We have nothing to eat.”\n"
           "His mother asks him whether the officers know.\n"
           "“They know everything and do nothing.”\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "a Russian soldier"


def test_dialogue_turns_alternate_after_a_question_and_a_vocative(params):
    raw = ("In an intercepted call, a Russian soldier named Roman Titov speaks to his mother.\n"
           "“Are you eating?” his mother asks.\n"
           "“Sometimes, Mama. Not every day.”\n"
           "“Roman, come home.”\n"
           "“I can't. They will shoot me.”\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["his mother", "Roman Titov", "his mother", "Roman Titov"]
    assert [q["attribution_method"] for q in quotes[1:]] == ["dialogue_turn"] * 3


def test_statement_after_a_narrated_turn_continues_the_same_speaker(params):
    raw = ("In an intercepted call, a Russian soldier speaks to his wife.\n"
           "“Are you cold?” she asks.\n"
           "He tells her they have found a stove in a cellar. “We burn tyres to keep warm,” he says.\n"
           "“The smoke gives us away to the drones.”\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "a Russian soldier" and quotes[-1]["attribution_method"] == "previous_speaker"


def test_line_after_bare_dialogue_lines_is_the_other_participants_turn(params):
    raw = ("In an intercepted call, a Russian soldier speaks to his wife.\n"
           "“The drones hunt anything that moves,” the soldier says.\n"
           "“Then stay in the dugout,” his wife answers.\n"
           "“I do. We all do. We sit there like moles.”\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "a Russian soldier" and quotes[-1]["attribution_method"] == "dialogue_turn"


def test_pronoun_inside_a_quote_is_not_the_quotes_own_speaker(params):
    raw = ("Marta Koval, a researcher, recalled how a soldier's widow heard the recording. "
           "“She phoned us. She said, 'That is my husband.'”\n")
    _, quotes = rows(raw, params)
    nested = [q for q in quotes if q["nesting_depth"] == 1]
    assert nested and nested[0]["speaker"] != "Marta Koval"


def test_listing_of_calls_separates_callers(params):
    raw = ("Ukraine's intelligence service has released three intercepted phone calls.\n"
           "In the first, a Russian soldier tells his father: “We have no boots.”\n"
           "In another call, a Russian marine tells his brother: “We have no food.”\n"
           "A conscript told his mother: “We have no officers.”\n")
    article, quotes = rows(raw, params)
    assert len(article["calls"]) == 3
    assert [q["call_id"] for q in quotes] == [c["call_id"] for c in article["calls"]]


def test_lede_quote_joins_the_first_call_and_commenters_stay_outside(params):
    raw = ("A Russian soldier has complained of “endless assaults” in a call intercepted by Ukraine's SBU.\n"
           "“Nobody comes back,” the soldier says in the recording.\n"
           "“They send them in waves,” said a Ukrainian platoon commander who fights nearby.\n"
           "The ministry called the reports “nonsense”.\n")
    article, quotes = rows(raw, params)
    call1 = article["calls"][0]["call_id"]
    assert [q["call_id"] for q in quotes] == [call1, call1, None, None]


def test_qa_interview_quotes_inside_answers_belong_to_the_people_reported(params):
    raw = ("Ukraine's intelligence service has published hundreds of intercepted phone calls. We spoke to a linguist.\n"
           "Q: What do the soldiers talk about?\n"
           "A: Food, mostly. One private told his mother: “We eat once a day, Mama.” That is typical.\n"
           "Q: And the officers?\n"
           "A: They are hated. A sergeant told his wife: “The colonel sold our fuel.”\n")
    article, quotes = rows(raw, params)
    assert [q["text"] for q in quotes] == ["We eat once a day, Mama.", "The colonel sold our fuel."]
    assert [q["speaker"] for q in quotes] == ["One private", "A sergeant"]
    assert len({q["call_id"] for q in quotes}) == 2


def test_scare_quote_inside_a_quote_is_the_quoting_speakers_word(params):
    raw = ("In an intercepted call, a Russian gunner tells his wife about an execution squad.\n"
           "“The 'cleaning' team was waiting for them,” he says.\n")
    _, quotes = rows(raw, params)
    nested = [q for q in quotes if q["nesting_depth"] == 1][0]
    assert nested["speaker"] == "a Russian gunner" and nested["attribution_method"] == "inherited"


def test_place_after_near_is_not_a_person(params):
    raw = ("In an intercepted call recorded near Siversk, a Russian signaller tells his wife the trenches are flooded.\n"
           "“We sleep in water,” he says.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "a Russian signaller"


def test_reply_to_a_question_is_the_other_participants(params):
    raw = ("In an intercepted call, a Russian driver speaks to his older brother.\n"
           "“They burned the trucks,” the driver says.\n"
           "“Are you hurt?” his brother asks.\n"
           "“Only my ears,” he replies.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "a Russian driver"


def test_name_given_only_as_a_first_name_or_call_sign(params):
    raw = ("A Ukrainian drone operator, who gave only his first name, Taras, watched the convoy.\n"
           "“They drove straight into the field,” he said.\n"
           "A platoon commander who goes by the call sign Lynx told reporters the same.\n"
           "“We saw it all,” he said.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Taras", "Lynx"]


def test_speaker_noun_phrase_keeps_its_origin_and_titles_are_dropped(params):
    raw = ("In an intercepted call, a driver from a Russian supply unit tells his wife the road is mined.\n"
           "“Nobody drives at night,” the driver says.\n"
           "“These are fakes,” ministry spokesman Major General Ivan Orlov said.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["a driver from a Russian supply unit", "Ivan Orlov"]


def test_names_given_in_other_words(params):
    raw = ("In an intercepted call, a soldier who identifies himself only as Tolya tells his cousin the guns are silent.\n"
           "“We have no shells at all,” he says.\n"
           "The agency later named the officer as Pavel Ryzhov. “Hold the line,” the officer tells his men.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Tolya", "Pavel Ryzhov"]


def test_which_clause_between_an_agency_and_its_verb(params):
    raw = ("The SBU, which posted the recording on Telegram, said the unit had suffered “catastrophic” losses.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "The SBU"


def test_fragment_in_a_clause_reported_by_the_main_subject(params):
    raw = ("In the recording, Major Oleg Fomin also says several men in his battalion have asked to transfer "
           "because “at least there they get paid.”\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Oleg Fomin"


def test_inverted_subject_is_the_next_pronouns_referent(params):
    raw = ("In an intercepted call, a Russian driver tells his wife the trucks are gone. “We walk now,” he says.\n"
           "The shortages are chronic, said Mikko Laine, a researcher at a Helsinki institute, but worse this year.\n"
           "“Fuel is stolen long before it reaches the front,” he said.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Mikko Laine"


def test_the_other_man_is_the_participant_who_did_not_speak_last(params):
    raw = ("In an intercepted call, a Russian marine who calls himself Fedya speaks to a fellow marine in hospital.\n"
           "“They value the boats more than us,” Fedya says.\n"
           "The other man laughs. “Then pretend to be a boat,” he says.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Fedya", "a fellow marine"]


def test_a_clause_subject_after_a_comma_is_not_an_appositive_of_a_place(params):
    raw = "In an intercepted call released by Kyiv, a Russian sergeant says: “Our own guns hit us.”\n"
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "a Russian sergeant"


def test_fragment_in_a_sentence_without_a_cue_belongs_to_its_subject(params):
    raw = ("A Russian marine complained to his mother about rations in an intercepted call.\n"
           "“We eat once a day,” the marine said.\n"
           "Slovakia, which has blocked two aid packages this year, last month called the talks “premature”.\n"
           "Drones have made the “kill zone” wider, and nobody walks there by day.\n")
    _, quotes = rows(raw, params)
    by_text = {q["text"]: q for q in quotes}
    assert by_text["premature"]["speaker"] == "Slovakia" and by_text["premature"]["speaker_role"] == "official"
    assert by_text["premature"]["attribution_method"] == "sentence_subject"
    # the reporter's own term: no verb of saying in the sentence, so no speaker is invented
    assert by_text["kill zone"]["speaker"] is None


def test_fragment_inside_the_subjects_relative_clause(params):
    raw = ("A Russian tank driver told his brother that his crew had no fuel, in a call intercepted by Ukraine.\n"
           "“We push the tank,” he said.\n"
           "Moscow, which describes the fighting as a “limited operation”, did not comment on the call.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Moscow"


def test_an_abbreviated_month_does_not_end_the_sentence(params):
    raw = ("A Russian sapper told his wife his unit was retreating, according to a call released by Ukraine.\n"
           "“We leave tonight,” the sapper said.\n"
           "The Defense Ministry in Moscow claimed on Sept. 3 that its troops had “stabilised” the line.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "The Defense Ministry in Moscow"


def test_what_x_calls_gives_the_naming_subject(params):
    raw = ("A Russian signaller told his girlfriend in an intercepted call that deserters are punished.\n"
           "The signaller also says that men who refuse orders are locked in what officers call the “box”.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "officers"


def test_a_coordinated_verb_shares_the_sentence_subject(params):
    raw = ("A Russian medic told his father that the wounded wait for days, in a call released by Kyiv.\n"
           "“Nobody comes for them,” the medic said.\n"
           "Anna Kowalska, a researcher at a Warsaw think tank, said the losses had been replaced by a wave of volunteers "
           "lured by bonuses, but warned that the pool of recruits was “shrinking fast”.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Anna Kowalska"


def test_a_bare_standfirst_person_is_the_headline_person(params):
    raw = ("Russian paratrooper tells wife ‘we are starving’ in intercepted call\n\n"
           "Soldier says his unit has not been fed for four days\n\n"
           "A Russian paratrooper has told his wife that his unit has had no food for days, according to a recording "
           "released by Ukraine.\n\n"
           "“We eat what we find in the cellars,” the soldier says.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Russian paratrooper"


def test_a_reply_to_a_question_told_in_narration_is_the_other_participant(params):
    raw = ("A Russian sapper speaks to his father in a call intercepted by Ukraine.\n\n"
           "“They give us no mine detectors,” the sapper says.\n\n"
           "His father asks how many men from his platoon are still alive.\n\n"
           "“Four. Maybe three by tomorrow,” he replies.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "A Russian sapper"


def test_a_participle_phrase_belongs_to_the_speaker_noun_phrase(params):
    raw = ("Ukraine's Security Service released a call in which a Russian conscript begs his mother for money.\n"
           "A NATO official familiar with the assessment, who asked not to be named, said the call was typical.\n"
           "“Morale is poor,” the official said.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "A NATO official familiar with the assessment"


def test_a_home_town_phrase_belongs_to_the_speaker_noun_phrase(params):
    raw = ("In an intercepted call, a Russian driver talks to a friend from his home town of Kineshma.\n"
           "“Why did you sign?” the friend asks.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "a friend from his home town of Kineshma"


def test_an_identifying_description_names_the_person(params):
    raw = ("In a second call, a soldier identified by the SBU only as a private from the Omsk region tells his mother "
           "that his unit is surrounded.\n"
           "“There is no way out,” the soldier says.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "a private from the Omsk region"


def test_an_agency_acronym_takes_its_description(params):
    raw = ("A Russian officer complains about shells in a call released by Ukraine's SBU spy agency.\n"
           "The SBU said the recording showed “a collapse of supply”.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Ukraine's SBU spy agency"


def test_a_general_named_inside_a_quote_speaks_the_nested_quote(params):
    raw = ("In an intercepted call, a Russian sergeant tells his brother about a visit from a general.\n"
           "“The general walked the trench and said, ‘Dig deeper, it is free.’ Then he drove off,” the sergeant says.\n"
           "In general, such visits are rare, analysts say.\n")
    _, quotes = rows(raw, params)
    nested = [q for q in quotes if q["nesting_depth"] == 1]
    assert nested and nested[0]["speaker"] == "a general"


def test_a_headline_pronoun_before_any_name_is_the_first_person_of_the_lede(params):
    raw = ("Kremlin soldier’s wife begs him to surrender as he fumes ‘we are cannon fodder’\n\n"
           "Artyom Belov, 27, told his wife his unit had been sent forward without armour\n\n"
           "A RUSSIAN soldier has told his wife he is being used as cannon fodder, in a call released by Ukraine.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Artyom Belov"


def test_headline_and_standfirst_introductions_are_one_protagonist(params):
    raw = ("A Russian soldier phoned his mother from a trench. Kyiv recorded it.\n\n"
           "In a call released by Ukraine, a Russian corporal says his unit has been left without water.\n\n"
           "“We drink from the river,” he tells his mother.\n\n"
           "Ukraine's intelligence service identified the soldier as Cpl. Pavel Surkov, 24, from Tula.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Pavel Surkov"


def test_named_the_woman_on_the_call_as_names_her(params):
    raw = ("Russian mother in intercepted call: ‘Do not sign anything’\n\n"
           "A Russian conscript told his mother he was pressed to sign a contract, in a call released by the SBU.\n\n"
           "“Do not sign anything,” she said.\n\n"
           "The SBU named the woman on the call as Vera Sokolova, a teacher from Ryazan.\n")
    _, quotes = rows(raw, params)
    assert {q["speaker"] for q in quotes} == {"Vera Sokolova"}


def test_the_name_of_the_man_after_a_colon_names_him(params):
    raw = ("A Russian sergeant told his wife his platoon walked into a minefield, according to a call released by Ukraine.\n\n"
           "“Five men stepped on mines,” he said.\n\n"
           "The agency also released the name of the man it says is speaking: Sgt. Oleg Varlamov, 33, of Tver.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Oleg Varlamov"


def test_abbreviated_american_ranks_before_a_name_are_titles_not_names(params):
    # AP style writes "Pvt.", "Jr. Sgt.", "Sr. Lt.": the full stop ends the token, so each rank used to be
    # read as a one-word name that took the identification away from the man
    for rank in ("Pvt.", "Jr. Sgt.", "Sr. Lt.", "Pfc.", "Brig. Gen."):
        raw = ("A Russian soldier complained to his wife that his unit had not been fed for days, in a call "
               "released by Ukraine's security service on Tuesday.\n\n"
               "“We eat what we find in the cellars,” the soldier said.\n\n"
               f"The SBU identified the soldier as {rank} Gleb Tarasenko, 29, from the Kursk region.\n")
        _, quotes = rows(raw, params)
        assert quotes[0]["speaker"] == "Gleb Tarasenko", rank
        assert quotes[0]["speaker_role"] == "soldier", rank


def test_a_quantified_description_is_not_a_pronouns_antecedent(params):
    # "every man in his unit" is nobody in particular: the pronoun goes back to the one who tells
    for quantifier in ("every", "each"):
        raw = ("A Russian paratrooper has complained about his rations in a call released by Ukraine's military "
               "intelligence agency.\n\n"
               f"In the recording, the paratrooper tells his cousin that {quantifier} man in his platoon got one tin "
               "of meat for three days.\n\n"
               "“We eat the tin on the first day and then we look at each other,” he says.\n")
        _, quotes = rows(raw, params)
        assert quotes[0]["speaker"] == "A Russian paratrooper", quantifier


def test_a_capitalised_role_noun_before_a_name_is_not_part_of_the_name(params):
    # "Volunteer Valentyna Horbenko": the surname quoted later goes back to the name without the role noun
    for noun in ("Volunteer", "Lawyer"):
        raw = ("A Russian soldier told his mother that he had been held in a pit, according to a call released by Ukraine.\n\n"
               f"{noun} Marharyta Stelmakh, who helps families find missing men, said such cases were common.\n\n"
               "“We hear about the pits every week,” Stelmakh said.\n")
        _, quotes = rows(raw, params)
        assert quotes[0]["speaker"] == "Marharyta Stelmakh", noun


def test_a_person_introduced_after_a_question_is_not_its_answerer(params):
    # the pronoun after a question goes to the other side of the call, unless the next paragraph
    # introduces a new person ("In another, a paratrooper ... tells"), who is then the one speaking
    raw = ("Ukraine's military intelligence agency has released two calls about unpaid bonuses.\n\n"
           "In the first, a soldier from the Tver region tells his wife that his bonus never arrived.\n\n"
           "“Did you ask the commander?” his wife asks.\n\n"
           "In another, a paratrooper on the Dnipro river tells his mother that his commander takes a cut.\n\n"
           "“If you don’t pay, you go on the next assault,” he says.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "a paratrooper on the Dnipro river"


def test_a_named_place_after_a_person_belongs_to_the_description(params):
    for place in ("on the Dnipro river", "in the Kursk region", "on the Zaporizhzhia front"):
        raw = ("A Russian soldier has complained about his pay in a call released by Ukraine.\n\n"
               f"A Ukrainian commander {place} told reporters that such calls were common.\n\n"
               "“They complain about money more than about the shelling,” he said.\n")
        _, quotes = rows(raw, params)
        assert quotes[0]["speaker"] == f"A Ukrainian commander {place}", place
    # a weekday or an unnamed place is not part of who is meant
    for place in ("in the trenches", "on Tuesday"):
        raw = ("A Russian soldier has complained about his pay in a call released by Ukraine.\n\n"
               f"“They complain about money more than about the shelling,” said a Ukrainian commander {place}.\n")
        _, quotes = rows(raw, params)
        assert quotes[0]["speaker"] == "a Ukrainian commander", place


def test_a_first_name_after_a_kin_word_names_the_relative(params):
    raw = ("A Russian gunner begged his mother for money in a call intercepted by Ukraine.\n\n"
           "“Send what you can,” he said.\n\n"
           "“I will sell the car,” his mother replied.\n\n"
           "Reporters later reached a woman in Kursk who said she was his mother, Nadezhda.\n")
    _, quotes = rows(raw, params)
    assert quotes[1]["speaker"] == "Nadezhda"


def test_an_adjective_before_a_demonym_stays_in_the_noun_phrase(params):
    raw = ("A frightened Russian conscript has told his father that his unit is surrounded, in a call released by Ukraine.\n"
           "“We have no way back,” the conscript said.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "A frightened Russian conscript"


def test_a_headline_possessor_is_the_first_mention_of_the_soldier(params):
    raw = ("Russian gunner’s wife hears him say ‘we are finished’ in intercepted call\n\n"
           "A Russian gunner has told his wife that his battery has run out of shells, according to Ukraine.\n\n"
           "“We are finished here,” he says.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Russian gunner"


def test_a_noun_between_two_heads_makes_one_institution(params):
    raw = ("A Russian conscript's mother says her son was sent to the front, in a call released by Ukraine.\n"
           "The regional enlistment office said he was “serving with honour”.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "The regional enlistment office"


def test_a_spokesperson_takes_the_body_they_speak_for(params):
    raw = ("Ukraine's Security Service released a call in which a Russian marine asks his brother for money.\n"
           "“The call is authentic,” a spokeswoman for the service said.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "a spokeswoman for the service"


def test_a_spokesperson_takes_the_role_of_the_body_not_the_rank(params):
    raw = ("A Russian sapper told his wife that his unit had no mine detectors, in a call released by Ukraine.\n"
           "“The calls show the same shortage everywhere,” said Major Petro Lysyi, a spokesman for the 47th Brigade.\n"
           "“We hear it every day,” said Colonel Ivan Dudko, a spokesman for the SBU.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker_role"] for q in quotes] == ["military_unit", "intelligence_agency"]


def test_an_analyst_with_a_military_rank_is_a_commentator(params):
    raw = ("A Russian sapper told his wife that his unit had no mine detectors, in a call released by Ukraine.\n"
           "“That is a sign of a broken supply chain,” defence analyst Colonel Mark Reddie told the paper.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker_role"] == "other"


def test_a_named_caller_and_the_person_he_talks_to_get_call_roles(params):
    raw = ("In an intercepted call released by Ukraine, Ilya Semyonov tells Marina that his unit has not been paid.\n\n"
           "“They promised the money in March,” Semyonov says.\n\n"
           "“Then come home,” Marina replies.\n")
    _, quotes = rows(raw, params)
    assert [(q["speaker"], q["speaker_role"]) for q in quotes] == [("Ilya Semyonov", "soldier"), ("Marina", "relative")]


def _call_numbers(quotes):
    return [int(q["call_id"].rsplit("call", 1)[1]) if q["call_id"] else None for q in quotes]


def test_an_ordinal_standing_for_the_calls_opens_the_next_call(params):
    raw = ("Ukraine's Security Service has published intercepted calls of Russian soldiers complaining about fuel.\n\n"
           "In one, a Russian driver tells his father that the trucks have stood empty for a week.\n\n"
           "“We carry the shells by hand,” the driver says.\n\n"
           "In the second, a man the SBU identified as Pavel Gusev tells his wife that his commander sold the diesel.\n\n"
           "“He sold it to the locals,” Gusev says.\n")
    _, quotes = rows(raw, params)
    assert _call_numbers(quotes) == [1, 2]


def test_the_same_soldier_in_a_second_call_belongs_to_that_call(params):
    raw = ("Ukraine's military intelligence has released two intercepted calls made by a Russian captain, Ilya Markin.\n\n"
           "In the first call, Markin speaks to a sergeant in his company.\n\n"
           "“Bandage them and send them forward,” Markin says.\n\n"
           "In the second call, made the next morning, Markin tells his wife that his company has the best figures.\n\n"
           "“The colonel praised me today,” Markin says.\n")
    _, quotes = rows(raw, params)
    assert _call_numbers(quotes) == [1, 2]


def test_the_reporters_interview_after_the_call_is_outside_it(params):
    raw = ("A Russian paratrooper has told his mother that his unit is starving, in a call released by Ukraine's SBU.\n\n"
           "“We eat snow,” he says.\n\n"
           "“I will send food,” his mother says.\n\n"
           "Reached by phone on Friday, his mother, Olga Rybina, confirmed the voice on the recording was her son's.\n\n"
           "“I knew it at once,” she said.\n")
    _, quotes = rows(raw, params)
    assert _call_numbers(quotes) == [1, 1, None]


def test_the_man_is_the_soldier_not_his_father(params):
    raw = ("In an intercepted call released by Ukraine, a Russian gunner tells his father that the shells have run out.\n\n"
           "“Is the commander helping?” his father asks.\n\n"
           "“The commander sleeps in a house with a stove,” the man answers.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "a Russian gunner"


def test_a_person_named_by_age_is_the_person_of_that_age(params):
    raw = ("Russian soldier Oleg Tarasov, 41, told his wife his company had no food, in a call released by the SBU.\n\n"
           "Tarasov can be heard describing how his sergeant sold the rations.\n\n"
           "“Eat less,” the sergeant told the men, according to the recording.\n\n"
           "“He sold everything, even the tea,” the 41-year-old said.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Oleg Tarasov"


def test_a_headline_quote_repeated_in_the_body_takes_the_body_speaker(params):
    raw = ("‘We sleep in the snow’: Russian troops complain of cold in intercepted calls\n\n"
           "Ukraine's intelligence service has published calls in which Russian soldiers complain about the winter.\n\n"
           "In one, a soldier from the Altai region tells his wife that his unit has no tents.\n\n"
           "“We sleep in the snow. Nobody brought the tents,” he says.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["attribution_method"] == "repeated_quote"
    assert quotes[0]["speaker"] == quotes[1]["speaker"] == "a soldier from the Altai region"


def test_a_quote_ending_its_sentence_inside_the_marks_ends_the_sentence(params):
    raw = ("A Russian tank driver complained to his brother about shells, in a call released by Ukraine.\n"
           "Moscow's defence ministry has called such reports “absurd.” Kyiv has accused Moscow of “hiding” its losses.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Kyiv"



def test_the_full_name_index_agrees_with_the_per_surname_search():
    # the one-pass index used on the hot path must find what the reference search finds
    import re as _re
    from interceptnews.transforms.attribution import Attributor
    from interceptnews.transforms.mentions import full_name_before
    from interceptnews.transforms.quotes import find_quotes
    text = ("Col. Viktor Hrytsenko and Major Stanislav Orekhov met John F. Kennedy Jr in Kyiv. The Hrytsenko file, "
            "said Anna Maria Kowalska, names Orekhov twice. Hrytsenko, Kowalska and Kennedy declined to comment. "
            "In Kyiv, Olena Hrytsai said nothing; Hrytsai left.")
    spans = [(0, len(text))]
    att = Attributor(text, spans, find_quotes(text, spans), 12, 2)
    for m in _re.finditer(r"\b[A-Z][a-z]+\b", text):
        assert att._full_name_before(m.group(0), m.start()) == full_name_before(att.masked, m.group(0), m.start())


def test_a_participle_cue_shares_the_sentence_subject(params):
    raw = ("A conscript from Tula spends most of a call to his brother complaining that leave is “a rumour”.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "A conscript from Tula"


def test_a_parenthetical_cue_names_the_speaker_of_the_sentence(params):
    raw = ("A Russian soldier complained to his wife about his commander, in a call released by Ukraine.\n"
           "Some of the recordings, notes a Western intelligence official, are “suspiciously tidy”.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "a Western intelligence official"


def test_descriptions_with_a_named_body_and_a_place(params):
    raw = ("In another call, an officer in a mortar battery near Bakhmut tells his father that the phones were taken.\n"
           "“He drowned them in a bucket,” the officer says.\n"
           "“Every call is a target,” wrote the founder of Rybar Digest, a pro-war channel.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["an officer in a mortar battery near Bakhmut", "the founder of Rybar Digest"]


def test_an_acronym_in_an_appositive_and_a_name_after_its_owner(params):
    raw = ("A Russian gunner told his wife that half the shells were duds, in a call released by Ukraine.\n"
           "Mark Fenwick, a former U.S. Army artillery officer, told reporters: “A dud rate like that is plausible.”\n"
           "Sky News's Laura Bright, reporting from Kyiv, said the call had spread fast. “Everyone shared it,” she said.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Mark Fenwick", "Laura Bright"]


def test_a_reply_after_a_named_soldiers_relative_asks_is_the_soldier(params):
    raw = ("In an intercepted call, Pavel Rudenko, a Russian paratrooper, talks to his mother.\n\n"
           "“We hold the village,” Rudenko says.\n\n"
           "A Ukrainian intelligence officer based near Sumy said the call was authentic. "
           "“We hear this every day,” he said.\n\n"
           "Before the call ends, Rudenko’s mother asks whether she can send him anything.\n\n"
           "“Socks,” he says.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Pavel Rudenko"


def test_a_named_interviewee_without_a_role_is_outside_the_call(params):
    raw = ("In an intercepted call released by Ukraine, a Russian soldier tells his mother that his unit has no water.\n\n"
           "“We drink from puddles,” he says.\n\n"
           "Marta Kovalenko translates such calls for a volunteer group in Lviv.\n\n"
           "“You hear the same complaints every week,” Kovalenko said.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["call_id"] is not None and quotes[-1]["call_id"] is None


def test_a_parenthetical_acronym_between_subject_and_verb(params):
    raw = ("A Russian marine told his mother that his unit was surrounded, in a call released by Ukraine.\n"
           "The Russian Ministry of Defence (MoD) claimed on Monday that its forces had “stabilised” the front.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "The Russian Ministry of Defence"


def test_a_plea_told_in_narration_is_answered_by_the_other_participant(params):
    raw = ("In an intercepted call released by Ukraine, a Russian gunner talks to his mother about surrendering.\n\n"
           "“Nobody here will stop me,” he says.\n\n"
           "Oleksandr Hrytsak, a spokesman for Ukraine's prisoner-of-war headquarters, said such calls were common. "
           "“They ask us how to surrender,” he said.\n\n"
           "Later in the call, the soldier’s mother begs him to “think of the children”.\n\n"
           "“I am thinking of them,” he says.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "a Russian gunner"


def test_names_do_not_cross_paragraphs_and_a_place_after_from_is_not_a_person(params):
    raw = ("A soldier from Nizhny Novgorod told his wife that leave was cancelled, in a call released by the SBU.\n\n"
           "“Tell her Papa is building a bridge,” he says.\n\n"
           "The man's mother lives in Angarsk\n\n"
           "Nadezhda Orlova, the soldier's mother, said she recognised his voice. “It was him,” she said.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["A soldier from Nizhny Novgorod", "Nadezhda Orlova"]


def test_an_origin_phrase_does_not_resolve_to_a_soldier_from_elsewhere(params):
    raw = ("In the latest call released by the SBU, a mobilised Russian soldier tells his wife he has not been home for a year. "
           "The SBU says he is from Kursk.\n\n"
           "The complaints are not new. In a call released in August, a mobilised soldier from Omsk told his brother that "
           "leave was cancelled. “We are slaves with a salary,” he said.\n\n"
           "At the end of the latest call, the soldier from Kursk asks his wife to say nothing. “Tell her Papa is working,” he says.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] != "a mobilised soldier from Omsk"


def test_a_woman_named_at_the_start_of_a_sentence_with_whose(params):
    raw = ("A Russian conscript told his wife that his unit had no leave, in a call released by Ukraine.\n\n"
           "Alyona, whose husband has been at the front since 2022, runs a chat for soldiers' wives.\n\n"
           "“Every one of us has had that conversation,” she told reporters.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Alyona"


def test_she_after_a_person_of_unstated_gender_and_a_restrictive_clause(params):
    raw = ("A Russian gunner told his mother that he was listed as missing, in a call released by Ukraine.\n\n"
           "A lawyer who works with soldiers' families in Tver, who asked not to be named, said that she had forty such cases. "
           "“If there is no body, there is no death,” she said.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "A lawyer who works with soldiers' families in Tver"


def test_a_reporter_aside_leaves_the_fragment_to_the_subject(params):
    raw = ("A Russian gunner told his mother that he was listed as missing, in a call released by Ukraine.\n\n"
           "The enlistment office in Tver, she said, told her it had “no information” about him.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "The enlistment office in Tver"


def test_the_head_of_a_body_is_an_official_speaker(params):
    raw = ("A Russian conscript told his mother that rotation had been promised for spring, in a call released by Ukraine.\n"
           "In March, the head of the Duma's defence committee said rotation would come “after the objectives are met”.\n"
           "The head of the SBU said the calls were “a window into the Russian army”.\n")
    _, quotes = rows(raw, params)
    assert [(q["speaker"], q["speaker_role"]) for q in quotes] == [
        ("the head of the Duma's defence committee", "official"), ("The head of the SBU", "intelligence_agency")]


def test_a_relative_clause_subject_after_in_which(params):
    raw = ("The SBU published a call in which a Russian gunner of the 20th Army (CAA) reportedly stated that his battery "
           "had had “no shells for a week.”\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "a Russian gunner of the 20th Army"


def test_the_agency_that_identifies_is_not_the_person_described(params):
    raw = ("In the second call, a man HUR identified as a sergeant in a howitzer unit tells his wife that a barrel burst.\n\n"
           "“The shell blew up in the barrel,” he said.\n\n"
           "“Then write a complaint,” his wife said.\n\n"
           "“To who? The Koreans?”\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == quotes[-1]["speaker"] == "a sergeant in a howitzer unit"
    assert quotes[0]["speaker_role"] == "soldier"


def test_a_first_name_alone_after_the_full_name_is_that_person(params):
    raw = ("Hanna Kovalenko, a student from Kharkiv, translates intercepted calls with her classmates in Lincoln.\n\n"
           "In one, a Russian paratrooper tells his grandmother he will be home soon.\n\n"
           "“You said that last time,” his grandmother replies.\n\n"
           "Hanna said the group laughed. “She knows him better than his commanders,” she said.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Hanna Kovalenko"


def test_a_ukrainian_male_name_ending_in_a_is_he(params):
    raw = ("A Russian sapper complained about his commanders in a call released by Ukraine.\n\n"
           "Mykola Danko, a retired Ukrainian colonel and military analyst, said such reports were a “systemic disease”.\n\n"
           "“Nobody is punished for lying upward,” he said.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Mykola Danko"


def test_party_tags_known_as_asides_ages_and_acronyms_around_names(params):
    raw = ("A Russian gunner complained about shells, in a call the agency identified as 24-year-old Ilya Rybkin's.\n\n"
           "Sen. Laura Hensley (D-Ore.), who met the delegation, called the transcripts “devastating.”\n\n"
           "Oleh Pyrih, a spokesman for Ukraine's military intelligence agency, known as HUR, told AFP the calls showed "
           "“an army in debt.”\n\n"
           "“Intercepts are curated,” said a former senior U.S. intelligence official.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Laura Hensley", "Oleh Pyrih", "a former senior U.S. intelligence official"]


def test_first_names_like_ian_and_womens_names_without_final_a(params):
    raw = ("A Russian soldier told his girlfriend he takes pills, in a call released by Ukraine.\n\n"
           "“Stimulants keep a soldier going,” said Dr Ian Pennock, a pharmacologist at the University of Kent.\n\n"
           "Karen Holt, a nurse in Leeds, said the pills were dangerous. Dale Morrow, a paramedic, disagreed.\n\n"
           "“They save lives at the front,” he said.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Ian Pennock", "Dale Morrow"]


def test_an_age_between_an_introduction_and_the_name(params):
    raw = ("Ukraine's intelligence service published a call in which a Russian soldier from Tuva tells his mother "
           "his unit has no food.\n\n"
           "“We eat what the others left,” the soldier says.\n\n"
           "A Telegram channel said it had identified the soldier as 24-year-old Aidys Oorzhak from the village of Erzin.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Aidys Oorzhak"


def test_institution_noun_compounds_and_a_trailing_agency_acronym(params):
    raw = ("Ukraine's security service SBU released a call in which a Russian soldier admits killing prisoners.\n"
           "The SBU said the call showed “contempt for the laws of war”.\n"
           "Ukraine's prosecutor general's office said it had opened a case. “This is a war crime,” it said.\n"
           "The UN human rights monitoring mission in Ukraine called the killings “a worrying trend”.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Ukraine's security service SBU", "Ukraine's prosecutor general's office",
                                              "The UN human rights monitoring mission in Ukraine"]


def test_a_nested_pronoun_is_the_person_named_in_the_parent_quote(params):
    raw = ("A Russian sapper told his mother that his unit clears mines by hand, in a call released by Ukraine.\n\n"
           "“Training? The sergeant showed us once on his phone. Then he said: ‘Go, you will learn.’” the sapper says.\n")
    _, quotes = rows(raw, params)
    nested = [q for q in quotes if q["nesting_depth"] == 1]
    assert nested and nested[0]["speaker"] == "The sergeant"


def test_the_speaker_is_a_name_and_who_he_calls(params):
    raw = ("Occupier complains that his own artillery hits his trench\n\n"
           "A Russian invader told his mother that Russian guns were shelling his position.\n\n"
           "“Our own guns are hitting us,” the occupier says.\n\n"
           "According to HUR, the speaker is Private Ivan Chulkov, born in 2001, from the Kirov region.\n\n"
           "His girlfriend, who he calls Masha, asked: “Have you told the commander?”\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Ivan Chulkov", "Masha"]


def test_bylines_under_the_headline_do_not_separate_the_lede_from_it(params):
    raw = ("Putin soldier moans commander ‘takes half our pay’ in bugged call home\n\n"
           "Jane Roe, Foreign Reporter\n\n"
           "Published: 11:47, 12 Feb 2026\n\n"
           "A RUSSIAN soldier has told his wife that his commander takes a cut of every payout.\n\n"
           "The soldier – later named by HUR as Pavel Kostrov, 29 – says the cut is called the “rear tax”.\n\n"
           "“He takes half,” he says.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == quotes[-1]["speaker"] == "Pavel Kostrov"


def test_a_headline_quote_repeated_as_a_nested_order_is_the_orderer(params):
    raw = ("‘Walk the field first’: Russian sappers sent ahead of tanks\n\n"
           "In a call released by Ukraine, a Russian sapper tells his brother how his unit is used.\n\n"
           "“The lieutenant came and said, ‘Walk the field first.’ So we walk,” the sapper says.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "The lieutenant"


def test_a_bare_quote_label_takes_the_speaker_the_details_paragraph_names(params):
    raw = ("Russian soldier says commanders list dead men as deserters – intercept\n\n"
           "The SBU has released an intercepted call in which a Russian soldier tells his wife about his regiment.\n\n"
           "Details: The soldier, who serves near Toretsk, says six men who died were listed as deserters.\n\n"
           "Quote: \"They were lying in the field. On paper they left the unit.\"\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Russian soldier"  # the headline's first mention


def test_a_titled_name_with_a_party_tag_introducing_a_quote_with_a_colon(params):
    raw = ("A Russian soldier thanked the US Congress for delaying aid, in a call released by Ukraine.\n\n"
           "Sen. Mark Delaney (R-Neb.), a member of the Armed Services Committee, shared the clip with the message: "
           "\"Something has gone badly wrong.\"\n")
    _, quotes = rows(raw, params)
    assert (quotes[0]["speaker"], quotes[0]["speaker_role"]) == ("Mark Delaney", "official")


def test_a_title_before_an_identified_name_is_not_the_description(params):
    raw = ("In a call released by HUR, a soldier tells his wife that his unit crawls through a gas pipeline.\n\n"
           "“You crawl on your stomach for hours,” he says.\n\n"
           "His wife asks whether the lieutenant went with them. The lieutenant, he says, stayed behind.\n\n"
           "HUR identified the man as Sergeant Gennady Tolkunov, 38, from the Altai region.\n\n"
           "“It was a coffin four kilometres long,” he says.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == quotes[-1]["speaker"] == "Gennady Tolkunov"


def test_a_bare_summary_word_is_not_the_full_mention(params):
    raw = ("Russian troops billed for their own gear, intercepted call suggests\n\n"
           "Soldier says commanders charge for body armour\n\n"
           "A Russian soldier from the Penza region told his brother that his commander deducts money for armour, "
           "according to a call released by Ukraine.\n\n"
           "“They take half my salary,” the soldier said.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "A Russian soldier from the Penza region"


def test_capitalised_words_of_a_title_case_headline_are_not_a_speaker(params):
    raw = ("‘We Leave Them Where They Fall’: Intercepted Call Reveals Russian Losses Near Kupiansk\n\n"
           "A Russian soldier told his mother that bodies are left in the field, in a call released by Ukraine.\n\n"
           "“We leave them where they fall. Nobody goes for the bodies,” he says.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "A Russian soldier"


def test_an_appositive_without_an_article_and_a_possessive_owner(params):
    raw = ("A Russian soldier told his mother that his unit was shelled by its own side, in a call released by Ukraine.\n\n"
           "Ihor Tkach, spokesman for the city administration, said shelling came “almost every hour”. "
           "“People have learnt to live with it,” he said.\n\n"
           "Ukraine's human rights commissioner called the shelling “a crime in broad daylight”.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Ihor Tkach", "Ihor Tkach", "Ukraine's human rights commissioner"]


# ---- round tuned on blind 17 and 18 -------------------------------------------------------------

def test_headline_bare_kin_word_yields_to_the_body_possessive(params):
    raw = ("In bugged call, conscript tells dad he is living on crackers\n"
           "A Russian conscript has told his father that his unit has had no hot food for a week.\n"
           "“We eat crackers and snow,” the conscript says.\n"
           "His worried father answered: “Ask the sergeant for soup.”\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["A Russian conscript", "his father"]


def test_adjective_uses_of_role_words_are_not_people(params):
    from interceptnews.transforms.mentions import find_mentions
    assert [m.text for m in find_mentions("The firm lured men with promises of civilian work.")] == ["men"]
    assert [m.text for m in find_mentions("A major offensive began near the river.")] == []
    assert [m.text for m in find_mentions("Then the major shouted at us.")] == ["the major"]
    assert [m.text for m in find_mentions("The chief of staff signs the lists.")] == ["The chief of staff"]
    assert [m.text for m in find_mentions("Ukraine's 5th Army Corps said so.")] == ["Ukraine's 5th Army Corps"]


def test_nested_quote_introduced_by_its_own_cue_is_not_attributed_to_the_next_sentence(params):
    raw = ("A Russian paratrooper described the order in an intercepted call to his cousin.\n"
           "“The platoon commander said, ‘Crawl to the tree line and wait for the signal.’ Nobody explained "
           "the signal,” the paratrooper says.\n")
    _, quotes = rows(raw, params)
    nested = next(q for q in quotes if q["text"].startswith("Crawl"))
    assert nested["speaker"] == "The platoon commander"


def test_editors_bracketed_gloss_between_subject_and_cue(params):
    raw = ("A Russian sapper complained to his wife in a call released by the SBU.\n"
           "“The politruk [political officer] told us, ‘Phones are for traitors.’ So I hide mine,” the sapper says.\n")
    _, quotes = rows(raw, params)
    nested = next(q for q in quotes if q["text"].startswith("Phones"))
    assert nested["speaker"] == "The politruk"


def test_split_quote_after_a_long_cue_sentence_keeps_its_speaker(params):
    raw = ("A Russian soldier in southern Ukraine told his uncle that the battalion's generators stood idle.\n"
           "“The tanks are dry,” the soldier says in the recording, which the Ukrainian navy posted online on "
           "Friday evening. “We push the trucks by hand.”\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["A Russian soldier in southern Ukraine"] * 2
    assert quotes[1]["attribution_method"] == "interrupted"


def test_split_quote_after_a_relative_clause_with_its_own_cue_goes_to_that_speaker(params):
    raw = ("A Russian rifleman called home in an intercepted call.\n"
           "“I am cold,” the rifleman told his mother, who replied: “Then come home.”\n")
    _, quotes = rows(raw, params)
    assert quotes[1]["speaker"] == "his mother"


def test_the_person_on_the_call_is_a_named_relative(params):
    raw = ("The man on the recording sounds tired.\n"
           "“They took my documents,” he says.\n"
           "“Just come back,” a woman answers.\n"
           "The woman on the call is his younger sister, Amina Yusupova, 27, a nurse in Grozny.\n"
           "“I recognised him at once,” she said.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes[1:]] == ["Amina Yusupova", "Amina Yusupova"]


def test_one_of_a_group_is_a_person_named_later(params):
    raw = ("Russian soldier says officers drink while men die\n"
           "Two gunners from the same battery describe their officers in calls released by the SBU.\n"
           "“They drink from morning,” one of the gunners tells his brother. “We do the fighting.”\n"
           "The SBU identified the gunner as Pavel Dronov, 31.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Pavel Dronov", "Pavel Dronov"]


def test_a_second_person_named_in_the_same_identification(params):
    raw = ("A Russian soldier urged his son not to enlist in an intercepted call.\n"
           "“Stay at school,” the soldier tells his son.\n"
           "“Everybody is signing,” the son replies.\n"
           "The SBU identified the man as Igor Lapshin, 47, and his son as Danil.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Igor Lapshin", "Danil"]


def test_her_husband_named_by_the_wife_is_the_soldier(params):
    raw = ("In the recording, a soldier tells his wife that his bonus never arrived.\n"
           "“They promised a million and paid nothing,” the soldier says.\n"
           "The wife, Olga Sedova, said the voice was her husband, Artyom Sedov, 38.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Artyom Sedov"


def test_a_less_specific_repeat_after_a_lede_with_a_quoted_fragment_is_the_same_soldier(params):
    # the lede's quoted fragment ("a forgery") does not end the opening; "a soldier" is no more specific
    raw = ("Officials in Kursk called as “a forgery” a recording in which a local soldier complains of unpaid wages.\n"
           "In the recording, released by the SBU on Sunday, a soldier tells his wife that he has not been paid.\n"
           "“Not a rouble since May,” the soldier says.\n"
           "The wife, Nina Guseva, said the voice was her husband, Roman Gusev.\n")
    _, quotes = rows(raw, params)
    assert quotes[1]["text"].startswith("Not a rouble") and quotes[1]["speaker"] == "Roman Gusev"


def test_a_more_specific_description_after_the_lede_is_a_new_person(params):
    # guard for the rule above: only a repeat that is no more specific refers back
    raw = ("Every week the SBU posts a recording of a Russian soldier calling home.\n"
           "The calls are grim.\n"
           "Taken together, they show a tired army.\n"
           "In one call, a mobilised soldier from Tambov tells his wife that his company is “sitting in mud”.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "a mobilised soldier from Tambov"


def test_a_reply_after_a_colon_dialogue_line_is_the_other_participants_turn(params):
    raw = ("A Russian stormtrooper tells a friend in an intercepted call that his group wore enemy uniforms.\n"
           "“We walked in like their own,” the stormtrooper says.\n"
           "The friend replies: “That is a crime, brother.”\n"
           "“I know. Nobody asked me.”\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "A Russian stormtrooper" and quotes[-1]["attribution_method"] == "dialogue_turn"


def test_press_service_of_a_government_is_the_full_noun_phrase(params):
    raw = ("A soldier's call about unpaid bonuses was released by Ukraine's SBU.\n"
           "The press service of Buryatia's government called the recording “a provocation”.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "The press service of Buryatia's government" and quotes[0]["speaker_role"] == "official"


# ---- round tuned on blind 19, 20 and 21 ---------------------------------------------------------

def test_rank_with_a_qualifier_before_an_identified_name(params):
    raw = ("A Russian mortarman complained to his wife in a call intercepted by the SBU.\n"
           "“We get four rounds a day,” the mortarman says.\n"
           "The SBU identified the mortarman as Junior Sergeant Oleg Bortnik, 29.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Oleg Bortnik"


def test_headline_indefinite_repeated_after_summary_bullets_is_one_person(params):
    raw = ("A Russian soldier says his unit sells leave to the highest bidder\n"
           "Marta Kowal\n"
           "Ukraine released intercepted calls about bribes in Russian units.\n"
           "One soldier said a week at home costs 200,000 rubles.\n"
           "Such reports have multiplied this year.\n"
           "Soldiers at a training ground near Rostov in March.\n"
           "A Russian soldier says the officers in his unit sell leave, in a call released by HUR.\n"
           "“Everything has a price here, Mama,” he says.\n"
           "HUR identified the soldier as Ruslan Gatin, 30.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Ruslan Gatin"


def test_the_suspect_is_a_named_man_who_is_the_soldier_on_the_call(params):
    raw = ("Russian soldier admits killing a farmer in intercepted call\n"
           "Ukrainian prosecutors have charged a Russian soldier over the killing of a farmer near Izium.\n"
           "According to investigators, the suspect is Kirill Osipov, 26, a private in a tank regiment.\n"
           "“He came out with his hands up,” the soldier tells his brother.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Kirill Osipov"


def test_the_soldier_after_a_headline_owner_is_that_owner(params):
    raw = ("Putin soldier's mother begs him to come home\n"
           "A Russian soldier's mother has begged her son to leave the front.\n"
           "HUR said the soldier, a gunner from the Kursk region, was serving near Toretsk.\n"
           "“I cannot leave, Mama,” he replied.\n"
           "HUR later identified the soldier as Timur Bakirov, 24, and his mother as Rimma Bakirova, 51.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Timur Bakirov"


def test_a_short_question_after_a_statement_is_the_other_participants_turn(params):
    raw = ("The second call is between a Russian army nurse at a field hospital in the Luhansk region and her brother.\n"
           "“We took in two hundred men yesterday. Forty went back,” the nurse says.\n"
           "“And the rest?”\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "a Russian army nurse at a field hospital in the Luhansk region"
    assert quotes[1]["speaker"] == "her brother" and quotes[1]["attribution_method"] == "dialogue_turn"


def test_noun_phrases_keep_places_and_particles(params):
    from interceptnews.transforms.mentions import find_mentions, find_names
    assert [m.text for m in find_mentions("a soldier recovering in a military hospital in Rostov-on-Don says")] == \
        ["a soldier recovering in a military hospital in Rostov-on-Don"]
    assert [m.text for m in find_mentions("a nurse at a field hospital in the Zaporizhzhia region said")] == \
        ["a nurse at a field hospital in the Zaporizhzhia region"]
    assert [m.text for m in find_mentions("a soldier from the town of Vuhledar said")] == ["a soldier from the town of Vuhledar"]
    assert [m.text for m in find_mentions("called his sister from a hospital")] == ["his sister"]
    assert [m.text for m in find_mentions("Ukraine's Prosecutor General's Office said")] == ["Ukraine's Prosecutor General's Office"]
    assert [n.text for n in find_names("the court heard, said Pieter van Dijk, a lawyer.")] == ["Pieter van Dijk"]
    assert [n.text for n in find_names("The accused, identified only as Dmitri S., denies it.")] == ["Dmitri S."]


def test_bylines_between_standfirst_and_lede_do_not_separate_the_protagonist(params):
    raw = ("‘They count us as deserters’\n"
           "In an intercepted call, a Russian soldier says his commanders list the dead as deserters.\n"
           "Source: Meduza\n"
           "6:24 pm, May 2, 2026\n"
           "On May 1, Ukraine's military intelligence published a call in which a Russian contract soldier tells his wife "
           "about the dead.\n"
           "“They write deserter, so nobody pays,” the soldier says.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "a Russian soldier"


def test_a_person_introduced_with_a_restrictive_who_clause_is_the_next_he(params):
    raw = ("The Ukrainians Listening to Russia’s Battle for Vuhledar\n"
           "Intercepted calls from a ruined town capture the toll of the offensive\n"
           "VUHLEDAR FRONT, Ukraine—In a basement near the town, a 31-year-old soldier with headphones listens to "
           "Russians talk to their wives.\n"
           "The soldier, who goes by the call sign Pugach, serves in the radio-intercept unit of a Ukrainian brigade.\n"
           "“You learn their voices,” Pugach said.\n"
           "The intercepted calls, which the Journal couldn’t verify, offer a picture of the battle from the other side.\n"
           "In one call recorded in May, a Russian soldier who says he is hiding in a school tells his wife that "
           "the group has had no water for a week.\n"
           "“We drink from the radiators,” he says.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "a Russian soldier"


def test_a_woman_who_identified_herself_as_a_relative_is_that_relative(params):
    # (without this rule the restrictive "who" rule above made "a woman" a new person)
    raw = ("A Russian soldier told his mother in an intercepted call that he wanted to come home.\n"
           "“Pray for me,” the soldier says. “I'm praying for you, Kolya,” his mother says.\n"
           "Reached by phone, a woman who identified herself as his mother, Vera Lisina, said the voice was her son's.\n"
           "“I knew it at once,” she said.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes[1:]] == ["Vera Lisina", "Vera Lisina"]


def test_the_man_named_in_the_call_is_not_its_speaker(params):
    raw = ("A Russian soldier has told his brother that his unit lists the dead as missing.\n"
           "“Lyosha Pankov died next to me, and they wrote missing,” the soldier says.\n"
           "The BBC identified the man named in the call as Alexei Pankov, 29, from Kirov.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "A Russian soldier"


def test_an_identified_description_without_an_earlier_mention_is_the_calls_soldier(params):
    raw = ("In the second call, a soldier who drives a fuel truck tells his wife that the unit buys its own tyres.\n"
           "“Send two tyres with the volunteers,” he says.\n"
           "HUR identified the driver as Stepan Rudnev, 41, from the Perm region.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Stepan Rudnev"


def test_lowercase_ministry_of_a_portfolio_and_a_deputy_director(params):
    raw = ("A Russian soldier complained of beatings in a call released by the SBU.\n"
           "Russia's ministry of defence has dismissed such reports as “provocations”.\n"
           "In May, the prison service's deputy director told reporters that inmates had signed up “of their own will”.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Russia's ministry of defence", "the prison service's deputy director"]


def test_passive_naming_takes_its_agent_and_ministries_of_other_portfolios_differ(params):
    raw = ("A Russian soldier's wife says the defence ministry has not paid her husband's bonus.\n"
           "The defence ministry said the payments were “on schedule”.\n"
           "Groups of soldiers' wives were later branded “extremists” by the Russian justice ministry.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "the Russian justice ministry" and quotes[-1]["speaker_role"] == "official"


def test_roles_from_descriptions_of_officials_and_unit_friends(params):
    raw = ("A Russian soldier told a friend from a neighbouring regiment that fuel had run out.\n"
           "“Ours sells the diesel,” the friend says.\n"
           "Irina Volna, who heads the war crimes department at the regional prosecutor's office, said the call was evidence.\n"
           "“It matches the drone footage,” Volna said.\n"
           "Gennady Orlov, a member of the Russian parliament's defence committee, called the calls “a fake”.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker_role"] for q in quotes] == ["soldier", "official", "official"]


# ---- round tuned on blind 22, 23 and 24 ---------------------------------------------------------

def test_a_named_official_or_expert_in_apposition_to_a_description(params):
    raw = ("A Russian soldier's call about shell rationing was released by the SBU.\n"
           "Latvia's defence minister, Andris Kalnins, told reporters: “The shells are not there.”\n"
           "The lawyer, Vera Gusak, works with soldiers' families. “They call us every day,” she said.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Andris Kalnins", "Vera Gusak"]


def test_the_voice_on_the_line_and_the_speaker_identified_later(params):
    raw = ("The young man on the recording sounds exhausted. He tells his mother that nobody has slept.\n"
           "“They send us out every night,” he says.\n"
           "The SBU identified the speaker as Oleg Mityaev, 23, a conscript from Tver.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Oleg Mityaev"
    raw = ("The woman on the line is crying. “They took my son from the college,” she says.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "The woman on the line"


def test_a_first_name_with_an_age_is_a_person(params):
    raw = ("A Russian soldier described the shelling of a village in an intercepted call.\n"
           "Kuzmenko's daughter, Oksana, 38, was in court for the verdict.\n"
           "“He heard the tanks and hid,” she said.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Oksana"


def test_bodies_with_their_own_names_and_numbers(params):
    from interceptnews.transforms.mentions import find_mentions
    assert [m.text for m in find_mentions("A spokesman for the government of Russia's Chechen republic said")] == \
        ["A spokesman for the government of Russia's Chechen republic"]
    assert [m.text for m in find_mentions("the order came from military unit 71592 itself")] == ["military unit 71592"]
    raw = ("A soldier's widow says the Defence Ministry stopped her payments, in a call released by HUR.\n"
           "The Defence Ministry did not reply.\n"
           "The Altai Ministry of Social Protection said it acted “in strict accordance with the law”.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "The Altai Ministry of Social Protection"


def test_a_person_known_by_a_call_sign_is_a_soldier(params):
    raw = ("In a basement in Kharkiv, under the call sign Lastivka, a 26-year-old listens to Russian calls all night.\n"
           "“They lie to their mothers every time,” Lastivka said.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Lastivka" and quotes[0]["speaker_role"] == "soldier"


def test_who_the_soldier_calls_names_the_woman(params):
    raw = ("A young Russian woman urges her boyfriend to surrender in a call released by HUR.\n"
           "In it, the woman, who the soldier calls Marta, reads him a number.\n"
           "“Just call it and put your hands up,” she says.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Marta"


def test_identify_him_as_in_a_story_of_one_call_names_its_voice(params):
    raw = ("The young man on the recording sounds calm. He tells his mother he signed a contract at college.\n"
           "“They promised the debts would go away,” he says.\n"
           "Reporters were able to identify him as Artur, a 19-year-old student.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Artur"


def test_a_friend_somewhere_and_the_judge(params):
    raw = ("A Russian soldier described the shooting to a friend in Kemerovo in an intercepted call.\n"
           "“And what was in the bag?” the friend asks.\n"
           "In court, the judge called the recording “sufficient and reliable.”\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["a friend in Kemerovo", "the judge"]
    assert quotes[1]["speaker_role"] == "official"


# ---- round tuned on blind 25, 26 and 27 ---------------------------------------------------------

def test_noun_phrases_with_noun_modifiers_places_and_gerunds(params):
    from interceptnews.transforms.mentions import find_mentions
    assert [m.text for m in find_mentions("a man at a military hospital in Rostov-on-Don says")] == \
        ["a man at a military hospital in Rostov-on-Don"]
    assert [m.text for m in find_mentions("a quad bike driver from the same regiment said")] == \
        ["a quad bike driver from the same regiment"]
    assert [m.text for m in find_mentions("an EU diplomat involved in drafting the next sanctions package said")] == \
        ["an EU diplomat involved in drafting the next sanctions package"]
    assert [(m.text, m.role) for m in find_mentions("his ex-wife said")] == [("his ex-wife", "relative")]


def test_identified_him_as_after_a_quote_names_that_speaker_or_the_person_just_introduced(params):
    raw = ("In the first call, a Russian soldier tells his wife that his commander drinks.\n"
           "“He starts at breakfast,” he says.\n"
           "The SBU identified him as Pyotr Lukin, 29, from Yaroslavl.\n"
           "The second call was between a gunner and his brother. HUR identified him as Ilya Grin, 35.\n"
           "“We have three shells,” the gunner says.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Pyotr Lukin", "Ilya Grin"]


def test_kombat_is_a_soldier_and_a_police_officer_an_official(params):
    from interceptnews.transforms.mentions import find_mentions
    assert [(m.text, m.role) for m in find_mentions("The kombat told us to walk.")] == [("The kombat", "soldier")]
    assert [(m.text, m.role) for m in find_mentions("The police officer said no.")] == [("The police officer", "official")]


# ---- round tuned on blind 28, 29 and 30 ---------------------------------------------------------

def test_a_name_after_a_sentence_initial_word_and_a_corporal(params):
    raw = ("For Olena Marchuk, who studies propaganda at a Kyiv institute, the calls matter.\n"
           "“They let Russians hear Russians,” Marchuk said.\n"
           "When Corporal Ilya Rudakov tried to surrender, his own side fired on him.\n"
           "“We got halfway,” Rudakov said.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Olena Marchuk", "Ilya Rudakov"]


def test_a_lawyer_somewhere(params):
    from interceptnews.transforms.mentions import find_mentions
    assert [m.text for m in find_mentions("A lawyer in Ufa said nobody can refuse.")] == ["A lawyer in Ufa"]


def test_a_soldiers_boy_is_his_son_not_the_soldier(params):
    raw = ("A Russian soldier's eight-year-old son asks his father when he will come home, in a call released by HUR.\n"
           "“Papa, when are you coming home?” the boy says.\n"
           "“Soon, son,” the soldier says.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "A Russian soldier's eight-year-old son" and quotes[0]["speaker_role"] == "relative"
    assert quotes[1]["speaker"] != quotes[0]["speaker"]


def test_a_full_name_marked_only_by_its_surname_later(params):
    raw = ("Mother who praised the army on television is heard begging her son to come home\n"
           "When Galina Petrenko appeared on a talk show last month, she praised the army.\n"
           "“My son has everything he needs,” she said.\n"
           "Petrenko, 58, a retired nurse from Tambov, could not be reached.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Galina Petrenko"


# ---- appositions of officials and sources (newswire patterns) -------------------------------------

def test_pronoun_after_description_comma_name_comma_said_is_the_named_spokesman(params):
    raw = ("A Russian conscript complained in an intercepted call that his unit had no water.\n"
           "The brigade's press officer, Taras Lysenko, said the recording was verified.\n"
           "“We check every call we publish,” he said.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Taras Lysenko"


def test_name_in_apposition_after_a_spokesperson_for_a_body_is_a_name(params):
    raw = ("A Russian soldier said in an intercepted call that the guided bombs fell short.\n"
           "A spokeswoman for the Kharkiv regional military administration, Iryna Savchuk, said strikes had doubled.\n"
           "“The bombs come every night,” she said.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Iryna Savchuk"
    assert quotes[-1]["speaker_role"] == "official" and quotes[-1]["call_id"] is None


def test_spokesperson_for_a_long_named_body_is_linked_to_the_name_after_it(params):
    raw = ("A Russian soldier's wife urged him in an intercepted call to surrender.\n"
           "A spokesman for Ukraine's coordination centre for the exchange of prisoners of war, Mykhailo Bondar, "
           "said the calls often come from relatives.\n"
           "“Very often it is the mother who writes first,” he said.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Mykhailo Bondar"
    assert quotes[-1]["speaker_role"] == "official" and quotes[-1]["call_id"] is None


def test_description_after_a_sentence_initial_name_is_not_the_pronouns_antecedent(params):
    raw = ("A Russian mortar man told his father in an intercepted call that drones hunt every crew.\n"
           "Capt. Andrii Verbytskyi, deputy commander of a Ukrainian reconnaissance company stationed nearby, "
           "said drones had changed the war.\n"
           "“Nobody moves in daylight now,” he told reporters.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Andrii Verbytskyi"


def test_ukrainian_side_in_a_names_appositive_keeps_the_quote_out_of_the_call(params):
    raw = ("A Russian soldier told his mother in an intercepted call that his company had lost most of its men.\n"
           "Olha Dmytrenko, spokeswoman for Ukraine's Eastern Defence Forces, said the losses matched reports.\n"
           "“They attack in groups of three,” Dmytrenko said.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Olha Dmytrenko" and quotes[-1]["call_id"] is None


def test_according_to_a_source_and_its_appositive_before_the_quote(params):
    raw = ("Russia has not commented on the intercepted call.\n"
           "According to Vasily Orlov, the regional governor's spokesman, “the recording is a fabrication”.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Vasily Orlov" and quotes[0]["speaker_mention"] == "Vasily Orlov"


def test_a_call_sign_given_after_a_comma_names_the_described_soldier(params):
    raw = ("Ukrainian units intercept Russian radio traffic every night.\n"
           "A Ukrainian artillery spotter, who gave only his call sign, Sych, said the Russians talk openly.\n"
           "“They never learn,” Sych said.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Sych" and quotes[0]["speaker_role"] == "soldier"


def test_an_office_before_a_name_is_not_part_of_it(params):
    raw = ("Kyiv publishes intercepted call of Russian paratroopers\n"
           "Ukraine released an intercepted call on Friday.\n"
           "Ukrainian Foreign Minister Andrii Sybiha, speaking in Brussels, said the call showed “contempt for life”.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Andrii Sybiha" and quotes[0]["speaker_role"] == "official"


def test_title_case_headline_words_after_a_rank_are_not_a_name(params):
    """A guard for the office rule above (the rule must not turn headline words into a name)."""
    from interceptnews.transforms.mentions import find_names
    names = [m.text for m in find_names("In Leaked Call, Russian Major Describes Losing Whole Company\n\nThe call was released.\n")]
    assert "Describes Losing Whole" not in names and all("Describes" not in n for n in names)


def test_a_name_inside_a_sentence_initial_names_appositive_is_not_the_subject(params):
    raw = ("A Russian soldier's call about executions was released by the SBU.\n"
           "Iryna Hrytsenko, the director of the Lviv-based Centre for Civic Freedoms, which has documented abuses since 2014, "
           "said the call fitted a pattern.\n"
           "“We have heard this many times,” she said.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Iryna Hrytsenko"


def test_standfirst_bare_person_is_the_headline_owner(params):
    raw = ("'Papa, get me out': Putin recruit's tearful call to his father\n"
           "Leaked audio shows recruit begging for help\n"
           "A frightened Russian recruit has begged his father to get him out of the army in an intercepted call.\n"
           "The young man, named only as Danil, says his unit leaves for the front tomorrow.\n"
           "'We leave at dawn,' he says.\n"
           "'I will call the colonel,' his father replies.\n"
           "'It is too late,' Danil says.\n")
    _, quotes = rows(raw, params)
    speakers = [q["speaker"] for q in quotes if q["speaker_role"] == "soldier"]
    assert speakers and set(speakers) == {"Danil"}


def test_the_other_man_before_he_has_spoken_is_the_person_the_call_is_with(params):
    raw = ("HUR released an intercepted conversation in which a Russian gunner talks to a comrade from his regiment.\n"
           "“They moved the guns twice and still the drones found us,” the gunner says.\n"
           "“Same here,” the other man says.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "a Russian gunner" and quotes[1]["speaker"] == "a comrade from his regiment"


def test_common_slavic_first_names_say_the_gender(params):
    from interceptnews.transforms.mentions import name_gender
    assert [name_gender(n) for n in ("Pavlo", "Yegor", "Oksana", "Olha", "Tetiana", "Kirill")] == ["m", "m", "f", "f", "f", "m"]


def test_she_in_a_call_is_the_woman_the_caller_talks_to_not_a_woman_quoted_elsewhere(params):
    raw = ("Ukraine released an intercepted call on Monday.\n"
           "Lesya, a Ukrainian nurse who treats wounded prisoners, said the calls did not surprise her.\n"
           "“They all say the same,” Lesya said.\n"
           "In the call, Bondarev tells his wife that his commander has promised him leave.\n"
           "“They always promise,” she says.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "his wife"


def test_the_man_from_a_place_is_the_earlier_person_from_that_place(params):
    raw = ("A Ukrainian radio operator, Taras, listens to Russian calls every night.\n"
           "“They call home when the officers sleep,” the man says.\n"
           "Tonight the caller is a Russian soldier from the Tambov region.\n"
           "“I sent you the money,” he tells his wife.\n"
           "Before dawn, the man from Tambov calls again. “Forgive me,” he says.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "a Russian soldier from the Tambov region"


def test_a_blogger_with_an_audience_is_one_noun_phrase_and_the_subject(params):
    raw = ("Ukraine released an intercepted call of a Russian gunner on Monday.\n"
           "In a Telegram post, a Russian war blogger with more than 300,000 subscribers called the recording “a crude fake”.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "a Russian war blogger with more than 300,000 subscribers"


def test_a_name_coordinated_with_a_marked_name_is_a_person(params):
    raw = ("Two Russian brothers discussed deserting in an intercepted call, the SBU said.\n"
           "The agency identified the men as Oleg and Stepan Gromov, from the Perm region.\n"
           "“I can't do this anymore,” Oleg says.\n"
           "Stepan tells him to wait. “They will shoot you,” he says.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Oleg", "Stepan Gromov"]


# ---- nested quotes: who is quoted inside a soldier's words -------------------------------------------

def test_nested_quote_of_a_clerk_and_of_a_sergeant_major(params):
    raw = ("A Russian soldier told his mother in an intercepted call that his unit lies to families.\n"
           "“The clerk told us straight: ‘A missing man is cheaper.’ The sergeant major told me, ‘Pay or go.’”\n")
    _, quotes = rows(raw, params)
    nested = [q for q in quotes if q["nesting_depth"] == 1]
    assert [q["speaker"] for q in nested] == ["The clerk", "The sergeant major"]


def test_nested_quote_after_a_subject_a_plain_verb_and_a_cue(params):
    raw = ("A Russian paratrooper complained to his wife in an intercepted call.\n"
           "“Every evening the commander comes and says, ‘No rotation until we take the village.’”\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "the commander" and quotes[-1]["nesting_depth"] == 1


def test_nested_quote_after_a_message_from_someone(params):
    raw = ("A Russian conscript told his father in an intercepted call that complaints are punished.\n"
           "“The last man who complained got a call from the colonel: ‘Write your will.’”\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "the colonel" and quotes[-1]["nesting_depth"] == 1


def test_in_the_words_of_and_as_someone_put_it(params):
    raw = ("Ukraine released intercepted calls in which two Russian gunners compare punishments, "
           "“like two schoolboys comparing detentions”, in the words of one Ukrainian official.\n"
           "Most calls, as one intercept analyst put it to me, are “boring and sad”.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["one Ukrainian official", "one intercept analyst"]
    assert quotes[0]["cue"] == "in the words of"


def test_a_telegram_channel_with_an_audience_of_thousands_in_its_appositive(params):
    raw = ("Ukraine released an intercepted call of a Russian sapper.\n"
           "The pro-war Telegram channel Frontovaya Pravda, which has about 250,000 subscribers, wrote: “If true, heads must roll.”\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Frontovaya Pravda"


def test_quoted_someone_as_saying_and_a_news_agency(params):
    raw = ("Russia has not commented on the intercepted call.\n"
           "The TASS news agency quoted a defence ministry source as saying the recording was “crudely edited”.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "a defence ministry source"


def test_a_wire_dateline_before_the_ledes_subject(params):
    raw = ("Moscow rejects intercepted calls\n"
           "MOSCOW, May 6 (Reuters) - The Kremlin on Monday dismissed as “Ukrainian propaganda” recordings released by Kyiv.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "The Kremlin" and quotes[0]["attribution_method"] == "sentence_subject"


def test_a_common_first_name_as_a_sentence_subject_is_a_name(params):
    raw = ("Mother hears conscript son in intercepted call\n"
           "Svitlana has not slept properly since her son was sent to the border.\n"
           "“They promised he would only guard the border,” she says.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Svitlana"


def test_a_named_partners_gender_keeps_he_off_her(params):
    """Fails without the gender a name gives its entity (once first names alone are names)."""
    raw = ("A Russian soldier, whom the SBU named as Marat Sadykov, told his partner, Alina, that his commander threatens men.\n"
           "“He said he would shoot anyone who comes back,” Sadykov says.\n"
           "Alina begs him: “Just do what they say and stay alive.”\n"
           "He tells her the officers never leave their bunker. “They are scared of the drones,” he says.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Marat Sadykov"


# ---- live blogs and officials named once -----------------------------------------------------------

def test_a_live_blog_entry_title_names_its_speaker_by_surname_and_the_full_name_comes_later(params):
    raw = ("Ukraine war live\n"
           "14:20\n"
           "Shmyhal: 'The front will hold'\n"
           "Denys Shmyhal has said Ukraine's defences near Kupiansk are holding.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Denys Shmyhal" and quotes[0]["speaker_mention"] == "Shmyhal"


def test_a_name_with_an_auxiliary_before_its_cue_is_a_name(params):
    from interceptnews.transforms.mentions import find_names
    assert [n.text for n in find_names("Andrii Sybiha has said nothing about the call.")] == ["Andrii Sybiha"]


def test_an_office_no_one_held_before_is_the_official_just_named(params):
    raw = ("Ukraine released an intercepted call on Monday.\n"
           "Denys Shmyhal has said the calls prove Russia's losses.\n"
           "Speaking in parliament, the Ukrainian prime minister said: “They lose a battalion a day.”\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Denys Shmyhal" and quotes[0]["speaker_role"] == "official"


def test_nested_quote_of_a_person_noun_outside_the_core_lexicon(params):
    # "inspector" and "sergeant-major" are people: the nested quote is theirs, not unattributed
    raw = ("A Russian soldier complained to his wife in an intercepted call about his leave.\n"
           "“The sergeant-major laughed at me and said, ‘Buy your leave like everyone else.’ Then he left,” the soldier says.\n"
           "“The inspector told me straight out: ‘We need the post for someone who is here,’” his wife replies.\n")
    _, quotes = rows(raw, params)
    nested = [q for q in quotes if q["nesting_depth"] == 1]
    assert [q["speaker"] for q in nested] == ["The sergeant-major", "The inspector"]


def test_nested_quote_after_i_said_is_the_outer_speaker(params):
    raw = ("In an intercepted call, a Russian company commander reports his losses to a colonel.\n"
           "“Two boats came back. I told the men, ‘Hold the bank until dawn,’ and they held it,” the commander says.\n")
    _, quotes = rows(raw, params)
    nested = next(q for q in quotes if q["nesting_depth"] == 1)
    assert nested["speaker"] == "a Russian company commander" and nested["attribution_method"] == "cue_before"


def test_line_after_a_split_dialogue_line_is_the_other_participants_turn(params):
    raw = ("In an intercepted call, a Russian soldier speaks to his mother.\n"
           "“Nobody is rotated out. We have been left here to rot,” the soldier says.\n"
           "“I wrote to the governor,” his mother says. “They answer that it is an honourable duty.”\n"
           "“Then it is an honourable duty to sit here until the spring.”\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "a Russian soldier" and quotes[-1]["attribution_method"] == "dialogue_turn"


def test_speaker_description_keeps_a_place_or_unit_name_of_several_words(params):
    raw = ("A Russian sapper near Bilyi Yar told his wife in an intercepted call that his unit had no mine detectors.\n"
           "“We clear the fields with sticks,” the sapper said.\n"
           "In a second call, a soldier from the Tavriya battalion complained about food.\n"
           "“We eat what the villagers leave,” the soldier said.\n"
           "In a third call, an occupier from the Republic of Tyva spoke to his mother.\n"
           "“Mama, it is cold here,” the occupier said.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["A Russian sapper near Bilyi Yar", "a soldier from the Tavriya battalion",
                                             "an occupier from the Republic of Tyva"]


def test_shorter_form_of_an_agency_is_the_agency_named_in_full_before(params):
    raw = ("Ukraine's military intelligence agency released an intercepted call on Friday.\n"
           "In it, a Russian soldier tells his brother that his unit has no drones.\n"
           "“The call shows how thin their lines are,” Ukraine's military intelligence said in a statement.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Ukraine's military intelligence agency"


def test_description_keeps_the_body_a_person_comes_from(params):
    raw = ("In an intercepted call, a Russian rifleman from the assault group tells his father about the losses.\n"
           "“Eleven of us went in,” the rifleman says.\n"
           "Later a sapper from the detachment joins the call. “They sent us without cover,” the sapper says.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["a Russian rifleman from the assault group", "a sapper from the detachment"]


def test_the_man_from_a_body_no_one_was_described_by_is_someone_new(params):
    raw = ("A Russian soldier's mother spoke to reporters after his death. A man from the village helped her with the funeral.\n"
           "“They gave me a medal and a closed coffin,” she said. “I asked why, and the man from the enlistment office said, "
           "‘It is better for you not to look.’”\n")
    _, quotes = rows(raw, params)
    nested = next(q for q in quotes if q["nesting_depth"] == 1)
    assert nested["speaker"] == "the man from the enlistment office"


def test_fragment_belongs_to_a_body_the_lexicon_does_not_know(params):
    raw = ("A Russian soldier told his wife in an intercepted call that his referral bonus was never paid.\n"
           "The Omsk regional labour committee said in a written reply that the payments were \"under review\" and "
           "declined to comment.\n"
           "The Bank of Volga Credit, which holds his account, has repeatedly described such delays as \"technical\".\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["The Omsk regional labour committee", "The Bank of Volga Credit"]
    assert quotes[0]["speaker_role"] == "official" and quotes[0]["call_id"] is None


def test_passive_subject_before_a_fragment_is_not_its_speaker(params):
    raw = ("A Russian soldier told his mother in an intercepted call that he wanted to surrender.\n"
           "Such recordings are routinely hailed online as a \"turning point\" in the war.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] is None


def test_fragment_after_advises_or_protests_is_the_subjects(params):
    raw = ("In an intercepted call, a Russian soldier tells a friend that his pay has not arrived.\n"
           "“Three months, and nothing,” the soldier says.\n"
           "The friend advises him to \"write to the prosecutor\".\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "a friend"


def test_cue_after_a_quote_reads_past_ranks_and_a_named_apposition(params):
    raw = ("A Russian soldier near Kurakhove planned his surrender in calls with his wife, Ukraine's SBU said.\n"
           "“I will not die for them,” the soldier, Pavel Lukin, 38, told her in the first call.\n"
           "“The recording is a forgery,” Lt. Col. Oleg Varlamov, a ministry spokesman, said in Moscow.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Pavel Lukin", "Oleg Varlamov"]


def test_long_affiliation_aside_between_a_name_and_its_cue(params):
    raw = ("A Russian soldier told his mother that his unit had no food, in a call released by Ukraine's HUR.\n"
           "Military historian Anna Brecht, of the Baltic Centre for Security Studies, told reporters: "
           "“Armies starve at the front when the rear steals.”\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Anna Brecht"


def test_colon_line_opened_by_a_conjunction_is_its_subjects(params):
    raw = ("In an intercepted call, a Russian soldier argues with his mother about his refusal to attack.\n"
           "“They will court-martial you,” his mother says.\n"
           "But the soldier hit back: “Then let them come to the trench and do it.”\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "a Russian soldier" and quotes[-1]["attribution_method"] == "cue_before"


def test_bare_noun_opening_the_headline_is_kept_as_the_speakers_label(params):
    # Ukrainian outlets' "Occupier complains ...": writers name the speaker by the headline's label
    # (a bare noun inside a headline or a summary line still yields to the body's full mention)
    raw = ("Invader tells mother his unit eats dog food - intercept\n"
           "A Russian soldier has complained to his mother that his unit is fed dry dog food, the SBU said.\n"
           "“They bring sacks of it and call it protein,” the invader says.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Invader"


def test_quote_label_after_a_details_line_is_the_answer_or_the_details_subject(params):
    raw = ("Invader complains to mother about untrained reinforcements - intercept\n"
           "A Russian soldier has complained to his mother that reinforcements arrive without training.\n"
           "Source: Security Service of Ukraine on Telegram\n"
           "Details: The soldier says the new men cannot dig trenches.\n"
           "Quote: \"They stand up in the trench to smoke.\"\n"
           "Details: His mother asks whether the new men were trained at all.\n"
           "Quote: \"What training? A week at the range, and then here.\"\n"
           "Details: The mother says that the men \"will learn\". The soldier objects.\n"
           "Quote: \"They will learn in the ground, Mum.\"\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Invader", "Invader", "his mother", "Invader"]


def test_pronoun_after_a_sentence_naming_one_person_of_its_gender(params):
    raw = ("Ukrainian officers read captured phones, a Ukrainian deputy battalion commander said.\n"
           "“A captured phone tells us who is sick and who is ready to give up,” the deputy battalion commander said.\n"
           "Reporters spoke to Ruslan at a detention facility near Zaporizhzhia.\n"
           "“I forgot the recording app was on,” he said.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Ruslan"


def test_headline_bare_person_is_the_ledes_person_with_the_same_head(params):
    # the headline's "Mobilised teacher" is the lede's "A Russian history teacher", though the words differ
    # and the headline names another person ("headmistress") of the lede's role
    raw = ("Mobilised teacher begs headmistress to keep his job\n"
           "A Russian history teacher, mobilised last year, has asked the headmistress of his school to keep his post.\n"
           "“I will come back in spring,” the teacher says.\n"
           "“The children cannot wait that long,” the headmistress replies.\n"
           "The BBC identified the teacher as Pavel Orlov, 41, from Alatyr.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Pavel Orlov" and quotes[1]["speaker"] not in ("Pavel Orlov", None)


def test_named_woman_speaking_of_her_husband_is_his_wife(params):
    raw = ("In an intercepted call, a Russian sapper tells his wife that his unit has no mine detectors.\n"
           "“We clear the fields with sticks,” he says.\n"
           "“Then refuse to go,” his wife says.\n"
           "Oksana Reutova confirmed to reporters that the voice on the recording was her husband's.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Oksana Reutova"


def test_soldier_reintroduced_to_be_identified_is_the_calls_soldier(params):
    raw = ("Russian soldier tells brother a glide bomb hit his own platoon\n"
           "A Russian soldier has told his brother that a Russian glide bomb killed five men in his platoon.\n"
           "“We buried them with our own hands,” the soldier says.\n"
           "In the call, a soldier the SBU identified as Maksim Orekhov, from Voronezh, describes the strike.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Maksim Orekhov"


def test_dialogue_line_with_a_longer_attribution_still_passes_the_turn(params):
    raw = ("In an intercepted call, a Russian soldier tells his mother he was sent to storm a village without armour.\n"
           "“There was no armour, nothing. The vehicles never come, Mum,” the soldier says.\n"
           "“They cannot send you like that, you are people,” his mother says, her voice breaking on the recording.\n"
           "“To them we are cheaper than machines.”\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "a Russian soldier" and quotes[-1]["attribution_method"] == "dialogue_turn"


def test_fragment_after_a_leading_time_phrase_is_the_subjects(params):
    raw = ("A Russian conscript, Daniil Korobov, told his girlfriend Alina in an intercepted call that he wanted to surrender.\n"
           "Near the end of the call, Korobov promises Alina that he will \"find a way to the Ukrainians\".\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Daniil Korobov"


def test_fragment_after_an_unlisted_subject_that_called_it_something(params):
    raw = ("Teachers in a Russian chat group argued about an intercepted call of a mobilised colleague.\n"
           "Another participant called the recording \"a provocation\" and urged colleagues not to share it.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Another participant"


def test_as_x_reminded_me_introduces_x(params):
    raw = ("Publishing intercepted calls raises questions of privacy, a columnist writes.\n"
           "As Professor Alan Whitcombe, who teaches media law in Leeds, reminded me: ‘Consent is not a detail.’\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Alan Whitcombe"


def test_same_surname_with_another_first_name_is_another_person(params):
    raw = ("In an intercepted call, Timur Galiullin, a Russian soldier, tells his father he wants to leave his unit.\n"
           "“They will send me in his place,” Timur Galiullin says.\n"
           "When reporters reached Rinat Galiullin, he did not deny that the voice was his.\n"
           "“Yes, that is me. I am not ashamed,” he said.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["Timur Galiullin", "Rinat Galiullin"]


def test_nested_pronoun_names_a_person_from_the_quotes_just_before(params):
    raw = ("In an intercepted call, a Russian soldier trapped on a riverbank tells his mother no boats have come.\n"
           "“Nobody is coming for us,” the soldier says.\n"
           "“Call the company commander, tell him,” his mother says.\n"
           "“I call him every day. He says, ‘Hold on, hold on.’ Then he stops answering.”\n")
    _, quotes = rows(raw, params)
    nested = next(q for q in quotes if q["nesting_depth"] == 1)
    assert nested["speaker"] == "the company commander"


def test_name_in_apposition_to_a_units_spokesperson(params):
    raw = ("Ukraine's southern command released two intercepted calls of Russian marines on Monday.\n"
           "A spokesperson for the Southern Defence Forces, Yurii Hlibko, said the calls were released "
           "\"so that Russian mothers know the truth\".\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Yurii Hlibko"


def test_name_after_the_last_introduction_in_a_sentence(params):
    raw = ("Woman begged conscript to surrender\n"
           "A young Russian woman begged her boyfriend to surrender, according to a call released by HUR.\n"
           "“Come home to me any way you can,” the woman says.\n"
           "The woman, whom he calls by name in the recording, was identified only as Alina.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Alina"


def test_lede_object_with_the_headlines_indefinite_person_is_that_person(params):
    raw = ("'No money, sit in the trench': a soldier and his sister on the price of leave\n"
           "Ukraine's HUR published a recording of a phone conversation between a Russian soldier and his sister.\n"
           "“They refused me again,” the soldier says.\n"
           "HUR said the soldier was Maxim Zorin, 28, from Saratov.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Maxim Zorin"


def test_still_between_a_subject_and_its_naming_verb(params):
    raw = ("A Russian soldier told his mother in an intercepted call that his unit had lost half its men.\n"
           "None of this has stopped recruitment for what the Kremlin still calls its \"special military operation\".\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "the Kremlin"


def test_for_their_part_aside_between_subject_and_verb(params):
    raw = ("A Russian soldier told his wife in an intercepted call that his unit had no drones.\n"
           "Russian officials, for their part, routinely dismiss the recordings as \"cheap fakes\" made by actors.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "Russian officials"


def test_pronoun_is_not_a_name_that_was_only_written_to(params):
    raw = ("In an intercepted call, a Russian soldier tells his sister his commander refuses him leave.\n"
           "“They will let me go when I am dead,” the soldier says.\n"
           "“I will write to the ombudsman,” his sister says.\n"
           "She then threatened to write to Vladimir Putin himself.\n"
           "“Olya, please. Don't write anything,” he said.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "a Russian soldier"




def test_nested_he_is_the_person_reported_about_earlier_in_the_call(params):
    raw = ("In the call, a Russian soldier tells his sister that his company commander gathered the men in a basement.\n"
           "Ukrainian intelligence said the call was recorded in January near Pokrovsk.\n"
           "The agency did not say how it had obtained it.\n"
           "“He read it like a weather forecast. He said, ‘Contracts are until the end.’ Nobody asked anything,” the soldier says.\n")
    _, quotes = rows(raw, params)
    nested = next(q for q in quotes if q["nesting_depth"] == 1)
    assert nested["speaker"] == "his company commander"


def test_the_other_man_is_the_subordinate_the_call_is_with(params):
    raw = ("In an intercepted radio call, a Russian company commander tells a subordinate what to do with prisoners.\n"
           "“If they come out with their hands up, you don't bring them to me,” the man says.\n"
           "“And if they're wounded?” the other man asks.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["a Russian company commander", "a subordinate"]


def test_hyphenated_surname_and_a_month_before_a_first_name():
    from interceptnews.transforms.mentions import find_names, full_name_before
    text = 'In February Irina called the unit. "It is real," said Michael Reyes-Hart, an analyst. Irina said nothing.'
    assert [n.text for n in find_names(text)] == ["Irina", "Michael Reyes-Hart", "Irina"]
    assert full_name_before(text, "Irina", len(text)) is None  # "February Irina" is no full name


def test_prosecutor_before_a_name_is_a_title_and_a_month_ends_an_affiliation(params):
    raw = ("A Ukrainian court heard intercepted calls of a Russian soldier on Tuesday.\n"
           "“The voice is his,” Prosecutor Denys Bondar said.\n"
           "The Kremlin in September called such recordings \"fakes\".\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker"] == "Denys Bondar" and quotes[0]["speaker_role"] == "official"
    assert quotes[1]["speaker"] == "The Kremlin"


def test_a_river_or_square_is_no_persons_name():
    from interceptnews.transforms.mentions import find_names
    names = find_names("The calls came from the banks of the Oskil River, the brigade said. The Oskil River, a spokesman said, is "
                       "wide. Protesters gathered on Red Square, Anna Volkova said.")
    assert [n.text for n in names] == ["Anna Volkova"]


def test_lede_person_of_the_other_side_is_not_the_headlines_person(params):
    raw = ("Inside the Ukrainian unit that listened as a Russian soldier called his mother\n"
           "In a farmhouse cellar a few miles from the Oskil River, a Ukrainian soldier with headphones replays the call.\n"
           "“Listen to this part,” the Ukrainian soldier says.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "a Ukrainian soldier"


def test_the_soldier_in_a_later_calls_part_is_that_calls_soldier(params):
    raw = ("Ukraine's SBU released two intercepted calls on Monday.\n"
           "In the first call, a Russian sapper tells his wife that his unit has no mine detectors.\n"
           "“We clear the fields with sticks,” the soldier says.\n"
           "In the second call, a paratrooper from Pskov tells his mother that his company was sent across a river.\n"
           "“Half of us did not come back,” the soldier says.\n")
    _, quotes = rows(raw, params)
    assert [q["speaker"] for q in quotes] == ["a Russian sapper", "a paratrooper from Pskov"]


def test_an_owner_and_what_it_owns_is_no_full_name():
    from interceptnews.transforms.mentions import full_name_before
    text = "Radio Svoboda's Donbas desk identified the man. Donbas said nothing."
    assert full_name_before(text, "Donbas", len(text)) is None


def test_a_title_case_headlines_verb_is_no_modifier_of_a_person():
    from interceptnews.transforms.mentions import find_mentions
    heads = [m.text for m in find_mentions("‘Run, Son’ – Russian Father Begs Soldier to Desert in Intercepted Call")]
    assert "Soldier" in heads and not any("Begs" in h for h in heads)


def test_more_common_womens_first_names_give_the_gender():
    from interceptnews.transforms.mentions import name_gender
    assert [name_gender(n) for n in ("Lisa", "Greta Lindqvist", "Katarzyna Wendt", "Laura")] == ["f"] * 4


def test_unknown_participant_of_a_dialogue_with_a_relative_is_the_soldier(params):
    raw = ("Ukraine's SBU released an intercepted call between Denis and his mother on Monday.\n"
           "“Mama, the drones never stop,” Denis says.\n"
           "“Come home, son,” his mother says.\n"
           "“How? They shoot deserters.”\n")
    _, quotes = rows(raw, params)
    assert [q["speaker_role"] for q in quotes] == ["soldier", "relative", "soldier"]


def test_her_son_on_the_call_with_his_mother_is_the_soldier(params):
    raw = ("A Russian mother has published her son's call, in which he asks her to send money for a drone.\n"
           "“Send it by Friday, Mama,” her son says.\n"
           "“Where will I find it?” his mother asks.\n")
    _, quotes = rows(raw, params)
    assert quotes[0]["speaker_role"] == "soldier" and quotes[1]["speaker_role"] == "relative"


def test_the_other_man_is_not_the_latest_man(params):
    raw = ("In the recording, a man the SBU identified as a Russian company commander tells a subordinate what to do.\n"
           "“If they come out with their hands up, you don't bring them to me,” the man says.\n"
           "“And if they're wounded?” the other man asks.\n")
    _, quotes = rows(raw, params)
    assert quotes[-1]["speaker"] == "a subordinate"


def test_bodies_that_speak_are_mentions_with_their_whole_proper_name():
    from interceptnews.transforms.mentions import find_mentions
    # a body's noun ends it; a proper name goes on through "for"/"of" phrases, not through "on Tuesday"
    assert [(m.text, m.role) for m in find_mentions("“Five houses burned,” the Odesa Oblast Military Administration said.")] \
        == [("the Odesa Oblast Military Administration", "official")]
    assert [m.text for m in find_mentions("On Oct. 22, the Coordination Headquarters for the Treatment of Prisoners "
                                          "of War said the exchange had gone well.")] \
        == ["the Coordination Headquarters for the Treatment of Prisoners of War"]
    assert [m.text for m in find_mentions("It was a strike on its own positions, according to Ukraine's air force.")] \
        == ["It", "Ukraine's air force"]
    assert [m.text for m in find_mentions("The Ministry of Defence on Tuesday said the brigade on Monday withdrew.")] \
        == ["The Ministry of Defence", "the brigade"]


def test_a_first_name_before_region_is_a_place():
    from interceptnews.transforms.mentions import find_names
    text = "Her son, Mikhail, signed a contract in a colony in the Vladimir region and served near Toretsk."
    assert [m.text for m in find_names(text)] == ["Mikhail"]
    assert [m.text for m in find_names("Reporters spoke to Ruslan at a camp in the Yaroslavl Oblast.")] == ["Ruslan"]


def test_a_spokesperson_for_a_named_group_is_one_mention():
    from interceptnews.transforms.mentions import find_mentions
    assert [m.text for m in find_mentions("A spokeswoman for Exit Path told the Mirror that the group was busy.")] \
        == ["A spokeswoman for Exit Path", "the group"]
    assert [m.text for m in find_mentions("A spokesman for Ukraine's navy said so.")] == ["A spokesman"]


def test_tokenize_limits_and_spans():
    from interceptnews.transforms.mentions import tokenize
    text = "The U.S. envoy said: “Kharkiv’s mayor won’t go.” İstanbul too."
    words = [t.text for t in tokenize(text)]
    assert words[:4] == ["The", "U.S.", "envoy", "said"]
    assert [t.text for t in tokenize(text, limit=2)] == words[:2]
    assert tokenize(text, limit=0) == []
    assert all(text[t.start:t.end] == t.text and t.lower == t.text.lower() for t in tokenize(text))
    assert words == ["The", "U.S.", "envoy", "said", "Kharkiv’s", "mayor", "won’t", "go", "İstanbul", "too"]
    assert [(t.start, t.text) for t in tokenize(text, 4, 14)] == [(4, "U.S."), (9, "envoy")]
