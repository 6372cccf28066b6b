// Country names are made in shared/ (the engine words its findings with them too).
export { countryLabel, countryName } from '../../shared/countries/country-name';
