import type { Address, Buyer } from '../domain';
import {
  type DemoRegion,
  demoPlaces,
  estates,
  givenNameCharacters,
  landmarks,
  mobilePrefixes,
  streets,
  surnames,
  towers,
} from './buyers.tables';
import { createWeightedPicker, type DemoRandom } from './random';

/** Share of addresses with no house number, only "near / next to / opposite" a landmark. */
export const vagueAddressShare = 0.02;

/** Words that mark an address as vague; the address rules look for them. */
export const vagueAddressWords = ['附近', '旁边', '对面'] as const;

// The ten most common surnames cover about 40% of people; rare compound ones are rare here too.
const pickSurname = createWeightedPicker(
  surnames.map((surname, rank) => [surname, surname.length > 1 ? 0.1 : rank < 10 ? 4 : 1] as const),
);

/** A buyer with a common Chinese name and a mainland mobile number. */
export function makeBuyer(random: DemoRandom): Buyer {
  const given = random.chance(0.25)
    ? random.pick(givenNameCharacters)
    : random.pick(givenNameCharacters) + random.pick(givenNameCharacters);
  return {
    name: pickSurname(random) + given,
    phone: random.pick(mobilePrefixes) + random.digits(8),
  };
}

/** A delivery address in a real district, and the region whose warehouse ships to it. */
export function makeAddress(random: DemoRandom): { readonly address: Address; readonly region: DemoRegion } {
  const place = random.pick(demoPlaces);
  return {
    address: {
      province: place.province,
      city: place.city,
      district: place.district,
      detail: makeDetail(random),
    },
    region: place.region,
  };
}

function makeDetail(random: DemoRandom): string {
  const street = random.pick(streets);
  if (random.chance(vagueAddressShare)) return makeVagueDetail(random, street);
  const house = `${street}${random.int(1, 999)}号`;
  const floor = random.int(1, 33);
  const room = `${floor}${String(random.int(1, 6)).padStart(2, '0')}室`;
  if (random.chance(0.2)) return `${house} ${random.pick(towers)} ${floor}楼 ${room}`;
  const unit = random.chance(0.4) ? ` ${random.int(1, 4)}单元` : '';
  return `${house} ${random.pick(estates)} ${random.int(1, 30)}栋${unit} ${room}`;
}

function makeVagueDetail(random: DemoRandom, street: string): string {
  const landmark = random.pick(landmarks);
  switch (random.int(0, 2)) {
    case 0:
      return `${street}${landmark}附近`;
    case 1:
      return `${random.pick(estates)}旁边的${landmark}`;
    default:
      return `${street}${landmark}对面`;
  }
}
