# -*- coding: utf-8 -*-
"""Article body texts of set (f), copied from the stored copies of the pages (see articles.jsonl notes).

Prepared as GUIDELINES section 1 says: titles, navigation, date lines, bylines, captions, credit lines and
page furniture removed; wording, spelling, punctuation and quote characters kept as stored.
"""

TEXTS = {}

TEXTS["wn_2005_12_28_colombia_vista_hermosa"] = (
    "In Vista Hermosa, more than 200 km south Bogota, soldiers were guarding coca eradication workers when they "
    "were assaulted by a rebel group, believed to be the Revolutionary Armed Forces of Colombia or FARC rebel group "
    "who operates near the area of the attack. Reports are varying between 24 and 28 Colombian soldiers were killed "
    "in the attack. The Army first reported that 24 soldiers had been killed, but the defense minister later placed "
    "the death toll at 28.\n"
    "Narcotrafficking is a key source of funding for the rebel group, and is likely a reason for the attack. "
    "President Uribe is expected to strike back as a result of this attack. According to Reuters, President Uribe "
    "is up for reelection in May and this attack could be related to that. Uribe has negotiated peace agreements "
    "with some rebel groups, such as the marxist National Liberation Army, but FARC has refused to speak with the "
    "Uribe administration. This attack is the worst that has happened since Uribe came into office in 2002. Uribe's "
    "father was killed in a kidnapping attempt by FARC in 1983."
)

TEXTS["army_2007_05_09_afghanistan_101st_rotation"] = (
    "The Department of the Army confirmed today, May 9, the Department of Defense announcement sending Soldiers from "
    "the 101st Airborne Division (Air Assault) to Afghanistan as part of a normal rotation of forces. The \"Screaming "
    "Eagles\" will deploy in early 2008 to support Operation Enduring Freedom.\n\n"
    "The headquarters of the 101st Airborne Division will relieve the 82nd Airborne Division's headquarters in March "
    "2008. An Army division headquarters organized to fight consists of approximately 1000 Soldiers.\n\n"
    "Additionally, the 101st Airborne Division (Air Assault) will deploy three brigade-sized units to Operation "
    "Enduring Freedom.\n\n"
    "The 101st Sustainment Brigade with 2500 Soldiers will deploy with the division headquarters. The \"Lifeliners\" "
    "last rotation overseas was in support of Operation Iraqi Freedom and ended in August 2006 after a 12-month "
    "tour.\n\n"
    "\"The Wings of Destiny\" from the 101st Airborne Division will also deploy in early 2008. The 101st Combat "
    "Aviation Brigade consists of one AH-64\n\n"
    "(Apache) attack helicopter battalion, one OH-58D (Kiowa Warrior) light attack squadron, one UH-60 (Blackhawk) "
    "assault battalion, one general support battalion of UH-60s and CH-47s (Chinooks), one medical evacuation "
    "company and the division's general support battalion. The aviation brigade has approximately 2800 Soldiers.\n\n"
    "The 4th Brigade Combat Team, will deploy in April 2008 and replace the 82nd Airborne's 4th Brigade Combat Team "
    "currently in Afghanistan. Re-activated in 2004 as part of the Army's Transformation initiative, the "
    "\"Currahee\"\n\n"
    "brigade had not deployed since World War II. Shortly after their re-activation, however, the 4th Brigade Combat "
    "Team, consisting of approximately 3200 Soldiers, deployed for 12 months to Iraq and returned to Fort Campbell "
    "in October 2006.\n\n"
    "As with force rotations to Iraq, the 101st Airborne Division (Air Assault) headquarters and each of these "
    "brigade combat teams will remain in theater up to 15 months."
)

TEXTS["wn_2007_05_17_gaza_city_airstrike"] = (
    "Israel launched another air strike into Gaza City at about 2:15 p.m. local time today, leaving four dead and at "
    "least 40 wounded.\n\n"
    "Israeli Air Force (IAF) F-16 aircraft targeted two Hamas installations and cars with Hamas militants. A Hamas "
    "building, which the organisation said was an administrative office of its bodyguard unit, was destroyed. A top "
    "Hamas commander riding in one of the cars was killed.\n\n"
    "The air strike follows warnings from Israel that it will respond to repeated rocket attacks coming from "
    "Palestinian areas. Miri Eisin, spokeswoman for the Israeli Prime Minister Ehud Olmert, said: \"We have had "
    "enough. Israel will take all defensive measures to protect our citizens from these Hamas rockets.\" Hamas "
    "military spokesman Abu Obaida has threatened to retaliate against Israeli settlers and suggested using suicide "
    "bombing.\n\n"
    "Israeli armoured units moved into northern Gaza, taking up preparatory positions, an unidentified army "
    "spokeswoman told Bloomberg.\n\n"
    "The strike comes in the middle of heavy fighting between forces loyal to Fatah and to Hamas, part of the "
    "ongoing Palestinian factional violence.\n\n"
    "This was the third Israeli strike in two days."
)

TEXTS["voa_2012_10_19_yemen_shakra_abyan"] = (
    "Yemeni officials say suspected militants killed at least 13 soldiers in a suicide attack on an army base in "
    "southern Yemen Friday.\n\n"
    "Officials report that the militants drove a bomb-laden vehicle up to the gate of the base near the town of "
    "Shakra and detonated it.\n\n"
    "Friday's attack in Abyan province came a day after Yemeni security officials said suspected U.S. drone strikes "
    "killed at least seven al-Qaida-linked militants in southern Yemen.\n\n"
    "The area was an al-Qaida stronghold until Yemen's army launched an offensive earlier this year to take back "
    "areas of the south seized by militants.\n\n"
    "Al-Qaida took control of parts of southern Yemen last year during an uprising that ousted president Ali "
    "Abdullah Saleh. Suspected militants have carried out suicide bombings and other attacks targeting officials."
)

TEXTS["voa_2016_02_12_mali_kidal_minusma"] = (
    "Suspected Islamic militants attacked a U.N. peacekeepers' base in the northern Mali town of Kidal Friday, "
    "killing at least two people and wounding several others. Reports from the area said there was gunfire and "
    "mortar fire against the U.N. peacekeeping mission, known as MINUSMA, in Kidal on Friday. A source from the "
    "peacekeeping mission told the French news agency, AFP, that two peacekeepers had been killed in the attack. A "
    "Guinean member of the U.N. force told the news agency that the dead peacekeepers were from Guinea. The attack "
    "came just a week after U.N. peacekeepers and Malian forces retook a police base in Timbuktu that was briefly "
    "seized by unknown assailants. There was no immediate claim of responsibility for the attack. Northern Mali has "
    "been wracked with violence in recent years, including insurgencies by Islamist militant groups and ethnic "
    "Tuareg militias. The U.N. established its peacekeeping force in Mali in 2013."
)

TEXTS["voa_2016_04_26_somalia_daynunay_baidoa"] = (
    "Al-Shabab militants in Somalia killed at least eight government soldiers in an ambush near the town of Baidoa, "
    "officials said.\n\n"
    "A Somali military commander told VOA Somali that Shabab fighters, using rocket propelled grenades and machine "
    "guns, ambushed a military convoy sent to reinforce government forces at a base being attacked early Tuesday by "
    "the militants.\n\n"
    "Thirteen government soldiers were wounded.\n\n"
    "Officials said the militants attacked Daynunay military base, 18 kilometers east of Baidoa. Witnesses and "
    "government officials said Somali soldiers in the base repulsed the militants after heavy gunfire.\n\n"
    "Regional Minister Hassan Abdi Mohamed, who visited Daynunay base on Tuesday, told VOA that the soldiers had "
    "received a tip-off about the attack.\n\n"
    "Al-Shabab said its fighters overran the base, killing number of soldiers, destroying a military vehicle and "
    "seizing another. Government officials denied they lost control of the base.\n\n"
    "Mohamed said the attack might have been in retaliation for a raid by government forces on Sunday, in which "
    "four militants blew themselves up after government troops surrounded their hideout outside Baidoa.\n\n"
    "Meanwhile, Islamic State militants have claimed responsibility for attack against African Union troops in "
    "Somalia that took place Monday outside Mogadishu.\n\n"
    "IS media said the group planted an explosive device that destroyed an AMISOM military vehicle in the village "
    "of Tredici.\n\n"
    "AMISOM military spokesman Joseph Kibet told VOA that a bomb exploded just after an AU convoy passed a "
    "junction, but cast doubt on the IS claim of responsibility.\n\n"
    "\u201cFor us, we don\u2019t believe its ISIS. It could be one of those local Al-Shabab cells,\u201d Kibet said."
)

TEXTS["dvids_2024_06_28_poland_usag_change_of_command"] = (
    "Newly appointed Commander of United States Army Garrison Poland (USAG Poland) U.S. Army Col. Jesse Chace, left, "
    "shakes the hand of Polish Air Force Col. Grzegorz Kolodziejczyk, the Polish 3rd Airlift Wing Commander based "
    "out of Powidz, Poland, after the Garrison\u2019s change of command ceremony, Camp Ko\u015bciuszko, Poland, June 28, "
    "2024. Established on March 21, 2023, USAG Poland supports 7,500 American soldiers across 11 sites, delivering "
    "quality infrastructure and services to enable V Corps readiness, and stands as the Army\u2019s home on the Eastern "
    "Flank."
)

TEXTS["voa_2024_09_23_ukraine_zaporizhzhia_strikes"] = (
    "Officials in southeastern Ukraine said Monday that Russian airstrikes injured at least 16 people in the city of "
    "Zaporizhzhia.\n\n"
    "Ivan Fedorov, governor of the Zaporizhzhia region, said on Telegram the attacks also damaged 13 apartment "
    "buildings, educational institutions, cars, garages and private residences.\n\n"
    "Ukraine\u2019s military said Russia attacked the country overnight with four aerial drones and two guided "
    "missiles.\n\n"
    "Ukrainian air defense shot down three of the four Russian drones, the military said.\n\n"
    "Russia\u2019s Defense Ministry said Monday it intercepted four Ukrainian aerial drones over the Belgorod region and "
    "another four over the Kursk region.\n\n"
    "Belgorod Governor Vyacheslav Gladkov said one drone damaged several cars and two apartments, while two other "
    "drones damaged the roof of an industrial building and a playground.\n\n"
    "The latest fighting came as Ukrainian President Volodymyr Zelenskyy visited the United States to seek increased "
    "support for his country\u2019s effort to halt the invasion Russia launched in 2022.\n\n"
    "Zelenskyy on Sunday toured an ammunition factory in the state of Pennsylvania that produces some of the "
    "munitions being sent to Ukraine\u2019s military.\n\n"
    "\u201cI emphasized the dedication of the workers, which is truly inspiring\u2014they are helping Ukraine stand strong "
    "in our fight for freedom,\u201d Zelenskyy said on X early Monday.\n\n"
    "Zelenskyy is also set to speak this week at the United Nations, and to meet with U.S. President Joe Biden.\n\n"
    "Some information for this story was provided by Agence France-Presse and Reuters"
)
