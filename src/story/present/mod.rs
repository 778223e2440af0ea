pub mod figures;
pub mod steps;
