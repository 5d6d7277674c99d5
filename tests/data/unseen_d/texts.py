# -*- coding: utf-8 -*-
"""Article body texts, copied from the stored copies of the pages (see articles.jsonl notes).

Prepared as GUIDELINES section 1 says: titles, navigation, bylines, captions, subheadings and page
furniture removed; wording, spelling, punctuation and quote characters kept as stored.
"""

TEXTS = {}

TEXTS["dod_2005_02_24_iraq_samarra_tikrit_haqlaniya"] = """WASHINGTON, Feb. 24, 2005 \u2013 A Task Force Liberty soldier was killed and two others were wounded today by improvised explosive devices north of Samarra, Iraq, Multinational Force Iraq officials reported.

The wounded soldiers were taken to a coalition forces medical facility, but officials provided no details on their condition.

At about the same time, a vehicle-borne IED detonated near the police station in Tikrit. Initial media reports say as many as 15 Iraqis were killed.

Elsewhere in Iraq, Iraqi and U.S. forces clashed with terrorists Feb. 23 in and around the city of Haqlaniya. The U.S. response included aircraft providing close-air support to troops in contact with terrorists on two separate occasions.

An Air Force AC-130 Spectre gunship fired 17 40 mm rounds in support of Marines from Regimental Combat Team 7, 1st Marine Division, who were engaged in combat with terrorists near the city. Later, U.S. jets dropped two 500-pound bombs on insurgent fighting positions after terrorists ambushed a Marine patrol with small arms and heavy machine gun fire.

There were no U.S. casualties in either engagement, officials said.

Iraqi soldiers from the Freedom Guards Battalion of the Iraqi National Guard, supported by U.S. Marines, detained three military-aged men at a mosque in Haqlaniya at about.

Also on Feb. 23, U.S. forces detained 29 terrorists and seized several weapons caches during operations throughout Anbar province. Those detentions bring to 87 the number of suspected terrorists detained since Operation River Blitz began Feb. 20, officials said. The operation targets terrorists working in and around four cities along the Euphrates River."""

TEXTS["dod_2008_06_20_iraq_balad_mosul_raids"] = """WASHINGTON, June 20, 2008 \u2013 Coalition and Iraq security forces killed four enemy fighters and detained dozens more during several operations over the past few days, military officials said.

Coalition forces killed four terrorists and detained 18 suspected terrorists yesterday and today during operations around Baghdad targeting al-Qaida in Iraq bombing networks.

Coalition forces conducted a series of operations near Balad, targeting the financier behind a bombing network in the Tigris River Valley. At one location today, coalition forces came under attack by small-arms fire from a nearby rooftop. They returned fire and killed four armed men. At other locations yesterday and today, coalition forces detained 16 additional suspected terrorists.

Coalition forces captured a suspected key leader in the al-Qaida in Iraq media network. Another operation netted a man believed to conspire directly with an al-Qaida in Iraq leader in Baghdad who oversees the terrorist network in the city.

In Mosul, coalition forces detained 12 people today, including two wanted men believed to oversee criminal attacks for the al-Qaida in Iraq network, officials said. About 130 kilometers southwest of Mosul, coalition forces found and destroyed three terrorist hideouts and a cache of weapons used by foreign terrorist facilitators near Biaj.

In operations yesterday:

-- Iraqi special operations forces captured four suspected cell members for the Islamic State of Iraq, a front organization for al-Qaida in Iraq, in eastern Mosul. Officials say the cell reportedly is responsible for homemade-bomb and mortar attacks against Iraqi and coalition forces."""

TEXTS["voa_2013_07_21_syria_ariha_adra_tal_abyad"] = """A Syrian activist group says government shelling has killed at least 18 people in northern Syria, while 28 rebels died near Damascus battling government forces.

The Syrian Observatory for Human Rights says mortar shells hit Sunday in the northwestern town of Ariha, which is held mostly by opposition fighters. The group says the victims included two women and a child.

Earlier, rebels and government troops engaged in fierce fighting in the town of Adra near Damascus. In addition to the rebels killed, the Observatory says a leader and some members of Syria's elite Republican Guard died in the clashes.

There is no independent confirmation of these reports.

Separately, the Observatory says Islamist fighters battling Kurdish rebels near Syria's northern border with Turkey freed 300 Kurdish civilians they had detained in exchange for the local commander of the al-Qaida-linked group.

The group says the Islamist commander in the town of Tal Abyad - known as Abu Musaab - was captured late Saturday during clashes between Kurdish fighters and a group called the Islamic State in Iraq and the Levant.

The Islamist group retaliated by rounding up civilians believed to be relatives of the Kurdish fighters to hold as bargaining chips. The fighting subsided Sunday.

Syrian Kurds have been trying to expel al-Qaida-linked militants - many of whom are foreign fighters - from the northeastern province of Hassakeh over the past week. More than 60 fighters have been killed from both sides.

Infighting between Islamists and more mainstream Syrian rebels, as well as between Kurds and Arabs, has intensified in recent weeks - part of a power struggle that is undermining efforts to topple Syrian President Bashar al-Assad."""

TEXTS["voa_2013_08_23_drc_goma_m23_peacekeepers"] = """United Nations peacekeepers in the Democratic Republic of Congo have clashed with the rebel movement M23, as fighting between the Congolese army and rebels in the country's east entered its third straight day.

U.N. and Congolese officers said Friday peacekeepers fired at the rebels outside the flashpoint city of Goma after rebel artillery shells killed two civilians. It was the U.N. brigade's first clash with M23.

The army and M23 rebels each blame the other for starting the unrest in Goma, a city of about one million people on the Rwandan border.

Army spokesman Colonel Olivier Hamuli said Thursday the army has the upper hand in the fight.

In a VOA interview, M23 deputy spokesman Lawrence Kingston said the rebel group wants to resume peace talks that began in Uganda, but the government has not cooperated.

"We are still waiting and they are fighting us every single day. So, what [can] one do? We are still waiting. We can not fight them. We ask for cease-fire, but they are bombing people here. They are killing people around here."

The fighting marks the first major hostilities since the army bombed M23 headquarters in July and drove the rebels back several kilometers from Goma.

The M23 briefly took control of Goma last year and still controls parts of North Kivu province. The group has been fighting for political power and control of the region's rich mines.

The M23 is made up of former rebels who were integrated into the Congolese army in a 2009 peace agreement. The rebels later deserted the army, complaining of discrimination and poor treatment."""

TEXTS["voa_2014_03_05_south_sudan_juba_giada_barracks"] = """South Sudan's government says fighting at an army base in the capital has been "contained" but only after five soldiers were killed and scores of others injured.

A government spokesman, Michael Makwei Lueth, says Wednesday's clashes at the Giada army barracks on the outskirts of Juba were unrelated to the ongoing conflict between the government and rebel forces.

The army's information and public relations director, Malak Ayuen Ajok, said the fighting stemmed from questions over unpaid salaries and what he called a misunderstanding between the soldiers themselves.

He says other soldiers from outside the barracks intervened and put an end to the fighting.

The Giada barracks are where the country's current conflict began December 15 with a clash between members of the presidential guard. The fighting set off weeks of political and ethnic violence across South Sudan that left thousands dead and forced hundreds of thousands from their homes.

The government and rebel forces signed a cease-fire in Ethiopia in January but clashes have continued.

The unrest has led to a cut in South Sudan's oil production, which could be affecting the government's ability to pay soldiers.

Fears of renewed violence in the capital Wednesday prompted many shops to close early. Soldiers have been deployed along the city's main roads.

Government officials acknowledged the fighting caused many residents of Juba to panic, and is urging people to go about their normal activities."""

TEXTS["voa_2014_11_20_nigeria_azaya_kura_mafa"] = """Sources in northern Nigeria say at least 45 people are dead after suspected Boko Haram militants attacked a village in Borno State.

The reports say Boko Haram militants stormed Azaya Kura village in the Mafa area at about noon local time Wednesday and started attacking residents and destroying houses. The militants also carted away food, wares and livestock.

The caretaker chairman of Mafa Council, Alhaji Shettima Lawan, confirmed the attack, as did an official of the local militia Nigeria Vigilante Group.

Local resident Jabir Usman told reporters in Maidguri that villagers have counted 45 victims. He said there may be more bodies yet to be found.

Most residents in Mafa, the headquarters of the Mafa local council, fled their homes nearly two months ago after Boko Haram assailants established their authority in the area.

On Thursday, the Nigerian House of Representatives chose not to vote on President Goodluck Jonathan's request to extend the state of emergency in three northeastern states.

The country's main opposition party said the special powers failed to curb Boko Haram violence in the region. But a spokesman for the House told the French news agency that the president remains free to deploy troops "to trouble spots" in the country.

Boko Haram is blamed for thousands of deaths during its five-year insurgency. The group has seized a number of towns of Borno and Adamawa states for what it calls a caliphate, to be ruled under strict Islamic law.

Some information in this report was provided by AFP."""

TEXTS["voa_2015_03_05_nigeria_njaba_borno"] = """Suspected Boko Haram militants have attacked a village in northeastern Nigeria, killing at least 68 people.

Witnesses tell a VOA reporter that the militants attacked the community of Njaba in Borno state before dawn Tuesday.

Aminatur Mommodu, a Njaba resident in her early 40s, says women were spared but "every male, including children of 12, 13 and 14 years old were killed." She says women who ran into the bush when the gunmen attacked later returned and counted 68 corpses, all of them with gunshot wounds or their throats slit open.

Because of the remoteness of the area, word of the attack took two days to reach the state capital, Maiduguri, about 100 kilometers away.

The attack is similar to raids conducted by Boko Haram in other northeastern Nigerian towns and villages.

Violence in the region has intensified in the wake of an offensive by Nigeria, Niger, Chad and Cameroon to retake areas seized by the insurgents over the past two years.

The Nigerian army said Thursday that its troops are now in full control of Mafa in Borno state.

On Tuesday, Chad said its forces had liberated the Borno state town of Dikwa. Chad's President Idriss Deby called on Boko Haram's chief Abubakar Shekau to surrender or be killed, saying his forces know Shekau's location.

He says Shekau barely escaped when Chadian troops drove Boko Haram fighters out of Dikwa. Shekau has been publicly seen only in the group's videos.

Nigeria's neighbors entered the war against Boko Haram after the militants, who are purportedly fighting to impose Islamic law, seized a multinational base on the shores of Lake Chad in January.

The insurgents are blamed for thousands of deaths in Nigeria since launching their insurgency in 2009."""

TEXTS["africom_2018_04_03_somalia_el_burr_airstrike"] = """STUTTGART, Germany, April 3, 2018/ \u2014 In coordination with the Federal Government of Somalia, U.S. Forces conducted an airstrike against Al-Shabaab militants near El Burr, Somalia, the afternoon of April 1, killing five (5) terrorists and destroying one (1) vehicle.

We assess no civilians were killed in this airstrike.

U.S. forces will continue to use all authorized and appropriate measures to protect U.S. citizens and to disable terrorist threats. This includes partnering with AMISOM and Somali National Security Forces (SNSF) in combined counterterrorism operations and targeting terrorists, their training camps, and their safe havens throughout Somalia and the region."""

TEXTS["army_2016_03_15_kuwait_1ad_3bct_deployment"] = """The Department of the Army announced today the 3rd Brigade Combat Team, 1st Armored Division stationed at Fort Bliss, Texas, will deploy about 4,000 soldiers in the spring of 2016 to Kuwait in support of combatant commander mission requirements.

"The Bulldog Brigade is well-trained, well-led and fully prepared for the challenges this mission will bring," Maj. Gen. Stephen Twitty, commanding general of 1st Armored Division and Fort Bliss said. "The brigade proved themselves as an agile and adaptable force during a rigorous home-station training regimen and will soon complete a rotation to the National Training Center at Fort Irwin, California - a final validation of their readiness to conduct operations in any environment."

For more information on 1st Armored Division's deployment, contact the III Corps public affairs officer, Lt. Col. Craig Childs, at or by phone at 915-744-8406."""
