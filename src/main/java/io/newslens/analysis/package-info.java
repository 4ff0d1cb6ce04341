/** The analysis of one document: its layers, the stage interface and the Analyzer facade. */
package io.newslens.analysis;
